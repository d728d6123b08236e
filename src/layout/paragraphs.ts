/**
 * Joins wrapped physical lines into paragraphs ("blocks") and keeps, for every block,
 * the map from its text offsets back to input lines and columns.
 *
 * OCR gives one printed line per input line. A printed line that is full (as wide as
 * the column) continues in the next one; a shorter line ends its paragraph. The column
 * width is not fixed — about 18 CJK cells in the two-column pages of the seed, twice
 * that in front matter — so it is inferred per printed page from the widths seen there.
 * First lines of paragraphs are indented two cells, so they are "full" two cells earlier.
 *
 * Each line is read once: what the rules ask of it (is it a table row, a heading, a
 * document number…) is worked out when the line is reached and kept as bits
 * (`LineFacts`), so deciding whether two lines join tests no pattern a second time.
 */
import { TITLE_ABOVE_PATTERNS } from '../../grammar/data/lineBreaks.js';
import { joinLines, type Block } from './blocks.js';
import { buildFlowBlocks } from './flowRules.js';
import { detectLayout, type LayoutEvidence } from './layoutKind.js';
import { MarkerSequence } from './markerSequence.js';
import {
  CHAR_CLASS,
  CLAUSE,
  COLON,
  CONTINUATION,
  DECIMAL,
  ENDS_ENTRY,
  HEADING,
  ISSUER_OR_DATE,
  LEADER_LABEL,
  LIST,
  OPENS_BRACKET,
  OPENS_PARAGRAPH,
  PARAGRAPH,
  SIGNATURE,
  SENTENCE,
  STANDALONE,
  endsHeadLine,
  matchesAny,
  type LineFacts,
} from './lineFacts.js';
import { PAGE_NUMBER, REEXTRACT, RUNNING_HEADER, TEXT, type LineTable } from './lines.js';
import { mode, WidthCounts } from './width.js';

export { LaidOutBlock, type Block, type Segment } from './blocks.js';
export { isListLine, lineFacts } from './lineFacts.js';
export type { LayoutKind } from './layoutKind.js';

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

/**
 * Builds blocks from the classified physical lines of one text, with the rules of its
 * layout (`detectLayout`): the OCR rules below, or the flow rules of `flowRules.ts`.
 */
export function buildBlocks(lines: LineTable): { blocks: Block[]; widths: ColumnWidths; layout: LayoutEvidence } {
  const layout = detectLayout(lines);
  if (layout.kind !== 'ocr') return { blocks: buildFlowBlocks(lines, layout), widths: { narrow: layout.width, wide: null }, layout };
  return { ...buildOcrBlocks(lines), layout };
}

/** The OCR layout's blocks: lines joined by width, page and the seed's punctuation habits. */
function buildOcrBlocks(lines: LineTable): { blocks: Block[]; widths: ColumnWidths } {
  const widths = inferWidths(lines);
  const layout = new Layout(lines, widths, inferPageWidths(lines, widths));
  // The paragraph right after an attachment label or the disclosure note is a title:
  // it may be as wide as the column (or wider) and still end at its last line.
  let titlePosition = false;
  const sequence = new MarkerSequence();
  const blocks = joinLines(lines, {
    joins: (current, prevFacts, i, text, facts) =>
      titlePosition
        ? i === current.last + 1 && !lines.pageBreak[i] && !(prevFacts & ISSUER_OR_DATE)
        : !((facts & HEADING) !== 0 && sequence.follows(text)) &&
          !endsHeadLine(current, prevFacts, facts) &&
          layout.continues(current.last, prevFacts, current.lineCount === 1, i, facts),
    opened: (block, i, text, facts, after) => {
      titlePosition = after !== null && matchesAny(TITLE_ABOVE_PATTERNS, after.text);
      block.short = !layout.isFull(i, true, layout.pageWidthOf(i, widths.narrow));
      if ((facts & HEADING) !== 0) sequence.record(text);
    },
  });
  return { blocks, widths };
}

/** The joining rules, over the lines of one text and its inferred widths. */
class Layout {
  constructor(
    private readonly lines: LineTable,
    private readonly widths: ColumnWidths,
    private readonly pageWidth: Int32Array,
  ) {}

  /** The narrow column width of the page line `i` is on, or `fallback` when it has none. */
  pageWidthOf(i: number, fallback: number): number {
    return this.pageWidth[i] || fallback;
  }

  /** Line-end classes (`SENTENCE`, `PARAGRAPH`…) of the last character of line `i`. */
  private endOf(i: number): number {
    return CHAR_CLASS[this.lines.source.charCodeAt(this.lines.end[i]! - 1)]!;
  }

  /** The next text line after `i` (-1 at a re-extraction or the end). */
  private nextTextLine(i: number): number {
    const kind = this.lines.kind;
    for (let j = i + 1; j < kind.length; j++) {
      if (kind[j] === TEXT) return j;
      if (kind[j] === REEXTRACT) return -1;
    }
    return -1;
  }

