/** Reads the hand-written TSV lists under fixtures/seed/expected/ (see its README). */
import { readFileSync, readdirSync } from 'node:fs';
import { fixturePath } from './seed.js';

/** One row, keyed by the header's column names. */
export type Row = Record<string, string>;

/** Rows of a TSV: `#` lines are comments, the first other line is the header. */
export function readTsv(relative: string): Row[] {
  const lines = readFileSync(fixturePath(relative), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  const names = header!.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').trim()]));
  });
}

/** The TSV files of one list kind (`outline`, `responsibilities`…), by file stem. */
export function listFiles(kind: string): string[] {
  return readdirSync(fixturePath(`seed/expected/${kind}`))
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => f.replace(/\.tsv$/, ''))
    .sort();
}

/** Whitespace removed: the lists compare text this way. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');
