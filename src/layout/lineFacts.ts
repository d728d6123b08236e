/**
 * What the joining rules of every layout ask of one physical line, worked out once when the
 * line is reached and kept as bits, and the line-end classes of characters: is the line a
 * table row, a heading, a document number; does it end a sentence or an enumeration.
 */
import {
  AFTER_SENTENCE_LAST_CHARS,
  AFTER_SENTENCE_LINE_PATTERNS,
  DATE_LINE_PATTERNS,
  CLAUSE_END,
  CONTINUATION_END,
  OPENS_PARAGRAPH_FIRST_CHARS,
  OPENS_PARAGRAPH_PATTERNS,
  PARAGRAPH_END,
  SENTENCE_END,
  SIGNATURE_LAST_CHARS,
  isSignatureLine,
  STANDALONE_LAST_CHARS,
  STANDALONE_LINE_PATTERNS,
} from '../../grammar/data/lineBreaks.js';
import { CONTENTS_ENTRY_END, CONTENTS_PAGE_ONLY, MAX_CONTENTS_ENTRY } from '../../grammar/data/frontMatter.js';
import { ADDRESSEE_NAME_SEPARATORS, endsWithTitleGenre, isTitleShaped, opensAddressees } from '../../grammar/data/headShapes.js';
import { MASTHEAD_LINE, TITLE_GENRES } from '../../grammar/data/issuers.js';
import { DECIMAL_SUBHEADING, DECIMAL_TOP_HEADING, HEADING_OPENING, MARKER_FIRST_CHARS } from '../../grammar/data/markers.js';
import { LEADER_LABEL_FIRST_CHARS, LEADER_LABEL_LINE, LEADER_MEMBER_LINE, TABLE_LINE_PATTERNS } from '../../grammar/data/tableLines.js';
import { charTable } from '../../grammar/charTable.js';
import { isWhiteSpace } from '../../grammar/whiteSpace.js';
import type { LineTable } from './lines.js';
import { CELLS, displayWidthOf, spaceCells } from './width.js';

/** What the joining rules ask of a line, one bit each (see `lineFacts`). */
export type LineFacts = number;
/** A table row or a leader-list member line: stands alone whatever its width. */
export const LIST = 1;
/** A leader label (`成员单位：…`): starts a paragraph but may wrap. */
export const LEADER_LABEL = 2;
/** Always opens a paragraph (the attachment list `附件：1.…`). */
export const OPENS_PARAGRAPH = 4;
/** A document number, disclosure note or 附件 label: always alone. */
export const STANDALONE = 8;
/** An issuer or date line: alone after a finished sentence. */
export const ISSUER_OR_DATE = 16;
/** Opens with a section marker. */
export const HEADING = 32;
/** Opens more brackets than it closes. */
export const OPENS_BRACKET = 64;
/** An organ's name alone (a signature line) or a masthead: alone after a finished sentence. */
export const SIGNATURE = 128;
/** Opens with a decimal heading number (`3.2　应急报告`): a heading after a finished sentence. */
export const DECIMAL = 256;
/** Ends a table-of-contents entry (`…的通知…………（22）`): the next line never joins it. */
export const ENDS_ENTRY = 512;
/** A whole title's last line: no sentence punctuation, ending in a genre word (`…的实施意见`). */
export const TITLE_END = 1024;
/** Opens an addressee line, perhaps wrapped (`各镇人民政府，区政府相关委、办、`). */
export const ADDRESSEE = 2048;
/** A whole-line date (also an `ISSUER_OR_DATE` line): never joins the organ's name above it. */
export const DATE_LINE = 4096;
/** Holds sentence punctuation or a comma somewhere (a title's lines hold none). */
export const PUNCTUATED = 8192;
/** Ends with a colon. */
export const ENDS_COLON = 16384;

// What `scanLine` found among a line's characters, one bit each (`LineTable.scan`):
/** More opening brackets than closing ones (a closing one with none open does not count). */
export const SCANNED_OPEN_BRACKET = 1;
/** White space inside the text. */
export const SCANNED_SPACE = 2;
/** Sentence punctuation or a comma (`PUNCTUATION_CHARS`). */
export const SCANNED_PUNCTUATION = 4;