  /**
   * Does line `next` continue the paragraph whose last line is `prev`?
   * `prevIsFirst` says whether `prev` is also the paragraph's first (indented) line.
   */
  continues(prev: number, prevFacts: LineFacts, prevIsFirst: boolean, next: number, nextFacts: LineFacts): boolean {
    const prevEnd = this.endOf(prev);
    const pageBreak = this.lines.pageBreak;
    // Table rows and leader-list members stand alone whatever their width; a leader label
    // (`成员单位：…`) starts a paragraph but may wrap.
    if ((prevFacts & LIST) !== 0 || (nextFacts & (LIST | LEADER_LABEL)) !== 0) return false;
    // A contents entry ends at its page number: the next title is another entry, or the first notice.
    if ((prevFacts & ENDS_ENTRY) !== 0) return false;
    if ((nextFacts & OPENS_PARAGRAPH) !== 0) return false;
    // Lines that stand alone: a document number, disclosure or 附件 label always; an issuer
    // or date line after a finished sentence.
    if (((nextFacts | prevFacts) & STANDALONE) !== 0) return false;
    if ((prevEnd & PARAGRAPH) !== 0 && (nextFacts & (ISSUER_OR_DATE | SIGNATURE)) !== 0) return false;
    // A finished sentence or clause followed by a marker: a new heading even when the line was
    // full; a finished sentence followed by a decimal number (`…随时报告。` / `3.2　应急报告`).
    if ((prevEnd & CLAUSE) !== 0 && (nextFacts & HEADING) !== 0) return false;
    if ((prevEnd & SENTENCE) !== 0 && (nextFacts & DECIMAL) !== 0) return false;
    // A heading alone on its line (`第一章 总 则` under a full-width title) is short and does
    // not end a sentence; a wrapped sentence that happens to reach a marker-like line
    // (`达到` / `一、二级安全生产标准化…`) goes on at full width or ends with punctuation.
    const after = this.nextTextLine(next);
    if (
      (nextFacts & HEADING) !== 0 &&
      (this.endOf(next) & PARAGRAPH) === 0 &&
      !this.isFull(next, false, this.pageWidthOf(next, this.widths.narrow)) &&
      !(after >= 0 && after === next + 1 && !pageBreak[after])
    ) {
      return false;
    }
    // Centred titles wrap with no blank line between their lines (`危险化学品安全生产专项整治
    // 三年行动` / `实 施 办 法`); body text always has one. An issuer line above its title
    // is the exception, and it is caught by its own pattern.
    if (next === prev + 1 && !pageBreak[next] && (prevFacts & ISSUER_OR_DATE) === 0) return true;
    // A paragraph never ends on an enumeration comma, nor inside a bracket its last line
    // opened — however short OCR made the line (`（责任单位：` / `市委宣传部、` / ` 各负有…部门）`,
    // 58 号 3667–3670; `（一）动员部署阶段（8月 24 日` / `前）…`, 54 号 1203). A bracket opened
    // on an earlier line and never closed does not count: the next heading must not be swallowed.
    if ((prevEnd & CONTINUATION) !== 0) return true;
    if ((prevFacts & OPENS_BRACKET) !== 0 && (nextFacts & HEADING) === 0) return true;
    const narrow = this.pageWidthOf(prev, this.widths.narrow);
    const width = this.lines.width;
    // First lines are indented, so a line as wide as the column never opens a paragraph:
    // a wrapped line that OCR left a little short (`划，安 排专题学习，研究制定本行`, 58 号
    // 3665) does not end one when it stops mid-word and the next line is full.
    if (
      !prevIsFirst &&
      (prevEnd & PARAGRAPH) === 0 &&
      ((prevFacts | nextFacts) & HEADING) === 0 &&
      width[prev]! >= narrow * 0.75 &&
      this.isFull(next, false, this.pageWidthOf(next, narrow)) &&
      !this.isWide(next, narrow)
    ) {
      return true;
    }
    if (!this.isFull(prev, prevIsFirst, narrow)) return false;
    // A first line ending in a colon is a lead-in that stands alone: the addressee line
    // (`岚县、交城县…人民政府，市直有关单位：`) even when it fills the line — unless the colon
    // is a label inside a bracket (`（责任单位：`).
    if (prevIsFirst && (prevEnd & COLON) !== 0 && (prevFacts & OPENS_BRACKET) === 0) return false;
    // A paragraph's second line is never indented: a line of indented width that does not
    // end the paragraph, after a first line or a finished sentence or bracket, opens a new
    // paragraph — the line before was a one-line title (`吕梁市 2020 年食品安全重点工作安排` /
    // `为认真贯彻落实…`) or the end of the previous paragraph (`…的部门。` / `本办法所称政务信
    // 息资源（政务数`; `…（责任单位：各县市区应急管理局）` / `采取有效措施…`, 58 号 13697).
    if ((prevIsFirst || (prevEnd & CLAUSE) !== 0) && after >= 0 && this.isFirstLineWidth(next, narrow) && (this.endOf(next) & PARAGRAPH) === 0) {
      return false;
    }
    // Front matter is set wider than the body: a finished sentence does not run on into
    // a line of the other width (`…市直有关单位：` / `现将《…》印发给你们…`).
    if ((prevEnd & PARAGRAPH) !== 0 && this.isWide(prev, narrow) !== this.isWide(next, narrow)) return false;
    return true;
  }

