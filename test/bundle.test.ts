/**
 * The CLI that `bin/gazette-parse` runs is the bundle `npm run build` writes to `dist/cli/`
 * (src/buildBundle.ts): spawned on inputs of every kind, it prints the outputs recorded in
 * `fixtures/output-identity/outputs.json` byte for byte — so the files the code reads from
 * beside itself (the standalone validators, the phrase start tables) and the chunks it loads
 * lazily (the readers, the output formats) are where the bundle looks for them. The same
 * outputs from the sources are checked by test/output-identity.test.ts; --jobs, whose
 * workers start from the bundle's `worker.js`, by test/e2e.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, ROOT } from './output-identity/inputs.mjs';

type Recorded = Record<string, Record<string, { sha256: string; bytes: number }>>;
const recorded = JSON.parse(readFileSync(join(ROOT, 'fixtures/output-identity/outputs.json'), 'utf8')) as Recorded;

/** One recorded input of each kind and layout. */
const SAMPLE = [
  'fixtures/seed/input.txt',
  'fixtures/corpus/raw/a01-guofa-2019-3-zonghe-baoshuiqu.txt',
  'fixtures/corpus/ocr/b03-huangpu-2025-5-kezaisheng-nengyuan.txt',
  'fixtures/corpus/pdf/g01-guobanhan-2004-run.txt',
  'fixtures/built-issues/iss-a-ocr.txt',
  'fixtures/notice-50-md/input.md',
  'fixtures/inputs/html/a01.html',
  'fixtures/inputs/docx/a01.docx',
  'fixtures/inputs/pdf/a01.pdf',
];

/** The built CLI's stdout for `input` with the format arguments `args`, as its digest. */
function outputOf(input: string, args: readonly string[]): { sha256: string; bytes: number } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gazette-parse'), input, ...args, '-q'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
  expect(r.status, `${input} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return { sha256: createHash('sha256').update(r.stdout).digest('hex'), bytes: r.stdout.length };
}

describe('the bundled CLI', () => {
  it('is what bin/gazette-parse runs, with the files its code reads beside it', () => {
    expect(readFileSync(join(ROOT, 'bin/gazette-parse'), 'utf8')).toContain("from '../dist/cli/main.js'");
    for (const file of ['main.js', 'worker.js', 'parse.js', 'resultValidator.cjs', 'startTables.json']) expect(existsSync(join(ROOT, 'dist/cli', file)), file).toBe(true);
  });

  it.each(SAMPLE)('%s: the JSON recorded, byte for byte', (input) => {
    expect(Object.keys(recorded)).toContain(input);
    expect(outputOf(input, FORMATS.json)).toEqual(recorded[input]!['json']);
  }, 120_000);

  it('prints the recorded NDJSON, outline and CSV of the seed', () => {
    for (const format of ['ndjson', 'outline', 'csv'] as const) expect(outputOf(SAMPLE[0]!, FORMATS[format]), format).toEqual(recorded[SAMPLE[0]!]![format]);
  }, 120_000);
});