/**
 * Reads the trimmed text of line `i` of `lines` (`source[start, end)`) once, a table lookup per
 * character, for its display width (as `displayWidthOf`) and for what `lineFacts` asks of its
 * characters: brackets left open, spaces, punctuation, the first separator of an addressee's
 * name. The layout read every text line twice, for the width in `readLines` and for this in
 * `lineFacts`: one pass, the seed ×16's lines read and joined in 84 → 78 ms (CPU, median of 8
 * alternating runs; reading 17 → 20, joining 67 → 57). The scan's bits and separator are kept
 * in the line table (`scan`, `separator`) for `lineFacts`.
 */
export function scanLine(lines: LineTable, i: number, start: number, end: number): void {
  const text = lines.source;
  let width = 0;
  let depth = 0;
  let scanned = 0;
  let separator = -1;
  let unpaired = false; // a high surrogate without its low one: the width is counted again
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    const c = LINE_CHAR[code]!;
    if (c < 4 && c !== 0) {
      width += c; // most characters: their columns (1 or 2), and nothing to note
      continue;
    }
    if ((c & CELL_BITS) !== 0) width += c & CELL_BITS;
    else if (code === 0x20) width += spaceCells(text, k);
    else {
      // A high surrogate: astral CJK (extension B+), one character of two columns in two units.
      width += 2;
      const next = text.charCodeAt(k + 1);
      if (next >= 0xdc00 && next <= 0xdfff) k++; // nothing to note in a low surrogate
      else unpaired = true;
      continue;
    }
    const scan = c >> SCAN_SHIFT;
    if (scan === SCAN_OPEN) depth++;
    else if (scan === SCAN_CLOSE) {
      if (depth > 0) depth--;
    } else if (scan === SCAN_SPACE) scanned |= SCANNED_SPACE;
    else {
      if ((scan & SCAN_PUNCTUATION) !== 0) scanned |= SCANNED_PUNCTUATION;
      if ((scan & SCAN_SEPARATOR) !== 0 && separator < 0) separator = k - start;
    }
  }
  if (depth > 0) scanned |= SCANNED_OPEN_BRACKET;
  // `displayWidthOf` counts the unit after a high surrogate with it, whatever it is.
  lines.width[i] = unpaired ? displayWidthOf(text, start, end) : width;
  lines.scan[i] = scanned;
  lines.separator[i] = separator;
}

/**
 * Works out the facts of one line's text, trimmed, from what `scanLine` found in it (`scanned`,
 * `separator`): each pattern is tried at most once per line.
 */
