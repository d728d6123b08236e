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

/** What a list file covers, from its stem: `58-instrument` → 58 号, its instrument; `50` → all of 50 号. */
export interface ListScope {
  name: string;
  serial: number;
  /** A part name (`instrument`, `attachment-1`), or null for the whole document. */
  part: string | null;
}

/** The lists of one kind with the document and part each covers. */
export function listScopes(kind: string): ListScope[] {
  return listFiles(kind).map((name) => {
    const [serial, ...part] = name.split('-');
    return { name, serial: Number(serial), part: part.length > 0 ? part.join('-') : null };
  });
}
