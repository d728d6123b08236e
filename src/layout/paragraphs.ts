/**
 * Joins wrapped physical lines into paragraphs ("blocks") and keeps, for every block,
 * the map from its text offsets back to input lines and columns.
 *
 * OCR gives one printed line per input line. A printed line that is full (as wide as
 * the column) continues in the next one; a shorter line ends its paragraph. The column
 * width is not fixed — about 18 CJK cells in the two-column pages of the seed, twice
 * that in front matter — so it is inferred per printed page from the widths seen there.
 * First lines of paragraphs are indented two cells, so they are "full" two cells earlier.
 */
import {
  AFTER_SENTENCE_LINE_PATTERNS,
  CLAUSE_END,
  CONTINUATION_END,
  OPENS_PARAGRAPH_PATTERNS,
  PARAGRAPH_END,
  SENTENCE_END,
  STANDALONE_LINE_PATTERNS,
  TITLE_ABOVE_PATTERNS,
} from '../../grammar/data/lineBreaks.js';
import { HEADING_OPENING } from '../../grammar/data/markers.js';
import { LEADER_LABEL_LINE, LEADER_MEMBER_LINE, TABLE_LINE_PATTERNS } from '../../grammar/data/tableLines.js';
import type { PhysicalLine } from './lines.js';
import { mode } from './width.js';

/** Where one physical line's text starts inside a block's text. */
export interface Segment {
  /** Offset in `Block.text` (UTF-16 code units). */
  offset: number;
  /** 1-based input line. */
  line: number;
  /** 1-based input column of the segment's first character. */
  column: number;
}

/** A paragraph: wrapped lines joined, with the map back to the input. */
export interface Block {
  text: string;
  startLine: number;
  endLine: number;
  segments: Segment[];
  /** `reextract` for blocks of a tab-indented re-extraction, else `main`. */
  region: 'main' | 'reextract';
  /** True when the block is a single printed line that did not fill the column. */
  short: boolean;
  /** A table row whose cells are known (Markdown tables): typed as a table line, split as given. */
  cells?: string[];
}

/** Inferred column widths, in half-width display columns. */
export interface ColumnWidths {
  /** The usual full line width of the body text (the mode over the file). */
  narrow: number;
  /** The full width of the wide (front-matter) lines, when any. */
  wide: number | null;
}

/** Widths below this are headings, signatures and ends of paragraphs: no evidence of the column. */
const MIN_EVIDENCE_WIDTH = 16;
/** A page's own width is trusted only when this many of its lines, and this share, agree on it. */
const MIN_PAGE_EVIDENCE = 6;
const MIN_PAGE_SHARE = 0.4;
/** A line this much wider than the narrow column belongs to a wider layout. */
const WIDE_MARGIN = 6;
/** A line may fall short of full by this much (one CJK cell; OCR spacing varies). */
const NARROW_SLACK = 2;
const WIDE_SLACK = 4;
/** First lines are indented by two CJK cells. */
const INDENT = 4;

/** Builds blocks from classified physical lines. */
export function buildBlocks(lines: readonly PhysicalLine[]): { blocks: Block[]; widths: ColumnWidths } {
  const text = lines.filter((l) => l.kind === 'text');
  const widths = inferWidths(text);
  const pageWidth = inferPageWidths(lines, widths);
  const blocks: Block[] = [];

  let current: Block | null = null;
  let currentFirst = true; // is the block's last line also its first?
  // The paragraph right after an attachment label or the disclosure note is a title:
  // it may be as wide as the column (or wider) and still end at its last line.
  let titlePosition = false;
  let prev: PhysicalLine | null = null;

  const flush = () => {
    if (current) blocks.push(current);
    current = null;
    prev = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank' || line.kind === 'runningHeader' || line.kind === 'pageNumber') continue;
    if (line.kind === 'reextract') {
      // The re-extraction is unwrapped: one line is one paragraph.
      flush();
      blocks.push(startBlock(line, 'reextract'));
      continue;
    }
    const tight = prev !== null && line.line === (prev as PhysicalLine).line + 1 && !line.pageBreak;
    const joins = titlePosition
      ? tight && !ISSUER_LIKE.some((p) => p.test((prev as PhysicalLine).text))
      : prev !== null && continues(prev, currentFirst, line, nextTextLine(lines, i), pageWidth, widths);
    if (current && prev && joins) {
      appendLine(current, line, prev);
      currentFirst = false;
      prev = line;
      current.short = false;
      continue;
    }
    titlePosition = current !== null && TITLE_ABOVE_PATTERNS.some((p) => p.test((current as Block).text));
    flush();
    current = startBlock(line, 'main');
    current.short = !isFull(line, true, pageWidth.get(line.line) ?? widths.narrow, widths);
    currentFirst = true;
    prev = line;
  }
  flush();
  return { blocks, widths };
}

