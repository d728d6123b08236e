/**
 * The CLI in-process: `run(argv, io)` with a fake io (test/helpers/fakeIo.ts). Every
 * output format, table, destination, input kind, check format and exit code; a bad
 * file among good ones; what goes to stdout and what to stderr.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { formatReports, makeReport } from '../src/cli/report.js';
import { run } from '../src/cli/run.js';
import type { Executor } from '../src/cli/pool.js';
import { forTransfer, processJob } from '../src/cli/process.js';
import { BOM } from '../src/emit/csv.js';
import { TABLE_COLUMNS, TABLE_NAMES, tableRows } from '../src/emit/tables.js';
import type { GazetteResult } from '../src/model.js';
import { parseGazette } from '../src/parse.js';
import { fakeIo, fixture, type FakeIoOptions } from './helpers/fakeIo.js';

// The first test of a file loads the parser and may parse the seed: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const N50 = 'fixtures/notice-50/input.txt';
const N61 = 'fixtures/notice-61/input.txt';
const MD50 = 'fixtures/notice-50-md/input.md';
const FAULTS = 'fixtures/invented-numbering-faults/input.txt';
const ERRS = 'fixtures/invented-check-errors/input.txt';
const files = {
  [N50]: fixture('notice-50/input.txt'),
  [N61]: fixture('notice-61/input.txt'),
  [MD50]: fixture('notice-50-md/input.md'),
  [FAULTS]: fixture('invented-numbering-faults/input.txt'),
  'bin/blob.txt': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3e, 0x00, 0x01, 0x00, 0x00, 0x00]),
  [ERRS]: fixture('invented-check-errors/input.txt'),
};

async function cli(argv: string[], options: FakeIoOptions = {}) {
  const io = fakeIo({ files, ...options });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

const parsed = (path: keyof typeof files): GazetteResult => parseGazette(typeof files[path] === 'string' ? (files[path] as string) : (files[path] as Uint8Array), { name: path });

describe('json (the default)', () => {
  it('writes one GazetteResult for one input: exactly the library result, stdout only data', async () => {
    const { code, out, err } = await cli([N50]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(parsed(N50))));
    expect(out).toBe(JSON.stringify(parsed(N50), null, 2) + '\n');
    expect(err).toBe(`${N50}: 1 document, 27 sections\n`);
  });

  it('writes an array for several inputs, in input order, byte for byte JSON.stringify(array, null, 2)', async () => {
    const { code, out } = await cli([N61, N50, '--out', 'json']);
    expect(code).toBe(0);
    expect(out).toBe(JSON.stringify([parsed(N61), parsed(N50)], null, 2) + '\n');
  });

  it('writes an array for a directory, even with one file in it', async () => {
    const { out } = await cli(['fixtures/notice-61']);
    expect(JSON.parse(out).map((r: GazetteResult) => r.source.name)).toEqual([N61]);
  });

  it('reads Markdown by its extension, or any input with --from md', async () => {
    const a = JSON.parse((await cli([MD50])).out);
    const b = JSON.parse((await cli(['-', '--from', 'md'], { stdin: fixture('notice-50-md/input.md') })).out);
    expect(a.documents[0].docNumber).toBe('吕政办发〔2020〕50号');
    expect(a.stats.sections).toBe(27);
    expect(b.documents).toEqual(a.documents);
  });
});

describe('ndjson', () => {
  it('writes one document per line, each with its source name and its diagnostics', async () => {
    const { code, out } = await cli([N50, N61, '--out', 'ndjson']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => [r.source, r.docNumber])).toEqual([
      [N50, '吕政办发〔2020〕50号'],
      [N61, '吕政办发〔2020〕61号'],
    ]);
    const { diagnostics, source, schemaVersion, ...doc } = records[1];
    expect([schemaVersion, source, diagnostics]).toEqual(['1', N61, []]);
    expect(doc).toEqual(JSON.parse(JSON.stringify(parsed(N61).documents[0])));
  });
});

describe('csv', () => {
  it.each(TABLE_NAMES)('--table %s: a header row, then the rows of the table, parsed back equal', async (table) => {
    const { code, out } = await cli([N50, N61, '--out', 'csv', '--table', table]);
    expect(code).toBe(0);
    expect(out.split('\r\n')[0]).toBe(TABLE_COLUMNS[table].join(','));
    const back = parse(out, { columns: true }) as Record<string, string>[];
    const want = (tableRows(table, [parsed(N50), parsed(N61)]) as unknown as Record<string, unknown>[]).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])),
    );
    expect(back).toEqual(want);
  });

  it('--bom starts the output with a UTF-8 BOM, once', async () => {
    const { out } = await cli([N50, N61, '--out', 'csv', '--table', 'documents', '--bom']);
    expect(out.startsWith(BOM + 'source,')).toBe(true);
    expect(out.split(BOM)).toHaveLength(2);
  });

  it('without --table and without -o DIR is a usage error that says what to do', async () => {
    const { code, out, err } = await cli([N50, '--out', 'csv']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/--out csv needs --table NAME \(documents, sections, .*tasks\), or -o DIR/);
  });

  it('writes every table into -o DIR, one file per table', async () => {
    const { code, out, io } = await cli([N50, N61, '--out', 'csv', '-o', 'tables', '--bom']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect([...io.written.keys()].sort()).toEqual(TABLE_NAMES.map((t) => `tables/${t}.csv`).sort());
    expect(io.written.get('tables/tasks.csv')!.startsWith(BOM + TABLE_COLUMNS.tasks.join(','))).toBe(true);
  });

  it('-o FILE.csv without --table is a usage error: every table needs a directory', async () => {
    const { code, err, io } = await cli([N50, '--out', 'csv', '-o', 'tables.csv']);
    expect(code).toBe(2);
    expect(err).toMatch(/give -o a directory \(e\.g\. -o tables\/\), or pick one table with --table/);
    expect(io.dirs.size).toBe(0);
  });

  it('--table with another output format, or --bom, is a usage error', async () => {
    expect((await cli([N50, '--table', 'tasks'])).code).toBe(2);
    expect((await cli([N50, '--bom'])).err).toMatch(/--bom applies to --out csv/);
  });
});

describe('outline', () => {
  it('indents the tree under each document with input line numbers', async () => {
    const { code, out } = await cli([N61, '--out', 'outline']);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 4)).toEqual([
      `${N61}: 1 document, 0 fragments, 0 diagnostics`,
      ' 1  吕政办发〔2020〕61号  2020-09-19  关于在全市范围内禁止生产经营储存运输和燃放烟花爆竹的意见  [lines 1–87]',
      ' 1    notice: 关于在全市范围内禁止生产经营储存运输和燃放烟花爆竹的意见',
      '18      一、 自2020年10月1日起，在吕梁市行政区域内禁止生产、经营、储存、运输（除市外途经合法车辆外）…',
    ]);
  });
});

describe('destinations', () => {
  it('-o FILE writes the whole output there and nothing to stdout', async () => {
    const { code, out, io } = await cli([N61, N50, '-o', 'out.json']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(io.written.get('out.json')).toBe(JSON.stringify([parsed(N61), parsed(N50)], null, 2) + '\n');
  });

  it('-o DIR/ writes one file per input, named after it; clashing names get a suffix', async () => {
    const { code, io } = await cli(['fixtures/notice-50', N50, 'fixtures/notice-61', '--out', 'ndjson', '-o', 'out/']);
    expect(code).toBe(0);
    expect([...io.written.keys()].sort()).toEqual(['out/input-2.ndjson', 'out/input-3.ndjson', 'out/input.ndjson']);
    expect(JSON.parse(io.written.get('out/input-3.ndjson')!).source).toBe(N61);
  });

  it('an existing directory given to -o gets one file per input', async () => {
    const { io } = await cli([N61, '--out', 'outline', '-o', 'fixtures']);
    expect([...io.written.keys()]).toEqual(['fixtures/input.outline.txt']);
  });

  it('a write that fails names the path and exits 2', async () => {
    const { code, err } = await cli([N61, '-o', 'ro.json'], { failWrites: { 'ro.json': 'EACCES' } });
    expect(code).toBe(2);
    expect(err).toMatch(/cannot write ro\.json: EACCES/);
  });
});

describe('inputs', () => {
  it('reads stdin for -, named "-" in the output', async () => {
    const { code, out } = await cli(['-'], { stdin: fixture('notice-61/input.txt') });
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.source.name).toBe('-');
    expect(r.documents).toEqual(JSON.parse(JSON.stringify(parsed(N61).documents)));
  });

  it('walks directories recursively for .txt and .md, sorted; hidden entries and other extensions skipped', async () => {
    const extra = { 'fixtures/notice-61/notes.csv': 'a,b\n', 'fixtures/.cache/x.txt': '吕政办发〔2020〕1号\n' };
    const { out } = await cli(['fixtures', '--out', 'ndjson', '-q'], { files: { ...files, ...extra } });
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual([ERRS, FAULTS, N50, MD50, N61]);
  });

  it('forces an encoding with --encoding, and rejects an unknown one as a usage error', async () => {
    const text = Buffer.from(files[N61] as Uint8Array).toString('utf8');
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'));
    const ok = await cli(['n61.txt', '--encoding', 'utf-16le'], { files: { 'n61.txt': utf16 } });
    expect(ok.code).toBe(0);
    const r = JSON.parse(ok.out);
    expect(r.source.encoding).toBe('utf-16le');
    expect(r.documents).toEqual(JSON.parse(JSON.stringify(parsed(N61).documents)));
    const bad = await cli([N61, '--encoding', 'klingon']);
    expect([bad.code, bad.out]).toEqual([2, '']);
    expect(bad.err).toMatch(/unknown encoding; use utf-8, utf-16le/);
  });

  it('stdin named twice is reported once; the rest goes on', async () => {
    const { code, err, out } = await cli(['-', '-'], { stdin: fixture('notice-61/input.txt') });
    expect(code).toBe(2);
    expect(err).toMatch(/stdin is named more than once/);
    expect(JSON.parse(out)).toHaveLength(1);
  });
});

describe('a bad file does not stop the others', () => {
  it('a missing file: named on stderr, the rest written, exit 2', async () => {
    const { code, out, err } = await cli(['missing.txt', N61]);
    expect(code).toBe(2);
    expect(err).toMatch(/^gazette-parse: error: missing\.txt: no such file or directory \(check the path\)$/m);
    expect(JSON.parse(out)).toHaveLength(1);
  });

  it('a binary file: named, told what to do, the rest written, exit 2, no stack trace', async () => {
    const { code, out, err } = await cli([N61, 'bin/blob.txt', '--out', 'ndjson']);
    expect(code).toBe(2);
    expect(err).toMatch(/bin\/blob\.txt: The input looks like a binary file, not text — is this the right file\?/);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('only bad inputs: exit 2, and a JSON array output stays valid', async () => {
    const { code, out } = await cli(['bin/blob.txt']);
    expect(code).toBe(2);
    expect(out).toBe('');
    const several = await cli(['bin/blob.txt', 'missing.txt']);
    expect(several.out).toBe('[]\n');
  });
});

describe('usage', () => {
  it('--help explains every option with an example, on stdout, exit 0', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--out', '--table', '-o, --output', '--bom', '--from', '--encoding', '--jobs', '--quiet', '--no-color', '--debug']) expect(out).toContain(option);
    expect(out).toMatch(/Examples:/);
    expect(out).toMatch(/check \[options\] <files\.\.\.>/);
    const check = await cli(['check', '--help']);
    for (const option of ['--format', '--strict', '--ignore', '--jobs']) expect(check.out).toContain(option);
    expect(check.out).toMatch(/file:line:col severity code message/);
  });

  it('--version prints the version', async () => {
    const { code, out } = await cli(['--version']);
    expect([code, out.trim()]).toEqual([0, '0.1.0']);
  });

  it.each([[[]], [['--out', 'xml', N50]], [['--nope', N50]], [['--jobs', '0', N50]], [['check']], [['check', '--format', 'sarif', N50]]])(
    '%j is a usage error: exit 2, message on stderr, nothing on stdout',
    async (argv) => {
      const { code, out, err } = await cli(argv as string[]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/error|missing/);
    },
  );
});

describe('check', () => {
  it('a clean file: no output, exit 0', async () => {
    const { code, out, err } = await cli(['check', N61]);
    expect([code, out]).toEqual([0, '']);
    expect(err).toBe('1 file checked: 0 errors, 0 warnings, 0 infos\n');
  });

  it('prints file:line:col severity code message; warnings exit 0, with --strict 1', async () => {
    const { code, out } = await cli(['check', FAULTS]);
    expect(code).toBe(0);
    expect(out.split('\n')).toContain(`${FAULTS}:27:1 warning section/numbering-gap Section number 4. skips: expected 3`);
    expect((await cli(['check', FAULTS, '--strict'])).code).toBe(1);
  });

  it('errors exit 1', async () => {
    const { code, out } = await cli(['check', ERRS, N61]);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^${ERRS}:1:1 error document/missing-title Document has no title$`, 'm'));
  });

  it('unreadable input exits 2 even when another file has errors', async () => {
    const { code, out, err } = await cli(['check', ERRS, 'missing.txt']);
    expect(code).toBe(2);
    expect(out).toMatch(/error document\/missing-date/);
    expect(err).toMatch(/missing\.txt: no such file/);
  });

  it('a binary file is a finding on stdout and exit 2', async () => {
    const { code, out } = await cli(['check', 'bin/blob.txt']);
    expect(code).toBe(2);
    expect(out).toMatch(/^bin\/blob\.txt:1:1 error input\/binary /);
  });

  it('--format json: one report per file with counts', async () => {
    const { code, out } = await cli(['check', FAULTS, N61, '--format', 'json']);
    expect(code).toBe(0);
    const reports = JSON.parse(out);
    expect(reports.map((r: { file: string; warnings: number; failed: boolean }) => [r.file, r.warnings > 0, r.failed])).toEqual([
      [FAULTS, true, false],
      [N61, false, false],
    ]);
    expect(reports[0].diagnostics[0]).toEqual({ severity: expect.any(String), code: expect.any(String), message: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
  });

  it('--format github: workflow commands, with properties and message escaped', async () => {
    const { out } = await cli(['check', ERRS, FAULTS, '--format', 'github']);
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[a-z]+\/[a-z-]+::.+$/.test(l))).toBe(true);
    expect(lines).toContain(`::warning file=${FAULTS},line=27,col=1,title=section/numbering-gap::Section number 4. skips: expected 3`);
    expect(lines).toContain(`::error file=${ERRS},line=1,col=1,title=document/missing-date::Document has no signature date (成文日期)`);
  });

  it('github escaping: % CR LF in messages; also , and : in properties', () => {
    const report = makeReport('a,b:c%.txt', [{ severity: 'info', code: 'x/y', message: '50% done\r\nnext: 1,2', line: 3, column: 4 }]);
    expect(formatReports([report], 'github')).toBe('::notice file=a%2Cb%3Ac%25.txt,line=3,col=4,title=x/y::50%25 done%0D%0Anext: 1,2\n');
  });

  it('--ignore leaves out codes and whole stages', async () => {
    const { out } = await cli(['check', FAULTS, '--ignore', 'section/numbering-gap,document/']);
    expect(out).not.toMatch(/numbering-gap|document\//);
    expect(out).toMatch(/section\/mismatched-bracket/);
  });

  it('colours severities on a terminal, never with NO_COLOR or --no-color', async () => {
    expect((await cli(['check', FAULTS], { stdoutTTY: true })).out).toContain('\u001b[33mwarning\u001b[39m');
    expect((await cli(['check', FAULTS], { stdoutTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await cli(['check', FAULTS, '--no-color'], { stdoutTTY: true })).out).not.toContain('\u001b[');
  });
});

describe('talk on stderr', () => {
  it('--quiet: nothing on stderr when all is well', async () => {
    expect((await cli([N50, N61, '-q'])).err).toBe('');
    expect((await cli(['check', N61, '-q'])).err).toBe('');
  });

  it('progress only when stderr is a terminal and there are several files', async () => {
    expect((await cli([N50, N61], { stderrTTY: true })).err).toMatch(/\[1\/2\] .*\[2\/2\]/s);
    expect((await cli([N50, N61], { stderrTTY: false })).err).not.toMatch(/\[1\/2\]/);
    expect((await cli([N50], { stderrTTY: true })).err).not.toMatch(/\[1\/1\]/);
    expect((await cli([N50, N61, '-q'], { stderrTTY: true })).err).toBe('');
  });

  it('a summary per file and a total, and a pointer to check when there are findings', async () => {
    const { err } = await cli([N61, FAULTS]);
    expect(err.split('\n')).toEqual([
      `${N61}: 1 document, 7 sections`,
      expect.stringMatching(new RegExp(`^${FAULTS}: 1 document, \\d+ sections; \\d+ warnings$`)),
      expect.stringMatching(/^2 files: 2 documents, \d+ sections; \d+ warnings$/),
      '(run "gazette-parse check" on the same files to list the diagnostics)',
      '',
    ]);
  });
});

describe('--jobs', () => {
  /** An executor that finishes jobs in a scrambled order, as threads do. */
  function scrambling(): { executor: Executor; sizes: number[]; started: string[] } {
    const sizes: number[] = [];
    const started: string[] = [];
    return {
      sizes,
      started,
      executor: {
        run: async (job) => {
          started.push(job.name);
          await new Promise((r) => setTimeout(r, job.name === N50 ? 60 : (job.index * 7) % 20));
          if (job.name.includes('crash')) throw new Error('worker died');
          return processJob(job);
        },
        close: async () => {},
      },
    };
  }

  it('writes outputs in input order whatever order they finish in', async () => {
    const s = scrambling();
    const inputs = [N50, N61, MD50, FAULTS, N61];
    const { code, out } = await cli([...inputs, '--out', 'ndjson', '--jobs', '3'], {
      createWorkers: (n) => {
        s.sizes.push(n);
        return s.executor;
      },
    });
    expect(code).toBe(0);
    expect(s.sizes).toEqual([3]);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(inputs);
  });

  it('defaults to one job per core but one, at most one per file', async () => {
    const s = scrambling();
    const make = (n: number) => (s.sizes.push(n), s.executor);
    await cli([N50, N61], { cpus: 8, createWorkers: make });
    await cli([N50, N61, N50, N61], { cpus: 4, createWorkers: make });
    expect(s.sizes).toEqual([2, 3]);
    // Two cores: one job, in-process, however large the inputs (their sizes unknown here count as large).
    expect((await cli([N50, N61], { cpus: 2, createWorkers: make })).code).toBe(0);
    expect(s.sizes).toEqual([2, 3]);
  });

  it('without --jobs, keeps small inputs in-process (thread start-up would cost more); --jobs 2 uses threads', async () => {
    const s = scrambling();
    const make = (n: number) => (s.sizes.push(n), s.executor);
    expect((await cli([N50, N61], { cpus: 4, knowSizes: true, createWorkers: make })).code).toBe(0);
    expect(s.sizes).toEqual([]);
    await cli([N50, N61, '--jobs', '2'], { knowSizes: true, createWorkers: make });
    expect(s.sizes).toEqual([2]);
  });

  it('keeps a single file in-process: no workers started', async () => {
    const s = scrambling();
    const { code } = await cli([N50, '--jobs', '4'], { createWorkers: (n) => (s.sizes.push(n), s.executor) });
    expect(code).toBe(0);
    expect(s.sizes).toEqual([]);
  });

  /** Outcomes as a worker thread sends them: text as UTF-8 bytes. */
  const fromWorker: Executor = { run: async (job) => forTransfer(await processJob(job)).outcome, close: async () => {} };
  const asFromWorker = () => fromWorker;

  it.each([
    ['json, one input', [N50]],
    ['json array', [N61, MD50, N50]],
    ['ndjson', [N61, N50, '--out', 'ndjson']],
    ['outline', [N61, N50, '--out', 'outline']],
    ['csv, one table', [N61, N50, '--out', 'csv', '--table', 'tasks', '--bom']],
    ['check', ['check', ERRS, N61, '--format', 'github']],
  ])('writes the same bytes from worker outcomes (UTF-8 bytes) as in-process: %s', async (_, argv) => {
    const inProcess = await cli([...argv, '-j', '1']);
    const threads = await cli([...argv, '-j', '2'], { createWorkers: asFromWorker });
    expect(threads.code).toBe(inProcess.code);
    expect(threads.out).toBe(inProcess.out);
    expect(threads.err).toBe(inProcess.err);
  });

  it('writes the same files from worker outcomes: -o FILE, -o DIR/ per input, csv tables in -o DIR', async () => {
    for (const argv of [['-o', 'out.json'], ['-o', 'out/'], ['--out', 'csv', '-o', 'tables/']]) {
      const inProcess = await cli([N61, N50, ...argv, '-j', '1']);
      const threads = await cli([N61, N50, ...argv, '-j', '2'], { createWorkers: asFromWorker });
      expect(threads.io.written).toEqual(inProcess.io.written);
      expect(threads.io.written.size).toBeGreaterThan(0);
    }
  });

  it('writes worker bytes as they are when stdout takes bytes, decoded otherwise', async () => {
    const chunks: (string | Uint8Array)[] = [];
    const io = fakeIo({ files, createWorkers: asFromWorker });
    io.stdout.writeBytes = (bytes) => void chunks.push(bytes);
    io.stdout.write = (text) => void chunks.push(text);
    expect(await run([N61, N50, '-j', '2', '-q'], io)).toBe(0);
    // Every piece of the results is bytes, a document at a time; only the array's framing is text.
    expect(chunks.filter((c) => typeof c === 'string')).toEqual(['[\n  ', ',\n  ', '\n]\n']);
    expect(chunks.filter((c) => c instanceof Uint8Array).length).toBeGreaterThanOrEqual(2 * 3);
    const text = chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
    expect(text).toBe(JSON.stringify([parsed(N61), parsed(N50)], null, 2) + '\n');
  });

  it('a failing file among them does not stop the rest', async () => {
    const s = scrambling();
    const { code, out, err } = await cli([N61, 'bin/blob.txt', N50, '--out', 'ndjson', '-j', '2'], { createWorkers: () => s.executor });
    expect(code).toBe(2);
    expect(err).toMatch(/bin\/blob\.txt/);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual([N61, N50]);
  });
});
