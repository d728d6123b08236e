/**
 * PDF input: the text layer, read with pdfjs-dist, rebuilt into lines and paragraphs
 * from the positions of its text, then the same stages as plain text.
 *
 * - Lines: the text items of a page grouped by baseline, ordered left to right; pages in
 *   order, lines top to bottom. A result's `line` is the 1-based line of the PDF's text in
 *   that reading order, all pages counted; `source.pages` gives each page's first and last
 *   line, and each diagnostic names its page.
 * - Page furniture: a line at the top or bottom of its page that is a page number, or that
 *   repeats (digits aside) at the same height on other pages — a running header or footer.
 * - Paragraphs, from the geometry the plain-text layout has to guess: a line starts a
 *   paragraph when it is indented from the left margin, when the line before it ends short
 *   of the right margin, or when its type size differs; a centred title continues on a
 *   centred line of the same size.
 * - A PDF whose pages carry no text is a scan: one error that says it needs OCR first.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HEADING_OPENING } from '../../grammar/data/markers.js';
import { diagnostic } from '../diagnostics.js';
import { isPageNumber, type PhysicalLine } from '../layout/lines.js';
import type { Block } from '../layout/paragraphs.js';
import { displayWidth } from '../layout/width.js';
import type { Diagnostic, GazetteResult, PageLines } from '../model.js';
import type { ParseOptions } from '../parse.js';
import { analyzeReading, failedReading, sourceOf, type Reading } from './source.js';

/** One line of a page's text, with its geometry in PDF units (points, y upwards). */
export interface PdfLine {
  page: number;
  text: string;
  /** Left and right ends of the text. */
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Type size (the most common among its items). */
  size: number;
}

/** A text item of pdfjs's `getTextContent`, as far as it is read here. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Parses a PDF into a `GazetteResult`. Never rejects: a PDF that cannot be read, or a scan, is an error diagnostic. */
export async function parsePdf(input: Uint8Array, options: ParseOptions = {}): Promise<GazetteResult> {
  const reading = await readPdf(input, options);
  const result = analyzeReading(reading);
  // `check` prints line numbers; a reader of a PDF looks for pages.
  const pages = reading.source.pages ?? [];
  for (const d of result.diagnostics) {
    const page = pages.find((p) => p.startLine <= d.line && d.line <= p.endLine)?.page;
    if (page !== undefined) d.message += ` (page ${page})`;
  }
  return result;
}

/** The paragraphs of a PDF's text layer, for `analyzeBlocks`; `source.pages` maps its lines to pages. */
export async function readPdf(input: Uint8Array, options: ParseOptions = {}): Promise<Reading> {
  let pages: PdfLine[][];
  try {
    pages = await readPdfLines(input);
  } catch (e) {
    const error = e as Error;
    const reason = error.name === 'PasswordException' ? 'it is protected by a password' : (error.message ?? String(e)).split('\n')[0];
    return failedReading(options, 'pdf', input, diagnostic('input/unreadable-file', `This PDF cannot be opened (${reason})`, 1));
  }
  const emptyPages = pages.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
  if (emptyPages.length === pages.length) {
    const message = `This PDF has no text layer (${pages.length} ${pages.length === 1 ? 'page' : 'pages'} of images: a scan?): it needs OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf), then gazette-parse out.pdf`;
    return failedReading(options, 'pdf', input, diagnostic('input/no-text-layer', message, 1));
  }
  const diagnostics: Diagnostic[] = [];
  const lines = pages.flat();
  const furniture = findFurniture(pages);
  const pageLines: PageLines[] = [];
  let n = 0;
  for (const [i, page] of pages.entries()) {
    if (page.length > 0) pageLines.push({ page: i + 1, startLine: n + 1, endLine: n + page.length });
    n += page.length;
  }
  if (emptyPages.length > 0) {
    const line = pageLines.find((p) => p.page > emptyPages[0]!)?.startLine ?? n;
    diagnostics.push(diagnostic('input/no-text-layer', `Pages ${emptyPages.join(', ')} have no text layer (scanned?): their text is missing; OCR them first`, line, 1, 'warning'));
  }
  const physical: PhysicalLine[] = lines.map((l, i) => ({
    line: i + 1,
    kind: furniture.get(i) ?? 'text',
    text: l.text,
    column: 1,
    pageBreak: i > 0 && l.page !== lines[i - 1]!.page,
    width: displayWidth(l.text),
  }));
  const blocks = paragraphs(lines, physical);
  const source = { ...sourceOf(options, 'pdf', input, 'binary', lines.length), pages: pageLines };
  return { source, lines: physical, blocks, diagnostics };
}