  private isWide(i: number, narrow: number): boolean {
    return this.widths.wide !== null && this.lines.width[i]! > narrow + WIDE_MARGIN;
  }

  /** Is line `i` as wide as its column (allowing the first-line indent)? */
  isFull(i: number, isFirst: boolean, narrow: number): boolean {
    const width = this.lines.width[i]!;
    if (this.isWide(i, narrow)) {
      return width >= this.widths.wide! - (isFirst ? INDENT : 0) - WIDE_SLACK;
    }
    return width >= narrow - (isFirst ? INDENT : 0) - NARROW_SLACK;
  }

  /** Full only if indented: the width band of a full first line. */
  private isFirstLineWidth(i: number, narrow: number): boolean {
    const width = this.lines.width[i]!;
    return width >= narrow - INDENT - NARROW_SLACK && width < narrow - NARROW_SLACK;
  }
}

/**
 * Widths of the text lines from `from` to `to` that can show the column's width (headings,
 * signatures and ends of paragraphs cannot), written at the start of `into` (as long as the
 * range or longer): a view of it. A typed array filled in place, not an array grown by a
 * push per line: there is a line of evidence for every two of the file's lines.
 */
function evidenceOf(lines: LineTable, from: number, to: number, into: Int32Array): Int32Array {
  const { kind, width } = lines;
  let n = 0;
  for (let i = from; i < to; i++) {
    if (kind[i] === TEXT && width[i]! >= MIN_EVIDENCE_WIDTH) into[n++] = width[i]!;
  }
  return into.subarray(0, n);
}

function inferWidths(lines: LineTable): ColumnWidths {
  const evidence = evidenceOf(lines, 0, lines.count, new Int32Array(lines.count));
  const { value: m, count: support } = mode(evidence);
  // Too few lines agree on a width (a short invented notice, a fragment): no line can
  // be shown to fill the column, so none is taken as wrapped.
  if (m === null || support < MIN_PAGE_EVIDENCE) {
    let widest = 0;
    for (let i = 0; i < lines.count; i++) if (lines.kind[i] === TEXT) widest = Math.max(widest, lines.width[i]!);
    return { narrow: widest + INDENT + NARROW_SLACK + 1, wide: null };
  }
  const narrow = m;
  const wideWidths = new WidthCounts();
  for (let i = 0; i < evidence.length; i++) if (evidence[i]! > narrow + WIDE_MARGIN) wideWidths.add(evidence[i]!);
  // The 90th percentile: the full width of wide lines, robust to one stray long line.
  const wide = wideWidths.total >= 3 ? wideWidths.atRank(Math.floor(wideWidths.total * 0.9)) : null;
  return { narrow, wide };
}

/**
 * The narrow column width of each printed page (pages start at page-break lines and
 * after page furniture), by line index (0: not a text line); pages with little evidence
 * use the file's.
 */
function inferPageWidths(lines: LineTable, widths: ColumnWidths): Int32Array {
  const { kind, pageBreak } = lines;
  const byLine = new Int32Array(lines.count);
  const scratch = new Int32Array(lines.count); // each page's evidence in turn
  let pageStart = 0;
  const closePage = (pageEnd: number) => {
    if (pageEnd <= pageStart) return;
    const evidence = evidenceOf(lines, pageStart, pageEnd, scratch);
    const { value: m, count: support } = mode(evidence);
    const trusted = m !== null && support >= MIN_PAGE_EVIDENCE && support >= evidence.length * MIN_PAGE_SHARE;
    const width = trusted ? m : widths.narrow;
    for (let i = pageStart; i < pageEnd; i++) if (kind[i] === TEXT) byLine[i] = width;
  };
  for (let i = 0; i < lines.count; i++) {
    const k = kind[i];
    if (k === RUNNING_HEADER || k === PAGE_NUMBER) {
      closePage(i);
      pageStart = i + 1;
    } else if (k === TEXT && pageBreak[i]) {
      closePage(i);
      pageStart = i;
    }
  }
  closePage(lines.count);
  return byLine;
}
