/**
 * End to end: the built `bin/gazette-parse` (run `npm run build` first; `npm test` does)
 * spawned on real fixtures, for every output format, every table, stdin, a directory,
 * -o, --jobs, and check mode with each exit code and format. CSV is parsed back with
 * csv-parse and compared with the JSON of the same run; golden files for notice-61.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TABLE_COLUMNS, TABLE_NAMES, tableRows } from '../src/emit/tables.js';
import type { GazetteResult } from '../src/model.js';
import { validateResult } from '../src/validate.js';
import { flatSections } from './helpers/seed.js';

// Each test spawns the CLI (about a second each; more on a busy machine).
vi.setConfig({ testTimeout: 180_000 });

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/gazette-parse');
const SEED = 'fixtures/seed/input.txt';
const N50 = 'fixtures/notice-50/input.txt';
const N61 = 'fixtures/notice-61/input.txt';
const MD50 = 'fixtures/notice-50-md/input.md';
const FAULTS = 'fixtures/invented-numbering-faults/input.txt';
const ERRS = 'fixtures/invented-check-errors/input.txt';

/** Runs the built CLI; stdout and stderr as text (or stdout as bytes with `raw`). */
function gp(args: string[], options: { input?: Uint8Array | string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...options.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: options.input ?? '', env, maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8'), raw: r.stdout };
}

const csvRecords = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const asCells = (rows: readonly object[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])));