export function lineFacts(text: string, scanned: number, separator: number): LineFacts {
  const hasSpace = (scanned & SCANNED_SPACE) !== 0;
  const punctuated = (scanned & SCANNED_PUNCTUATION) !== 0;
  const firstCode = text.charCodeAt(0);
  const first = OPENING[firstCode]!;
  const lastCode = text.charCodeAt(text.length - 1);
  const last = CHAR_CLASS[lastCode]!;
  const ends = ENDING[lastCode]!;
  let facts = (scanned & SCANNED_OPEN_BRACKET) !== 0 ? OPENS_BRACKET : 0;
  if (punctuated) facts |= PUNCTUATED;
  if (lastCode === 0xff1a || lastCode === 0x3a) facts |= ENDS_COLON; // ：or :
  // Every table and leader pattern needs a space between cells, except a bare row index
  // of at most three digits: other lines are not tested (most lines have no space).
  if ((hasSpace || text.length <= 3) && isListLine(text)) facts |= LIST;
  // Most lines cannot open as a leader label, an attachment list or a marker does, nor end as
  // a standalone, issuer or date line does: their patterns are not tried.
  if ((first & LEADER_FIRST) !== 0 && LEADER_LABEL_LINE.test(text)) facts |= LEADER_LABEL;
  if ((first & OPENS_PARAGRAPH_FIRST) !== 0 && matchesAny(OPENS_PARAGRAPH_PATTERNS, text)) facts |= OPENS_PARAGRAPH;
  if ((last & STANDALONE_LAST) !== 0 && matchesAny(STANDALONE_LINE_PATTERNS, text)) facts |= STANDALONE;
  if ((last & AFTER_SENTENCE_LAST) !== 0 && matchesAny(AFTER_SENTENCE_LINE_PATTERNS, text)) facts |= ISSUER_OR_DATE;
  if (lastCode === DAY && matchesAny(DATE_LINE_PATTERNS, text)) facts |= ISSUER_OR_DATE | DATE_LINE;
  if (((last & SIGNATURE_LAST) !== 0 && text.length <= MAX_SIGNATURE_LINE && isSignatureLine(text)) || ((ends & MASTHEAD_LAST) !== 0 && MASTHEAD_LINE.test(text))) facts |= SIGNATURE;
  if ((ends & ENTRY_LAST) !== 0 && text.length <= MAX_CONTENTS_ENTRY && (CONTENTS_ENTRY_END.test(text) || CONTENTS_PAGE_ONLY.test(text))) facts |= ENDS_ENTRY;
  // A title's line holds no sentence mark, and the scan's punctuation is exactly `isTitleShaped`'s
  // sentence marks (which white space and folding neither add nor remove): a punctuated line is not shaped.
  if (!punctuated && (ends & TITLE_END_LAST) !== 0 && isTitleShaped(text) && endsWithTitleGenre(text)) facts |= TITLE_END;
  else if (opensAddressees(text, separator)) facts |= ADDRESSEE;
  if ((first & MARKER_FIRST) !== 0 && HEADING_OPENING.test(text)) facts |= HEADING;
  else if (isDigit(firstCode) && (DECIMAL_SUBHEADING.test(text) || DECIMAL_TOP_HEADING.test(text))) facts |= DECIMAL;
  return facts;
}

/**
 * Does one of `patterns` match `text`? A loop, not `patterns.some((p) => p.test(text))`: a
 * closure over `text` makes its caller allocate a context on every call, and `lineFacts`
 * runs once per line (measured on the seed ×16: 7 of the layout's 44 MB allocated per parse).
 */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (let k = 0; k < patterns.length; k++) if (patterns[k]!.test(text)) return true;
  return false;
}

/** Table rows and leader-list member lines. */
export function isListLine(text: string): boolean {
  return matchesAny(TABLE_LINE_PATTERNS, text) || LEADER_MEMBER_LINE.test(text);
}

/** Which of the character sets of lineBreaks.ts (line ends; last characters of standalone and issuer lines) each character is in, one bit per set. */
export const SENTENCE = 1;
export const CONTINUATION = 2;
export const CLAUSE = 4;
export const PARAGRAPH = 8;
export const COLON = 16;
export const STANDALONE_LAST = 32;
export const AFTER_SENTENCE_LAST = 64;
export const SIGNATURE_LAST = 128;
/** The last characters of the genre words and of what may follow them (`）`, `”`, `》`): only such lines are tested as a title's end. */
const TITLE_END_LAST_CHARS = [...TITLE_GENRES.map((g) => g[g.length - 1]!), ...'）)”"」』》'].join('');
const DAY = '日'.charCodeAt(0);
/** A signature line is short (a joint one included): longer lines are not tested. */
const MAX_SIGNATURE_LINE = 80;
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
/** A masthead ends in 文件 or 令 (`中华人民共和国国务院令`): alone after a finished sentence, as a signature line is. */
const MASTHEAD_LAST_CHARS = '件令';
/** The last characters of a contents entry (a page number, bracketed or not). */
const ENTRY_LAST_CHARS = '）)0123456789０１２３４５６７８９';
/**
 * Which of the last-character sets above each character is in, one bit per set (`CHAR_CLASS` is
 * full): a table, not a Set per set, as every line's last character is looked up.
 */
