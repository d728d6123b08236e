/**
 * The five corpus notices of fixtures/inputs/ (a01 a03 a08 b05 b06) and their text form:
 * what every other rendering of them (Markdown, web page, Word, PDF) must give. The text
 * form is `parseGazette` of the corpus file, which is one paragraph per line.
 */
import { readFileSync } from 'node:fs';
import type { GazetteResult } from '../../src/model.js';
import { parseGazette } from '../../src/parse.js';
import { fixturePath } from './seed.js';

/** The notices rendered into every input kind. */
export const NOTICES = ['a01', 'a03', 'a08', 'b05', 'b06'] as const;

/** One of them, or a12 (国函〔2018〕144号, a PDF only: short paragraphs). */
export type NoticeId = (typeof NOTICES)[number] | 'a12';

/** Path of a rendering: `input('html', 'a01')` → fixtures/inputs/html/a01.html. */
export const inputPath = (kind: 'txt' | 'md' | 'html' | 'docx' | 'pdf', id: string): string => fixturePath(`inputs/${kind}/${id}.${kind}`);

/** Bytes of a rendering. */
export const inputBytes = (kind: 'txt' | 'md' | 'html' | 'docx' | 'pdf', id: string): Uint8Array => new Uint8Array(readFileSync(inputPath(kind, id)));

/** The notice's non-blank lines with their 1-based line numbers in the .txt. */
export function textLines(id: NoticeId): { line: number; text: string }[] {
  return readFileSync(inputPath('txt', id), 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((l) => l.text !== '');
}

const cache = new Map<NoticeId, GazetteResult>();

/** The text form's result: the .txt through the plain-text pipeline. */
export function textForm(id: NoticeId): GazetteResult {
  const known = cache.get(id);
  if (known) return known;
  const result = parseGazette(inputBytes('txt', id), { name: `${id}.txt` });
  cache.set(id, result);
  return result;
}

/** Text without whitespace: PDFs and wrapped sources space text differently. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');

/**
 * What a result says about its notices, positions left out: the documents (number, title,
 * issuer, date, addressees, genre), the headings (marker and heading), the clauses (text
 * and agencies), the deadlines and the targets.
 */
export function content(r: GazetteResult) {
  return {
    documents: r.documents.map((d) => ({
      docNumber: d.docNumber,
      title: squash(d.title),
      issuer: d.issuer,
      date: d.date,
      addressees: d.addressees.map(squash),
      genre: d.genre,
      parts: d.parts.map((p) => [p.kind, squash(p.title)]),
    })),
    headings: r.documents.flatMap((d) => d.parts.flatMap((p) => flat(p.sections))).map((s) => `${s.level} ${squash(s.marker)}${squash(s.heading)}`),
    clauses: r.documents.flatMap((d) => d.responsibilities.map((c) => [squash(c.text), c.agencies])),
    deadlines: r.documents.flatMap((d) => d.dates.map((p) => [squash(p.text), p.kind, p.start, p.end])),
    targets: r.documents.flatMap((d) => d.targets.map((t) => [squash(t.text), t.value, t.unit])),
    fragments: r.fragments.map((f) => squash(f.text)),
  };
}

function flat<T extends { children: T[] }>(sections: readonly T[]): T[] {
  return sections.flatMap((s) => [s, ...flat(s.children)]);
}

/** `content` of a result with the fields that metadata filled set back to the text form's (they are checked on their own). */
export function withoutFilled(r: GazetteResult, text: GazetteResult): ReturnType<typeof content> {
  const c = content(r);
  const t = content(text);
  c.documents = c.documents.map((d, i) => {
    const base = t.documents[i];
    if (!base) return d;
    const out = { ...d };
    for (const key of ['docNumber', 'issuer', 'date'] as const) if (base[key] === null && d[key] !== null) out[key] = null;
    return out;
  });
  return c;
}