let tmp: string;
let seedJson: GazetteResult;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` (or `npm test`) before the e2e tests');
  tmp = mkdtempSync(join(tmpdir(), 'gazette-e2e-'));
  const r = gp([SEED, '-q']);
  expect(r.code).toBe(0);
  seedJson = JSON.parse(r.out);
}, 120_000);

describe('the Quick start command', () => {
  it('./bin/gazette-parse fixtures/notice-50/input.txt --out json prints 50 号 and exits 0', () => {
    const out = execFileSync('bash', ['-c', './bin/gazette-parse fixtures/notice-50/input.txt --out json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const result = JSON.parse(out.toString('utf8'));
    expect(result.documents.map((d: { docNumber: string }) => d.docNumber)).toEqual(['吕政办发〔2020〕50号']);
  });
});

describe('output formats on real fixtures', () => {
  it('json: the whole seed, valid against the schema, 13 documents', () => {
    expect(validateResult(seedJson)).toEqual([]);
    expect(seedJson.documents).toHaveLength(13);
    expect(seedJson.source.name).toBe(SEED);
  });

  it('json: several inputs make an array in input order', () => {
    const { code, out } = gp([N61, MD50, N50, '-q']);
    expect(code).toBe(0);
    const results = JSON.parse(out) as GazetteResult[];
    expect(results.map((r) => r.source.name)).toEqual([N61, MD50, N50]);
    for (const r of results) expect(validateResult(r)).toEqual([]);
  });

  it('ndjson: one line per document of the seed, the same documents as the JSON', () => {
    const { code, out } = gp([SEED, '--out', 'ndjson', '-q']);
    expect(code).toBe(0);
    const records = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(13);
    for (const [i, record] of records.entries()) {
      const { source, schemaVersion, diagnostics, ...doc } = record;
      expect([source, schemaVersion]).toEqual([SEED, '1']);
      expect(doc).toEqual(seedJson.documents[i]);
      expect(diagnostics).toEqual(seedJson.diagnostics.filter((d) => d.line >= doc.startLine && d.line <= doc.endLine));
    }
  });

  it('outline: notice-61 exactly as fixtures/notice-61/expected.outline.txt (read against the input line by line)', () => {
    const { code, out } = gp([N61, '--out', 'outline', '-q']);
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(join(ROOT, 'fixtures/notice-61/expected.outline.txt'), 'utf8'));
  });

  it('outline: the seed shows every document, its parts, sections and tables, and the fragment', () => {
    const { out } = gp([SEED, '--out', 'outline', '-q']);
    const lines = out.split('\n');
    for (const d of seedJson.documents) expect(lines.some((l) => l.includes(`${d.docNumber}  ${d.date}`))).toBe(true);
    const sections = seedJson.documents.flatMap((d) => d.parts.flatMap((p) => flatSections(p.sections)));
    const tables = seedJson.documents.flatMap((d) => d.parts.flatMap((p) => p.tables));
    expect(lines.filter((l) => /^\s*\d+ {4,}\S+ /.test(l) && !/ (notice|instrument|attachment(-\d+)?): /.test(l) && !l.includes(' table: '))).toHaveLength(sections.length);
    expect(lines.filter((l) => l.includes(' table: '))).toHaveLength(tables.length);
    expect(lines.filter((l) => l.includes('fragment, lines 17397–17945'))).toHaveLength(1);
  });

  it('csv --table tasks: notice-61 exactly as fixtures/notice-61/expected.tasks.csv (dates and the 1000 万元 quota checked against the hand-read lists)', () => {
    const { out } = gp([N61, '--out', 'csv', '--table', 'tasks', '-q']);
    expect(out).toBe(readFileSync(join(ROOT, 'fixtures/notice-61/expected.tasks.csv'), 'utf8'));
  });
});

describe('every CSV table of the seed, parsed back and compared with the JSON', () => {
  it.each(TABLE_NAMES)('%s', (table) => {
    const { code, out } = gp([SEED, '--out', 'csv', '--table', table, '-q']);
    expect(code).toBe(0);
    expect(out.slice(0, out.indexOf('\r\n'))).toBe(TABLE_COLUMNS[table].join(','));
    const records = csvRecords(out);
    expect(records).toEqual(asCells(tableRows(table, seedJson)));
    // And independently of the table builders: one row per record of the JSON, each with docNumber and line.
    const docs = seedJson.documents;
    const expected = {
      documents: docs.length,
      sections: docs.flatMap((d) => d.parts.flatMap((p) => flatSections(p.sections))).length,
      responsibilities: docs.flatMap((d) => d.responsibilities).length,
      agencies: docs.flatMap((d) => d.responsibilities.flatMap((r) => r.agencies)).length,
      dates: docs.flatMap((d) => d.dates).length,
      targets: docs.flatMap((d) => d.targets).length,
      citations: docs.flatMap((d) => d.citations).length,
      tasks: docs.flatMap((d) => d.parts.flatMap((p) => flatSections(p.sections))).filter((s) => s.children.length === 0).length,
    }[table];
    expect(records).toHaveLength(expected);
    for (const r of records) {
      expect(docs.map((d) => d.docNumber)).toContain(r['docNumber']);
      expect(Number(r['line'])).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('inputs', () => {
  it('stdin (-): the same documents as the file', () => {
    const { code, out } = gp(['-', '-q'], { input: readFileSync(join(ROOT, N50)) });
    expect(code).toBe(0);
    const fromStdin = JSON.parse(out);
    const fromFile = JSON.parse(gp([N50, '-q']).out);
    expect(fromStdin.source.name).toBe('-');
    expect(fromStdin.documents).toEqual(fromFile.documents);
  });

  it('a directory: .txt and .md below it, sorted, other files ignored; Markdown read as Markdown', () => {
    const dir = join(tmp, 'dir');
    mkdirSync(join(dir, 'b'), { recursive: true });
    copyFileSync(join(ROOT, N61), join(dir, 'a.txt'));
    copyFileSync(join(ROOT, MD50), join(dir, 'b/c.md'));
    writeFileSync(join(dir, 'notes.csv'), 'x,y\n');
    const { code, out } = gp([dir, '--out', 'ndjson', '-q']);
    expect(code).toBe(0);
    const records = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.source, r.docNumber])).toEqual([
      [`${dir}/a.txt`, '吕政办发〔2020〕61号'],
      [`${dir}/b/c.md`, '吕政办发〔2020〕50号'],
    ]);
  });

  it('--encoding forces an encoding (UTF-16LE without BOM)', () => {
    const utf16 = Buffer.from(readFileSync(join(ROOT, N61), 'utf8'), 'utf16le');
    const { code, out } = gp(['-', '--encoding', 'utf-16le', '-q'], { input: utf16 });
    expect(code).toBe(0);
    expect(JSON.parse(out).documents[0].docNumber).toBe('吕政办发〔2020〕61号');
  });
});

describe('-o', () => {
  it('-o DIR with --out csv: every table, one file each, each with a BOM when asked', () => {
    const dir = join(tmp, 'tables');
    const { code, out } = gp([N50, N61, '--out', 'csv', '--bom', '-o', dir, '-q']);
    expect([code, out]).toEqual([0, '']);
    expect(readdirSync(dir).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.csv`).sort());
    const docs = readFileSync(join(dir, 'documents.csv'));
    expect([...docs.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvRecords(docs.toString('utf8')).map((r) => r['docNumber'])).toEqual(['吕政办发〔2020〕50号', '吕政办发〔2020〕61号']);
  });

  it('-o FILE: the output there, nothing on stdout', () => {
    const file = join(tmp, 'out.json');
    const { code, out } = gp([N61, '-o', file, '-q']);
    expect([code, out]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(file, 'utf8')).documents[0].docNumber).toBe('吕政办发〔2020〕61号');
  });
});

