/** The real seed (吕梁市人民政府公报 2020 No.4) and its parse, shared by the tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGazette } from '../../src/parse.js';
import type { Document, GazetteResult, Part, Section } from '../../src/model.js';

/** Absolute path of a file under `fixtures/`. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));
}

/** The seed's bytes. */
export const SEED_PATH = fixturePath('seed/input.txt');
export const seedBytes = (): Uint8Array => new Uint8Array(readFileSync(SEED_PATH));
/** The seed's physical lines (1-based access: `seedLines()[n - 1]`). */
export const seedLines = (): string[] => readFileSync(SEED_PATH, 'utf8').split('\n');

let cached: GazetteResult | null = null;

/** The seed parsed once per test file. */
export function seedResult(): GazetteResult {
  cached ??= parseGazette(seedBytes(), { name: 'seed/input.txt' });
  return cached;
}

/** The seed document with this serial number (50 → 吕政办发〔2020〕50号). */
export function seedDoc(serial: number): Document {
  const doc = seedResult().documents.find((d) => d.docNumberParts?.serial === serial);
  if (!doc) throw new Error(`no document ${serial} in the seed`);
  return doc;
}

/** A part by the name the expected lists use: notice, instrument, attachment-N, attachment. */
export function partByName(doc: Document, name: string): Part {
  const part = doc.parts.find((p) => partName(p) === name);
  if (!part) throw new Error(`no part ${name} in ${doc.docNumber}`);
  return part;
}

/** notice | instrument | attachment-N | attachment (unnumbered). */
export function partName(p: Part): string {
  if (p.kind !== 'attachment') return p.kind;
  const n = p.label?.replace(/\D/g, '');
  return n ? `attachment-${n}` : 'attachment';
}

/** Every section of a tree, depth first, in reading order. */
export function flatSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatSections(s.children)]);
}