function startBlock(line: PhysicalLine, region: Block['region']): Block {
  return {
    text: line.text,
    startLine: line.line,
    endLine: line.line,
    segments: [{ offset: 0, line: line.line, column: line.column }],
    region,
    short: false,
  };
}

/** Latin words split over two lines get their space back; CJK never does. */
function appendLine(block: Block, line: PhysicalLine, last: PhysicalLine): void {
  // The block ends with `last`'s text: reading the block's own last character (by regex or
  // charCodeAt) would flatten the growing string on every line — quadratic in its length.
  const needsSpace = isLatinLetter(last.text.charCodeAt(last.text.length - 1)) && isLatinLetter(line.text.charCodeAt(0));
  if (needsSpace) block.text += ' ';
  block.segments.push({ offset: block.text.length, line: line.line, column: line.column });
  block.text += line.text;
  block.endLine = line.line;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function nextTextLine(lines: readonly PhysicalLine[], i: number): PhysicalLine | null {
  for (let j = i + 1; j < lines.length; j++) {
    const k = lines[j]!.kind;
    if (k === 'text') return lines[j]!;
    if (k === 'reextract') return null;
  }
  return null;
}

/**
 * Does `next` continue the paragraph whose last line is `prev`?
 * `prevIsFirst` says whether `prev` is also the paragraph's first (indented) line.
 */
function continues(
  prev: PhysicalLine,
  prevIsFirst: boolean,
  next: PhysicalLine,
  after: PhysicalLine | null,
  pageWidth: PageWidths,
  widths: ColumnWidths,
): boolean {
  const prevEnd = prev.text[prev.text.length - 1]!;
  // Table rows and leader-list members stand alone whatever their width; a leader label
  // (`成员单位：…`) starts a paragraph but may wrap.
  if (isListLine(prev) || isListLine(next) || LEADER_LABEL_LINE.test(next.text)) return false;
  if (OPENS_PARAGRAPH_PATTERNS.some((p) => p.test(next.text))) return false;
  // Lines that stand alone: a document number, disclosure or 附件 label always; an issuer
  // or date line after a finished sentence.
  if (STANDALONE_LINE_PATTERNS.some((p) => p.test(next.text) || p.test(prev.text))) return false;
  if (PARAGRAPH_END.includes(prevEnd) && AFTER_SENTENCE_LINE_PATTERNS.some((p) => p.test(next.text))) return false;
  // A finished sentence or clause followed by a marker: a new heading even when the line was full.
  if (CLAUSE_END.includes(prevEnd) && HEADING_OPENING.test(next.text)) return false;
  // A heading alone on its line (`第一章 总 则` under a full-width title) is short and does
  // not end a sentence; a wrapped sentence that happens to reach a marker-like line
  // (`达到` / `一、二级安全生产标准化…`) goes on at full width or ends with punctuation.
  if (HEADING_OPENING.test(next.text) && !PARAGRAPH_END.includes(next.text[next.text.length - 1]!) && !isFull(next, false, pageWidth.get(next.line) ?? widths.narrow, widths) && !(after && after.line === next.line + 1 && !after.pageBreak)) {
    return false;
  }
  // Centred titles wrap with no blank line between their lines (`危险化学品安全生产专项整治
  // 三年行动` / `实 施 办 法`); body text always has one. An issuer line above its title
  // is the exception, and it is caught by its own pattern.
  if (next.line === prev.line + 1 && !next.pageBreak && !ISSUER_LIKE.some((p) => p.test(prev.text))) return true;
  // A paragraph never ends on an enumeration comma, nor inside a bracket its last line
  // opened — however short OCR made the line (`（责任单位：` / `市委宣传部、` / ` 各负有…部门）`,
  // 58 号 3667–3670; `（一）动员部署阶段（8月 24 日` / `前）…`, 54 号 1203). A bracket opened
  // on an earlier line and never closed does not count: the next heading must not be swallowed.
  if (CONTINUATION_END.includes(prevEnd)) return true;
  if (opensBracket(prev.text) && !HEADING_OPENING.test(next.text)) return true;
  const narrow = pageWidth.get(prev.line) ?? widths.narrow;
  // First lines are indented, so a line as wide as the column never opens a paragraph:
  // a wrapped line that OCR left a little short (`划，安 排专题学习，研究制定本行`, 58 号
  // 3665) does not end one when it stops mid-word and the next line is full.
  if (
    !prevIsFirst &&
    !PARAGRAPH_END.includes(prevEnd) &&
    !HEADING_OPENING.test(prev.text) &&
    !HEADING_OPENING.test(next.text) &&
    prev.width >= narrow * 0.75 &&
    isFull(next, false, pageWidth.get(next.line) ?? narrow, widths) &&
    !isWide(next, narrow, widths)
  ) {
    return true;
  }
  if (!isFull(prev, prevIsFirst, narrow, widths)) return false;
  // A first line ending in a colon is a lead-in that stands alone: the addressee line
  // (`岚县、交城县…人民政府，市直有关单位：`) even when it fills the line — unless the colon
  // is a label inside a bracket (`（责任单位：`).
  if (prevIsFirst && (prevEnd === '：' || prevEnd === ':') && !opensBracket(prev.text)) return false;
  // A paragraph's second line is never indented: a line of indented width that does not
  // end the paragraph, after a first line or a finished sentence, opens a new paragraph —
  // the line before was a one-line title (`吕梁市 2020 年食品安全重点工作安排` / `为认真贯彻
  // 落实…`) or the end of the previous paragraph (`…的部门。` / `本办法所称政务信息资源（政务数`).
  if ((prevIsFirst || SENTENCE_END.includes(prevEnd)) && after && isFirstLineWidth(next, narrow) && !PARAGRAPH_END.includes(next.text[next.text.length - 1]!)) {
    return false;
  }
  // Front matter is set wider than the body: a finished sentence does not run on into
  // a line of the other width (`…市直有关单位：` / `现将《…》印发给你们…`).
  if (PARAGRAPH_END.includes(prevEnd) && isWide(prev, narrow, widths) !== isWide(next, narrow, widths)) return false;
  return true;
}

const ISSUER_LIKE = AFTER_SENTENCE_LINE_PATTERNS;

/** True when the line opens more brackets than it closes. */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Table rows and leader-list member lines. */
export function isListLine(line: { text: string }): boolean {
  return TABLE_LINE_PATTERNS.some((p) => p.test(line.text)) || LEADER_MEMBER_LINE.test(line.text);
}

function isWide(line: PhysicalLine, narrow: number, widths: ColumnWidths): boolean {
  return widths.wide !== null && line.width > narrow + WIDE_MARGIN;
}

/** Is the line as wide as its column (allowing the first-line indent)? */
function isFull(line: PhysicalLine, isFirst: boolean, narrow: number, widths: ColumnWidths): boolean {
  if (isWide(line, narrow, widths)) {
    return line.width >= widths.wide! - (isFirst ? INDENT : 0) - WIDE_SLACK;
  }
  return line.width >= narrow - (isFirst ? INDENT : 0) - NARROW_SLACK;
}

/** Full only if indented: the width band of a full first line. */
function isFirstLineWidth(line: PhysicalLine, narrow: number): boolean {
  return line.width >= narrow - INDENT - NARROW_SLACK && line.width < narrow - NARROW_SLACK;
}

function inferWidths(text: readonly PhysicalLine[]): ColumnWidths {
  const evidence = text.map((l) => l.width).filter((w) => w >= MIN_EVIDENCE_WIDTH);
  const m = mode(evidence);
  const support = evidence.filter((w) => w === m).length;
  // Too few lines agree on a width (a short invented notice, a fragment): no line can
  // be shown to fill the column, so none is taken as wrapped.
  if (m === null || support < MIN_PAGE_EVIDENCE) {
    return { narrow: Math.max(0, ...text.map((l) => l.width)) + INDENT + NARROW_SLACK + 1, wide: null };
  }
  const narrow = m;
  const wideWidths = evidence.filter((w) => w > narrow + WIDE_MARGIN).sort((a, b) => a - b);
  // The 90th percentile: the full width of wide lines, robust to one stray long line.
  const wide = wideWidths.length >= 3 ? wideWidths[Math.floor(wideWidths.length * 0.9)]! : null;
  return { narrow, wide };
}

/** The narrow column width of the page a line is on, by line number (undefined: no text line). */
interface PageWidths {
  get(line: number): number | undefined;
}

/**
 * The narrow column width of each printed page (pages start at page-break lines and
 * after page furniture), keyed by line number; pages with little evidence use the file's.
 * An array indexed by line, not a Map: setting a Map entry per line was this stage's
 * hottest statement.
 */
function inferPageWidths(lines: readonly PhysicalLine[], widths: ColumnWidths): PageWidths {
  let last = 0;
  for (const l of lines) last = Math.max(last, l.line);
  const byLine = new Int32Array(last + 1);
  const result: PageWidths = { get: (line) => byLine[line] || undefined };
  let page: PhysicalLine[] = [];
  const closePage = () => {
    const evidence = page.map((l) => l.width).filter((w) => w >= MIN_EVIDENCE_WIDTH);
    const m = mode(evidence);
    const support = evidence.filter((w) => w === m).length;
    const trusted = m !== null && support >= MIN_PAGE_EVIDENCE && support >= evidence.length * MIN_PAGE_SHARE;
    const width = trusted ? m : widths.narrow;
    for (const l of page) byLine[l.line] = width;
    page = [];
  };
  for (const line of lines) {
    if (line.kind === 'runningHeader' || line.kind === 'pageNumber') {
      closePage();
      continue;
    }
    if (line.kind !== 'text') continue;
    if (line.pageBreak) closePage();
    page.push(line);
  }
  closePage();
  return result;
}