describe('--jobs: worker threads', () => {
  it('gives the same bytes as one job, in input order, whichever file finishes first', () => {
    // The seed first: it finishes last, so order is not the finishing order.
    const inputs = [SEED, N61, MD50, N50, N61];
    const one = gp([...inputs, '--out', 'ndjson', '-j', '1', '-q']);
    const two = gp([...inputs, '--out', 'ndjson', '-j', '2', '-q']);
    const three = gp([...inputs, '--out', 'ndjson', '-j', '3', '-q']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(three.out).toBe(one.out);
    expect([...new Set(two.out.trimEnd().split('\n').map((l) => JSON.parse(l).source))]).toEqual([SEED, N61, MD50, N50]);
  });

  it('JSON arrays, CSV tables and files written from worker threads are the same bytes as from one job', () => {
    const inputs = [N61, MD50, N50];
    for (const args of [[], ['--out', 'csv', '--table', 'tasks', '--bom'], ['--out', 'outline']]) {
      const one = gp([...inputs, ...args, '-j', '1', '-q']);
      const two = gp([...inputs, ...args, '-j', '2', '-q']);
      expect(two.code).toBe(0);
      expect(two.raw.equals(one.raw)).toBe(true);
    }
    const [oneFile, twoFile] = ['one.json', 'two.json'].map((f) => join(tmp, f));
    gp([...inputs, '-j', '1', '-q', '-o', oneFile]);
    gp([...inputs, '-j', '2', '-q', '-o', twoFile]);
    expect(readFileSync(twoFile).equals(readFileSync(oneFile))).toBe(true);
  });

  it('a failing file does not stop the others; exit 2 at the end', () => {
    const blob = join(tmp, 'blob.txt');
    writeFileSync(blob, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]));
    const { code, out, err } = gp([N61, blob, N50, '--out', 'ndjson', '-j', '2', '-q']);
    expect(code).toBe(2);
    expect(err).toContain(`${blob}: The input looks like a binary file`);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual([N61, N50]);
  });
});

