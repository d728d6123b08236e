/**
 * Physical lines of the input, classified: blank, text, page furniture (running header,
 * page number), or part of a re-extraction (a tab-indented copy of earlier pages that
 * some OCR pipelines append). Line numbers are 1-based lines of the original file.
 *
 * The lines are kept as columns (`LineTable`: typed arrays of offsets into the decoded
 * text, kinds and widths) rather than an object and a string per line: a gazette has
 * hundreds of thousands of lines, half of them blank, and the layout stage reads each
 * only a few times.
 */
import { BARE_PAGE_NUMBER, HEADER_SHAPES, MAX_HEADER_WIDTH, PAGE_NUMBER_PATTERNS, RUNNING_HEADER_PATTERNS } from '../../grammar/data/pageFurniture.js';
import { charTable } from '../../grammar/charTable.js';
import { isWhiteSpace } from '../../grammar/whiteSpace.js';
import { scanLine } from './lineFacts.js';

export { isWhiteSpace };

/** What one physical line of the input is. */
export type LineKind = 'blank' | 'text' | 'runningHeader' | 'pageNumber' | 'reextract' | 'pageMetadata';

/** One physical line with its classification and the position of its text (readers other than plain text build these). */
export interface PhysicalLine {
  /** 1-based line number in the original file. */
  line: number;
  kind: LineKind;
  /** The line's content without surrounding whitespace. */
  text: string;
  /** 1-based column where `text` starts in the original line. */
  column: number;
  /** True when the line starts a new printed page (OCR marks that with one leading space). */
  pageBreak: boolean;
  /** Display width of `text` in half-width columns. */
  width: number;
}

/** Codes of the line kinds in `LineTable.kind`. */
export const BLANK = 0;
export const TEXT = 1;
export const RUNNING_HEADER = 2;
export const PAGE_NUMBER = 3;
export const REEXTRACT = 4;
/** A `label: value` line of page metadata above a notice copied from a web page (`layout/pageMetadata.ts`). */
export const PAGE_METADATA = 5;

/** The kind named by each code. */
export const LINE_KINDS: readonly LineKind[] = ['blank', 'text', 'runningHeader', 'pageNumber', 'reextract', 'pageMetadata'];

/**
 * Every physical line of one text, one column per property; index `i` is line `i + 1`.
 * A line's text is `source.slice(start[i], end[i])`, made only when it is needed.
 */
export interface LineTable {
  /** The decoded text the offsets point into. */
  readonly source: string;
  /** Number of physical lines. */
  readonly count: number;
  /** Kind codes (`BLANK`, `TEXT`…). */
  readonly kind: Uint8Array;
  /** Offsets in `source` of each line's text without surrounding whitespace (equal for blank lines). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1-based column where the text starts in the original line. */
  readonly column: Int32Array;
  /** Display width of the text in half-width columns. */
  readonly width: Int32Array;
  /** What the text's characters hold that the joining rules ask about (`SCANNED_*` bits of `lineFacts.ts`). */
  readonly scan: Uint8Array;
  /** Offset in the text of its first addressee-name separator (`ADDRESSEE_NAME_SEPARATORS`), -1 for none. */
  readonly separator: Int32Array;
  /** 1 when the line starts a new printed page (OCR marks that with one leading space; PDF text with a form feed). */
  readonly pageBreak: Uint8Array;
}