const TITLE_END_LAST = 1;
const MASTHEAD_LAST = 2;
const ENTRY_LAST = 4;
const ENDING = charTable([
  [TITLE_END_LAST_CHARS, TITLE_END_LAST],
  [MASTHEAD_LAST_CHARS, MASTHEAD_LAST],
  [ENTRY_LAST_CHARS, ENTRY_LAST],
]);
export const CHAR_CLASS = charTable([
  [SENTENCE_END, SENTENCE],
  [CONTINUATION_END, CONTINUATION],
  [CLAUSE_END, CLAUSE],
  [PARAGRAPH_END, PARAGRAPH],
  ['：:', COLON],
  [STANDALONE_LAST_CHARS, STANDALONE_LAST],
  [AFTER_SENTENCE_LAST_CHARS, AFTER_SENTENCE_LAST],
  [SIGNATURE_LAST_CHARS, SIGNATURE_LAST],
]);
/** What `PUNCTUATED` looks for: sentence punctuation and commas, the enumeration comma `、` aside — exactly the sentence marks no line of a title holds (test/layout.test.ts checks it). */
export const PUNCTUATION_CHARS = [...SENTENCE_END + CONTINUATION_END].filter((c) => c !== '、').join('');
/**
 * What `scanLine` notes of each character (0: nothing): an opening or closing bracket, white
 * space (exactly `isWhiteSpace`), or bits for sentence punctuation and commas (the ends
 * `SENTENCE_END` and `CONTINUATION_END` but the enumeration comma `、`) and for the separators
 * that end an addressee list's first name.
 */
const SCAN = new Uint8Array(0x10000);
const SCAN_OPEN = 1;
const SCAN_CLOSE = 2;
const SCAN_SPACE = 3;
const SCAN_PUNCTUATION = 4;
const SCAN_SEPARATOR = 8;
for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c)) SCAN[c] = SCAN_SPACE;
for (const c of '（(') SCAN[c.charCodeAt(0)] = SCAN_OPEN;
for (const c of '）)') SCAN[c.charCodeAt(0)] = SCAN_CLOSE;
for (const c of PUNCTUATION_CHARS) SCAN[c.charCodeAt(0)]! |= SCAN_PUNCTUATION;
for (const c of ADDRESSEE_NAME_SEPARATORS) SCAN[c.charCodeAt(0)]! |= SCAN_SEPARATOR;
/** `scanLine`'s one table: a character's columns (`CELLS`, 0–2) in the low bits, its `SCAN` class above them. */
const CELL_BITS = 3;
const SCAN_SHIFT = 2;
const LINE_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) LINE_CHAR[c] = CELLS[c]! | (SCAN[c]! << SCAN_SHIFT);

/** Which patterns of `lineFacts` a line opening with each character may match, one bit per opening set of the data. */
const LEADER_FIRST = 1;
const OPENS_PARAGRAPH_FIRST = 2;
const MARKER_FIRST = 4;
const OPENING = charTable([
  [LEADER_LABEL_FIRST_CHARS, LEADER_FIRST],
  [OPENS_PARAGRAPH_FIRST_CHARS, OPENS_PARAGRAPH_FIRST],
  [MARKER_FIRST_CHARS, MARKER_FIRST],
]);

/**
 * Lines of a document's head that never run on into the next, in every layout: a whole
 * title (its lines unpunctuated, the last ending in a genre word) above the addressee line,
 * however full its last line (`…的实施方案》的通知` / `各镇人民政府，区政府相关委、办、`);
 * the addressee line under a title or number, wrapped or not, at its colon (`局，各有关单位：` /
 * `经区政府同意…`); an
 * organ's name above a date (`上海市嘉定区人民政府办公室` / `2024年10月10日`). `block` says of
 * the paragraph so far whether it is unpunctuated and what its first line was.
 */
export function endsHeadLine(block: { plain: boolean; firstFacts: LineFacts; underHead: boolean }, prevFacts: LineFacts, nextFacts: LineFacts): boolean {
  if ((prevFacts & (SIGNATURE | ISSUER_OR_DATE)) !== 0 && (prevFacts & DATE_LINE) === 0 && (nextFacts & DATE_LINE) !== 0) return true;
  if (block.underHead && (block.firstFacts & ADDRESSEE) !== 0 && (prevFacts & (ENDS_COLON | OPENS_BRACKET)) === ENDS_COLON) return true;
  return block.plain && (prevFacts & TITLE_END) !== 0 && (nextFacts & ADDRESSEE) !== 0;
}
