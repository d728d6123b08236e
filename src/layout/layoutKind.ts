/**
 * Which layout a text comes in, decided from the text itself: how its physical lines
 * relate to its paragraphs. Users bring notices in whatever form they got them:
 *
 * - `ocr`: an OCR'd printed page (the seed): short lines wrapped at the column width, a
 *   blank line after every line, a page's first line marked by one leading space;
 * - `indented`: a born-digital PDF's text layer: lines wrapped at the page width, no blank
 *   lines, every paragraph opening with an indent (two ideographic spaces);
 * - `wrapped`: hard-wrapped text with neither blank lines nor indents (copied from a PDF
 *   viewer): only the width tells a full line from the end of a paragraph;
 * - `lines`: one paragraph per line, as copied from a web page or a Word file: never joined.
 *
 * The evidence: the share of text lines followed by a blank line (the OCR rhythm), the share
 * of lines indented by two cells or more, and how many of the long lines share one width
 * (wrapped text fills its column again and again; paragraphs a line each have any length).
 */
import { BLANK, TEXT, type LineTable } from './lines.js';
import { WidthCounts } from './width.js';

/** How physical lines relate to paragraphs in one text (see the module comment). */
export type LayoutKind = 'ocr' | 'indented' | 'wrapped' | 'lines';

/** What the decision was made from, reported with it. */
export interface LayoutEvidence {
  kind: LayoutKind;
  /** Text lines (neither blank nor furniture). */
  textLines: number;
  /** Share of text lines followed by a blank line. */
  blankAfter: number;
  /** Share of text lines indented by two cells or more. */
  indented: number;
  /** The full width of the long lines (their 90th percentile), in half-width columns (0 when none). */
  width: number;
  /** Share of the long lines within a few columns of that width. */
  fullShare: number;
}

/** Lines narrower than this say nothing about the column (headings, dates, signatures). */
const LONG = 16;
/** Where the full width is read among the long lines' widths, sorted. */
const FULL_QUANTILE = 0.9;
/** A line this close below the full width (or a little over it: closing punctuation) is full. */
const FULL_BELOW = 6;
const FULL_ABOVE = 4;
/** Below this many long lines, widths do not prove a text wrapped… */
const MIN_LONG_LINES = 12;
/**
 * …but this many long lines of which few share one width prove it is not: a short text copied
 * from a web page, one paragraph per line with a blank line after some of them, is no OCR.
 */
const MIN_VARIED_LINES = 4;
/** The OCR rhythm: most lines are followed by a blank line. */
const OCR_BLANK_SHARE = 0.5;
/**
 * Wrapped text: this share of its long lines is full. Measured on the corpus: one paragraph
 * per line ≤ 0.14; a PDF's text layer without its indents ≥ 0.32; OCR ≥ 0.68.
 */
const WRAPPED_FULL_SHARE = 0.25;
/** A text whose paragraphs open indented: this share of its lines or more are indented. */
const INDENTED_SHARE = 0.1;

/** Decides the layout of one text from its classified lines. */
export function detectLayout(lines: LineTable): LayoutEvidence {
  const { kind, width } = lines;
  let textLines = 0;
  let blankAfter = 0;
  let indented = 0;
  // The long lines' widths counted by value (a push per line into a growing array, or a sort of
  // them all, cost more than the rest of the loop).
  const widths = new WidthCounts();
  for (let i = 0; i < lines.count; i++) {
    if (kind[i] !== TEXT) continue;
    textLines++;
    if (i + 1 < lines.count && kind[i + 1] === BLANK) blankAfter++;
    if (indentCells(lines, i) >= 2) indented++;
    if (width[i]! >= LONG) widths.add(width[i]!);
  }
  // The full width is near the top of the long lines' widths (the 90th percentile): the mode
  // can fall below it when digits and Latin letters narrow many lines.
  const longLines = widths.total;
  const usual = longLines > 0 ? widths.atRank(Math.floor(longLines * FULL_QUANTILE)) : 0;
  const full = widths.countBetween(usual - FULL_BELOW, usual + FULL_ABOVE);
  const evidence = {
    textLines,
    blankAfter: textLines ? blankAfter / textLines : 0,
    indented: textLines ? indented / textLines : 0,
    width: usual,
    fullShare: longLines ? full / longLines : 0,
  };
  const wrapped = evidence.fullShare >= WRAPPED_FULL_SHARE || (longLines < MIN_LONG_LINES && longLines < MIN_VARIED_LINES);
  let layout: LayoutKind;
  if (evidence.blankAfter >= OCR_BLANK_SHARE) layout = wrapped ? 'ocr' : 'lines';
  else if (evidence.indented >= INDENTED_SHARE && indented >= 2) layout = 'indented';
  else if (longLines >= MIN_LONG_LINES && evidence.fullShare >= WRAPPED_FULL_SHARE) layout = 'wrapped';
  else layout = 'lines';
  return { kind: layout, ...evidence };
}

/**
 * The indent of line `i` in cells: its leading white space, an ideographic space counting
 * two, a tab four. One leading space is OCR's page-break mark, not an indent.
 */
export function indentCells(lines: LineTable, i: number): number {
  const { source, start, column } = lines;
  let cells = 0;
  for (let at = start[i]! - (column[i]! - 1); at < start[i]!; at++) {
    const c = source.charCodeAt(at);
    cells += c === 0x3000 ? 2 : c === 0x09 ? 4 : c === 0x0c ? 0 : 1;
  }
  return cells;
}