/** Splits on LF, CRLF and lone CR, as editors count lines. */
export function splitLines(text: string): string[] {
  // Splitting on a string is much faster than on a regex, and most files have no CR.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Fewer tab-indented lines than this in a row are ordinary text, not a re-extraction. */
const MIN_REEXTRACT_RUN = 3;

/**
 * Reads and classifies every physical line of `text` (lines end at LF, CRLF or a lone
 * CR, as in `splitLines`) without splitting it into strings.
 */
export function readLines(text: string): LineTable {
  const ends = lineEnds(text);
  const count = ends.length;
  const table: LineTable = {
    source: text,
    count,
    kind: new Uint8Array(count),
    start: new Int32Array(count),
    end: new Int32Array(count),
    column: new Int32Array(count),
    width: new Int32Array(count),
    scan: new Uint8Array(count),
    separator: new Int32Array(count),
    pageBreak: new Uint8Array(count),
  };
  // Tab-indented lines (a tab first, perhaps after one space): candidates for a re-extraction.
  const tabIndented = new Uint8Array(count);
  let rawStart = 0;
  for (let i = 0; i < count; i++) {
    const rawEnd = ends[i]!;
    classifyLine(table, tabIndented, i, rawStart, rawEnd);
    rawStart = rawEnd + (text.charCodeAt(rawEnd) === 0x0d && text.charCodeAt(rawEnd + 1) === 0x0a ? 2 : 1);
  }
  markReextractions(table.kind, tabIndented);
  learnFurniture(table);
  return table;
}

/**
 * Where each raw line ends (the offset of its line break, or the text's length for the
 * last), found in one pass. Without a CR, `indexOf` finds the breaks: measured on the seed
 * ×16, about twice as fast as a character loop (6 against 10 ms), which a text with CRs
 * still takes.
 */
function lineEnds(text: string): Int32Array {
  // Room for a line every eight characters (OCR'd gazettes average ten or so): most texts never grow it.
  let ends = new Int32Array((text.length >> 3) + 16);
  let n = 0;
  const add = (at: number) => {
    if (n === ends.length) {
      const grown = new Int32Array(n * 2);
      grown.set(ends);
      ends = grown;
    }
    ends[n++] = at;
  };
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) add(at);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) add(i);
      else if (c === 0x0d) {
        add(i);
        if (text.charCodeAt(i + 1) === 0x0a) i++; // CRLF: one break
      }
    }
  }
  add(text.length);
  return ends.subarray(0, n);
}

/** Classifies already split lines: the same as `readLines` on them joined by LF. */
export function classifyLines(rawLines: readonly string[]): LineTable {
  return readLines(rawLines.join('\n'));
}

function classifyLine(table: LineTable, tabIndented: Uint8Array, i: number, rawStart: number, rawEnd: number): void {
  const text = table.source;
  // A character loop, not a regex: most lines start with their text.
  let start = rawStart;
  while (start < rawEnd && isWhiteSpace(text.charCodeAt(start))) start++;
  if (start === rawEnd) {
    table.start[i] = table.end[i] = start;
    table.column[i] = 1;
    return; // blank: kind 0, width 0, no page break
  }
  let end = rawEnd;
  while (isWhiteSpace(text.charCodeAt(end - 1))) end--;
  table.start[i] = start;
  table.end[i] = end;
  table.column[i] = start - rawStart + 1;
  scanLine(table, i, start, end); // its width, and what its characters hold
  const first = text.charCodeAt(rawStart);
  const second = text.charCodeAt(rawStart + 1); // exists: a non-blank line starting with a space has more
  // OCR marks the first line of a printed page with exactly one leading space; a PDF's text
  // layer with a form feed.
  table.pageBreak[i] = (first === 0x20 && second !== 0x20 && second !== 0x09) || first === 0x0c ? 1 : 0;
  if (first === 0x09 || (first === 0x20 && second === 0x09)) tabIndented[i] = 1;
  table.kind[i] = mayBeFurniture(text.charCodeAt(end - 1)) ? furnitureKind(text.slice(start, end)) : TEXT;
}

function furnitureKind(text: string): number {
  if (isRunningHeader(text)) return RUNNING_HEADER;
  if (isPageNumber(text)) return PAGE_NUMBER;
  return TEXT;
}

/**
 * Every furniture pattern ends with one of these characters (`…公报`, `…第 4 期`, `- 20 -`,
 * `第 20 页`): other lines are not sliced out to be tested. Checked against the patterns
 * by test/layout.test.ts.
 */
export const FURNITURE_LAST_CHARS = '报期页-－—–';
/** 1 for the codes of `FURNITURE_LAST_CHARS`: a table, as every line's last character is looked up. */
const FURNITURE_LAST = charTable([[FURNITURE_LAST_CHARS, 1]]);

function mayBeFurniture(last: number): boolean {
  return FURNITURE_LAST[last] === 1;
}


/** True for a running header such as `市政府办公室文件 2020•４吕梁市人民政府公报`. */
export function isRunningHeader(text: string): boolean {
  if (text.length > 40) return false;
  return RUNNING_HEADER_PATTERNS.some((p) => p.test(text));
}

/** True for a page number such as `- 20 -`. */
export function isPageNumber(text: string): boolean {
  if (text.length > 12) return false;
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(text));
}

/**
 * Runs of tab-indented lines are a second, unwrapped extraction of pages printed
 * earlier (the seed ends with one): they are kept apart so they cannot merge with the
 * last document. Blank lines inside a run belong to it.
 */