describe('check mode', () => {
  it('exit 0: a clean notice, nothing on stdout', () => {
    const { code, out, err } = gp(['check', N61]);
    expect([code, out]).toEqual([0, '']);
    expect(err).toBe('1 file checked: 0 errors, 0 warnings, 0 infos\n');
  });

  it('exit 0 with warnings; exit 1 with --strict', () => {
    expect(gp(['check', FAULTS, '-q']).code).toBe(0);
    expect(gp(['check', FAULTS, '--strict', '-q']).code).toBe(1);
  });

  it('exit 1 on errors; --format text is file:line:col severity code message', () => {
    const { code, out } = gp(['check', ERRS, '-q']);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual(
      expect.arrayContaining([
        `${ERRS}:1:1 error document/missing-date Document has no signature date (成文日期)`,
        `${ERRS}:1:1 error document/missing-title Document has no title`,
        expect.stringMatching(new RegExp(`^${ERRS}:5:\\d+ warning responsibility/unclosed `)),
        expect.stringMatching(new RegExp(`^${ERRS}:9:1 warning section/numbering-gap `)),
      ]),
    );
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^[^:]+:\d+:\d+ (error|warning|info) [a-z]+\/[a-z-]+ .+$/);
  });

  it('--format json: a report per file', () => {
    const { code, out } = gp(['check', ERRS, N61, '--format', 'json', '-q']);
    expect(code).toBe(1);
    const reports = JSON.parse(out);
    expect(reports.map((r: { file: string; errors: number; failed: boolean }) => [r.file, r.errors, r.failed])).toEqual([
      [ERRS, 2, true],
      [N61, 0, false],
    ]);
  });

  it('--format github: ::error / ::warning / ::notice workflow commands', () => {
    const { code, out } = gp(['check', ERRS, SEED, '--format', 'github', '-q']);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain(`::error file=${ERRS},line=1,col=1,title=document/missing-title::Document has no title`);
    expect(lines.some((l) => l.startsWith(`::warning file=${SEED},line=17397,col=1,title=layout/reextraction::`))).toBe(true);
    expect(lines.some((l) => l.startsWith('::notice '))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[a-z]+\/[a-z-]+::/);
  });

  it('exit 2: a missing file, a binary file, a usage error — each named on stderr, no stack trace', () => {
    const blob = join(tmp, 'blob2.txt');
    writeFileSync(blob, Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0xff, 0xfe, 0, 0]));
    const missing = gp(['check', 'no/such.txt', N61]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no/such.txt: no such file or directory');
    const binary = gp(['check', blob]);
    expect(binary.code).toBe(2);
    expect(binary.out).toMatch(/^\S+blob2\.txt:1:1 error input\/(binary|undecodable) /);
    const usage = gp(['check', '--format', 'sarif', N61]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/argument 'sarif' is invalid/);
    for (const r of [missing, binary, usage]) expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('process behaviour', () => {
  it('a reader that stops early (| head) is not an error', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/gazette-parse ${SEED} --out ndjson -q | head -c 100 > /dev/null`], { cwd: ROOT });
    expect(r.stderr.toString('utf8')).toBe('');
    expect(r.status).toBe(0);
  });

  it('--help and --version exit 0 on stdout', () => {
    const help = gp(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: gazette-parse/);
    expect(gp(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('a spreadsheet program reads the --bom CSV back intact (LibreOffice)', () => {
  // LibreOffice's Calc must be there, not just `soffice` (Writer alone cannot import a CSV): Debian's libreoffice-calc installs `localc`.
  const hasCalc = spawnSync('bash', ['-c', 'command -v localc'], { encoding: 'utf8' }).stdout.trim() !== '';
  const soffice = hasCalc ? spawnSync('bash', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim() : '';
  const maybe = soffice ? it : it.skip;
  if (!soffice) console.warn('LibreOffice Calc (localc) is not installed: the spreadsheet round-trip test is skipped. Install Debian\'s libreoffice-calc to run it.');

  maybe('tasks.csv → .ods → .csv: every cell as written, Chinese, commas, quotes and line breaks included, no BOM in a cell', () => {
    const dir = join(tmp, 'lo');
    mkdirSync(dir, { recursive: true });
    const csvPath = join(dir, 'tasks.csv');
    const { code } = gp([N50, N61, '--out', 'csv', '--table', 'tasks', '--bom', '-o', csvPath, '-q']);
    expect(code).toBe(0);
    const profile = `file://${join(tmp, 'lo-profile')}`;
    const lo = (args: string[]) => {
      const once = () => spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      // The first start with a new profile may exit non-zero after creating it: try twice.
      let r = once();
      if (r.status !== 0) r = once();
      expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    };
    // Import: comma, double quote, UTF-8 (76), from line 1, no special-number detection (so
    // ISO dates stay text). LibreOffice's headless import does not look at the BOM — without
    // the 76 it reads Latin-1 — so the test checks that, read as UTF-8, the BOM is consumed
    // and not left in the first cell; Excel needs no options: the BOM is how it knows.
    lo(['--infilter=CSV:44,34,76,1,,0,false,false', '--convert-to', 'ods', '--outdir', join(dir, 'ods'), csvPath]);
    lo(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'back'), join(dir, 'ods/tasks.ods')]);
    const original = csvRecords(readFileSync(csvPath, 'utf8'));
    const back = parse(readFileSync(join(dir, 'back/tasks.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(back[0]!)).toEqual(TABLE_COLUMNS.tasks); // `source`, not `\ufeffsource`
    expect(back).toHaveLength(original.length);
    expect(back.map((r) => ({ ...r, text: r['text']!.replace(/\r\n/g, '\n') }))).toEqual(original);
    expect(back.some((r) => r['text']!.includes('\n'))).toBe(true); // a cell with a line break
    expect(back.some((r) => r['agencies']!.includes('、'))).toBe(true);
    expect(back.some((r) => r['targets'] === '1000万元')).toBe(true); // not a formula
  }, 240_000);
});
