/**
 * Physical lines of the input, classified: blank, text, page furniture (running header,
 * page number), or part of a re-extraction (a tab-indented copy of earlier pages that
 * some OCR pipelines append). Line numbers are 1-based lines of the original file.
 */
import { PAGE_NUMBER_PATTERNS, RUNNING_HEADER_PATTERNS } from '../../grammar/data/pageFurniture.js';
import { displayWidth } from './width.js';

/** What one physical line of the input is. */
export type LineKind = 'blank' | 'text' | 'runningHeader' | 'pageNumber' | 'reextract';

/** One physical line with its classification and the position of its text. */
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

/** Splits on LF, CRLF and lone CR, as editors count lines. */
export function splitLines(text: string): string[] {
  // Splitting on a string is much faster than on a regex, and most files have no CR.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** A line is tab-indented when a tab opens it (a single space may precede the tab). */
const TAB_INDENTED = /^ ?\t/;

/** Fewer tab-indented lines than this in a row are ordinary text, not a re-extraction. */
const MIN_REEXTRACT_RUN = 3;

/** Classifies every physical line of `text`. */
export function classifyLines(rawLines: readonly string[]): PhysicalLine[] {
  const out: PhysicalLine[] = new Array(rawLines.length);
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    // A character loop, not `raw.search(/\S/)`: most lines start with their text.
    let start = 0;
    while (start < raw.length && isWhiteSpace(raw.charCodeAt(start))) start++;
    if (start === raw.length) {
      out[i] = { line: i + 1, kind: 'blank', text: '', column: 1, pageBreak: false, width: 0 };
      continue;
    }
    const text = raw.trim();
    let kind: LineKind = 'text';
    if (isRunningHeader(text)) kind = 'runningHeader';
    else if (isPageNumber(text)) kind = 'pageNumber';
    out[i] = {
      line: i + 1,
      kind,
      text,
      column: start + 1,
      // OCR marks the first line of a printed page with exactly one leading space.
      pageBreak: raw.charCodeAt(0) === 0x20 && raw.charCodeAt(1) !== 0x20 && raw.charCodeAt(1) !== 0x09,
      width: displayWidth(text),
    };
  }
  markReextractions(rawLines, out);
  return out;
}

/** Exactly the characters of the regex class `\s` (and of `String.prototype.trim`). */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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
function markReextractions(rawLines: readonly string[], lines: PhysicalLine[]): void {
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind === 'blank' || !TAB_INDENTED.test(rawLines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    let last = i;
    while (j < lines.length) {
      if (lines[j]!.kind === 'blank') {
        j++;
        continue;
      }
      if (!TAB_INDENTED.test(rawLines[j]!)) break;
      count++;
      last = j;
      j++;
    }
    if (count >= MIN_REEXTRACT_RUN) {
      for (let k = i; k <= last; k++) if (lines[k]!.kind !== 'blank') lines[k]!.kind = 'reextract';
    }
    i = last + 1;
  }
}