function markReextractions(kind: Uint8Array, tabIndented: Uint8Array): void {
  let i = 0;
  while (i < kind.length) {
    if (kind[i] === BLANK || tabIndented[i] === 0) {
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    let last = i;
    while (j < kind.length) {
      if (kind[j] === BLANK) {
        j++;
        continue;
      }
      if (tabIndented[j] === 0) break;
      count++;
      last = j;
      j++;
    }
    if (count >= MIN_REEXTRACT_RUN) {
      for (let k = i; k <= last; k++) if (kind[k] !== BLANK) kind[k] = REEXTRACT;
    }
    i = last + 1;
  }
}

/**
 * Page furniture learned from where lines stand, for headers and page numbers no pattern
 * of `pageFurniture.ts` names anywhere in a text. A page boundary is a page-number line or
 * a line that opens a page with a form feed; the text line right before or after one is a
 * running header when it is short, holds no sentence punctuation, and either stands at two
 * boundaries or more with the same text, or has the shape of a gazette's running header
 * (`2021年第6期`, `…公报`). A line of bare digits right before a form feed is a page number.
 * Only lines next to a boundary are ever taken: the same words inside the text stay text.
 */
function learnFurniture(table: LineTable): void {
  const { kind, count, source, start, end, width, pageBreak } = table;
  const formFeed = (i: number): boolean => pageBreak[i] === 1 && start[i]! > 0 && source.charCodeAt(lineStartOf(source, start[i]!)) === 0x0c;
  const nextText = (i: number, step: 1 | -1): number => {
    for (let j = i + step; j >= 0 && j < count; j += step) if (kind[j] !== BLANK) return kind[j] === TEXT ? j : -1;
    return -1;
  };
  const boundaries: number[] = [];
  for (let i = 0; i < count; i++) {
    if (kind[i] === PAGE_NUMBER) boundaries.push(i);
    else if (kind[i] !== BLANK && formFeed(i)) {
      boundaries.push(i);
      const before = nextText(i, -1);
      if (before >= 0 && BARE_PAGE_NUMBER.test(source.slice(start[before]!, end[before]!))) kind[before] = PAGE_NUMBER;
    }
  }
  if (boundaries.length === 0) return;
  // Candidates: the text lines that touch a boundary, by their text without spaces.
  const seen = new Map<string, number[]>();
  const consider = (i: number) => {
    if (i < 0 || kind[i] !== TEXT || width[i]! > MAX_HEADER_WIDTH) return;
    const text = source.slice(start[i]!, end[i]!).replace(/\s+/g, '');
    if (/[。；：，,;:！？!?]/.test(text)) return;
    const at = seen.get(text);
    if (at) at.push(i);
    else seen.set(text, [i]);
  };
  for (const b of boundaries) {
    consider(nextText(b, -1));
    // A form-feed line opens its page (a header, or text); after a page number, the next line may be the header.
    if (kind[b] === PAGE_NUMBER) consider(nextText(b, 1));
    else consider(b);
  }
  // A header stands only in header places: text that also stands elsewhere in the file
  // (`定量` in every row of a flattened table) is not one, however often it meets a boundary.
  const elsewhere = new Map<string, number>();
  // Only lines that open with a candidate's first character are read (most are not).
  // A table, not a Set: every short text line of the file is looked up.
  const openings = new Uint8Array(0x10000);
  for (const text of seen.keys()) openings[text.charCodeAt(0)] = 1;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== TEXT || width[i]! > MAX_HEADER_WIDTH || openings[source.charCodeAt(start[i]!)] === 0) continue;
    const text = source.slice(start[i]!, end[i]!).replace(/\s+/g, '');
    const at = seen.get(text);
    if (at && !at.includes(i)) elsewhere.set(text, (elsewhere.get(text) ?? 0) + 1);
  }
  for (const [text, at] of seen) {
    const distinct = new Set(at);
    const repeated = distinct.size >= 2 && !elsewhere.has(text);
    if (repeated || HEADER_SHAPES.some((p) => p.test(text))) for (const i of distinct) kind[i] = RUNNING_HEADER;
  }
}

/** Offset of the first character of the raw line holding `offset`. */
function lineStartOf(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source.charCodeAt(i - 1) !== 0x0a && source.charCodeAt(i - 1) !== 0x0d) i--;
  return i;
}