/** Where pdfjs-dist's character maps and standard fonts are: Chinese PDFs often rely on the former. */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** The text lines of every page, in reading order. */
export async function readPdfLines(input: Uint8Array): Promise<PdfLine[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(input), ...pdfjsData(), cMapPacked: true, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(linesOf(p, content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[]));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Items sharing a baseline (within a third of their size) are one line. */
function linesOf(page: number, items: readonly TextItem[]): PdfLine[] {
  const placed = items
    .filter((i) => i.str !== '' && i.transform[1] === 0 && i.transform[2] === 0)
    .map((i) => ({ str: i.str, x: i.transform[4]!, y: i.transform[5]!, width: i.width, size: Math.abs(i.transform[3]!) || i.height }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof placed)[] = [];
  for (const item of placed) {
    const group = groups.find((g) => Math.abs(g[0]!.y - item.y) <= Math.max(1, 0.35 * Math.max(g[0]!.size, item.size)));
    if (group) group.push(item);
    else groups.push([item]);
  }
  const out: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const item of group) {
      // A wide gap between two items (a tab, justified words) reads as a space.
      if (text !== '' && item.x - end > 0.5 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const trimmed = text
      .replace(/\s+/g, (s, at: number) => (at === 0 || at + s.length === text.length ? '' : ' '))
      // The space typesetting puts between Chinese and Latin letters or digits (2019 年) is not text.
      .replace(CJK_LATIN_SPACE, '$1$2');
    if (trimmed.trim() === '') continue;
    const sizes = new Map<number, number>();
    for (const item of group) sizes.set(Math.round(item.size), (sizes.get(Math.round(item.size)) ?? 0) + item.str.length);
    const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const first = group.find((i) => i.str.trim() !== '')!;
    out.push({ page, text: trimmed.trim(), x0: first.x, x1: end, y: group[0]!.y, size });
  }
  out.sort((a, b) => b.y - a.y);
  return out;
}

/** A space between a CJK character and a Latin letter or digit, either way round. */
const CJK_LATIN_SPACE = /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s(?=[A-Za-z0-9])|([A-Za-z0-9%])\s(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;

/**
 * Lines (by index over all pages) that are page furniture: the first or last line of a
 * page when it is a page number, or when its text (digits aside) recurs at the same height
 * as the first or last line of at least half the pages (two at least) — a running header
 * or footer. A paragraph's last line that happens to open two pages is not one.
 */
function findFurniture(pages: readonly PdfLine[][]): Map<number, PhysicalLine['kind']> {
  const out = new Map<number, PhysicalLine['kind']>();
  const key = (l: PdfLine) => `${l.text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '')}@${Math.round(l.y / 4)}`;
  const ends = (page: readonly PdfLine[]) => (page.length === 0 ? [] : page.length === 1 ? [page[0]!] : [page[0]!, page[page.length - 1]!]);
  const seen = new Map<string, number>();
  for (const page of pages) for (const l of ends(page)) seen.set(key(l), (seen.get(key(l)) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.filter((p) => p.length > 0).length / 2));
  let offset = 0;
  for (const page of pages) {
    page.forEach((l, i) => {
      if (i !== 0 && i !== page.length - 1) return;
      if (isPageNumber(l.text)) out.set(offset + i, 'pageNumber');
      else if ((seen.get(key(l)) ?? 0) >= needed) out.set(offset + i, 'runningHeader');
    });
    offset += page.length;
  }
  return out;
}

/**
 * The paragraphs of the body lines, between the left margin (`leftMargin`) and where full
 * lines end (`rightMargin`); sizes are compared with the body's (the most common).
 */
function paragraphs(lines: readonly PdfLine[], physical: readonly PhysicalLine[]): Block[] {
  const body = lines.map((l, i) => ({ l, i })).filter(({ i }) => physical[i]!.kind === 'text');
  if (body.length === 0) return [];
  const bodySize = mode(body.map(({ l }) => l.size));
  const left = leftMargin(body.filter(({ l }) => l.size === bodySize).map(({ l }) => l.x0));
  const right = rightMargin(body.filter(({ l }) => l.size === bodySize).map(({ l }) => l.x1));
  // Does the text indent its first lines (by about two characters)? Then a marker at the margin is no paragraph start.
  const indented = body.filter(({ l }) => l.size === bodySize && Math.abs(l.x0 - left - 2 * l.size) <= 0.5 * l.size).length >= MIN_INDENTED;
  const blocks: Block[] = [];
  let current: Block | null = null;
  let prev: PdfLine | null = null;
  for (const { l, i } of body) {
    if (current && prev && continues(prev, l, { left, right, bodySize, indented })) {
      // Latin words wrap at spaces; a number (2023 / 年12月) or CJK text wraps anywhere.
      const joint = /[A-Za-z]$/.test(current.text) && /^[A-Za-z]/.test(l.text) ? ' ' : '';
      current.segments.push({ offset: current.text.length + joint.length, line: i + 1, column: 1 });
      current.text += joint + l.text;
      current.endLine = i + 1;
    } else {
      if (current) blocks.push(current);
      current = { text: l.text, startLine: i + 1, endLine: i + 1, segments: [{ offset: 0, line: i + 1, column: 1 }], region: 'main', short: false };
    }
    prev = l;
  }
  if (current) blocks.push(current);
  return blocks;
}

/** This many indented first lines show that the text indents its paragraphs. */
const MIN_INDENTED = 3;

/** True when `line` goes on with the paragraph `prev` ends. */
function continues(prev: PdfLine, line: PdfLine, page: { left: number; right: number; bodySize: number; indented: boolean }): boolean {
  const slack = 0.75 * line.size;
  const full = prev.x1 >= page.right - slack;
  if (!full || Math.abs(prev.size - line.size) > 0.5) return false;
  const atMargin = Math.abs(line.x0 - page.left) <= slack;
  const centred = Math.abs(line.x0 - page.left - (page.right - line.x1)) <= 2 * slack;
  // A title set larger than the body is centred on every line, its last one too.
  if (!atMargin && !(centred && line.size > page.bodySize + 0.5)) return false;
  // Where paragraphs are not indented, a numbered heading after a closed sentence starts one.
  return page.indented || !(HEADING_OPENING.test(line.text) && /[。；：！？]$/.test(prev.text));
}

/**
 * Where lines start: the leftmost start (within a point and a half) that a tenth of the
 * lines (two at least) share. Not the most common start: in a text of short paragraphs
 * most lines are first lines, indented.
 */
function leftMargin(starts: readonly number[]): number {
  const needed = Math.max(2, Math.ceil(0.1 * starts.length));
  const sorted = [...starts].sort((a, b) => a - b);
  for (const start of sorted) if (sorted.filter((s) => Math.abs(s - start) <= 1.5).length >= needed) return start;
  return sorted[0] ?? 0;
}

/**
 * Where full lines end: the line end (within a point and a half) that most lines reach,
 * among those in the right fifth of the widest. Lines whose closing punctuation hangs in
 * the margin end further right, and are full too.
 */
function rightMargin(ends: readonly number[]): number {
  const widest = Math.max(...ends);
  const lowest = Math.min(...ends);
  const candidates = ends.filter((e) => e >= widest - 0.2 * (widest - lowest));
  let best = widest;
  let bestCount = 0;
  for (const end of candidates) {
    const count = candidates.filter((e) => Math.abs(e - end) <= 1.5).length;
    if (count > bestCount || (count === bestCount && end < best)) [best, bestCount] = [end, count];
  }
  return best;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}
