/**
 * The joining rules of the layouts without the OCR rhythm (see `layoutKind.ts`):
 *
 * - `lines`: one paragraph per line — never joined;
 * - `indented`: a paragraph opens with an indent, so an indented line always opens one; a
 *   line flush with the margin goes on with the paragraph above when that line was full
 *   (or stopped at an enumeration comma), even when it opens with a marker — page furniture
 *   between them is skipped;
 * - `wrapped`: no indent to go by: a line goes on with the paragraph above when that line
 *   was full, unless a heading marker follows a finished sentence.
 *
 * In both wrapped layouts a line that stands alone (a document number, a disclosure note,
 * a table row, an attachment label or list) never joins, and an issuer or date line does
 * not join a finished sentence.
 */
import { joinLines, type Block } from './blocks.js';
import { indentCells, type LayoutEvidence } from './layoutKind.js';
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
  STANDALONE,
  endsHeadLine,
  type LineFacts,
} from './lineFacts.js';
import type { LineTable } from './lines.js';

/** A full line may stop this many columns short of the usual width (a CJK cell and a half: punctuation kept off a line's start moves words down). */
const SLACK = 4;
/** A run of Latin letters or digits is never split: the line before it may end this much shorter. */
const MAX_WORD_CARRIED = 16;
/** A paragraph's first line is indented two cells; text that lost the indent shows it this much shorter. */
const LOST_INDENT = 4;
/** Opening brackets and quotes never end a line: they are carried down with what they open. */
const OPENING_MARKS = new Set([...'（(《“‘〔【「『'].map((c) => c.charCodeAt(0)));

/** Builds the blocks of a text whose layout is `lines`, `indented` or `wrapped`. */
export function buildFlowBlocks(lines: LineTable, layout: LayoutEvidence): Block[] {
  return joinLines(lines, {
    joins: (current, prevFacts, i, _text, facts) =>
      layout.kind !== 'lines' && !endsHeadLine(current, prevFacts, facts) && continues(lines, layout, current.last, prevFacts, current.lineCount === 1, i, facts),
    opened: (block, i) => {
      block.short = !isFull(lines, layout, i, -1);
    },
  });
}

/** Does line `next` go on with the paragraph whose last line is `prev` (its first line too when `prevIsFirst`)? */
function continues(lines: LineTable, layout: LayoutEvidence, prev: number, prevFacts: LineFacts, prevIsFirst: boolean, next: number, nextFacts: LineFacts): boolean {
  if ((prevFacts & (LIST | STANDALONE)) !== 0) return false;
  if ((prevFacts & ENDS_ENTRY) !== 0) return false; // a contents entry ends at its page number
  if ((nextFacts & (LIST | LEADER_LABEL | OPENS_PARAGRAPH | STANDALONE)) !== 0) return false;
  if (layout.kind === 'indented' && indentCells(lines, next) >= 2) return false;
  const prevEnd = endClass(lines, prev);
  // Without indents, a marker after a finished sentence opens a heading; with them, the
  // indent has already said so (a flush `（1）…` after a full line ending in `：` goes on).
  if (layout.kind === 'wrapped' && (prevEnd & CLAUSE) !== 0 && (nextFacts & (HEADING | DECIMAL)) !== 0) return false;
  if ((prevEnd & PARAGRAPH) !== 0 && (nextFacts & (ISSUER_OR_DATE | SIGNATURE)) !== 0) return false;
  if ((prevEnd & CONTINUATION) !== 0) return true;
  // Without indents, a line at the width of a first line (full but for the lost indent) after a
  // finished sentence opens a paragraph when it goes on itself: the paragraph above happened
  // to end at the end of its line (`…调整有关措施。` / `明晰的自贸试验区管理体制…`).
  if (layout.kind === 'wrapped' && (prevEnd & CLAUSE) !== 0 && isFirstLineWidth(lines, layout, next) && (endClass(lines, next) & PARAGRAPH) === 0) return false;
  // Without indents, a one-line paragraph ending in a colon is a lead-in that stands alone (the
  // addressee line `…各街道办事处、镇政府：` that happens to fill its line), unless the colon is
  // a label inside an open bracket.
  if (layout.kind === 'wrapped' && prevIsFirst && (prevEnd & COLON) !== 0 && (prevFacts & OPENS_BRACKET) === 0) return false;
  return isFull(lines, layout, prev, next, layout.kind === 'wrapped' && prevIsFirst);
}

/**
 * Was line `i` filled to the usual width (its indent included)? When the line after it
 * (`next`, -1 for none) opens with a run of Latin letters or digits, or with an opening
 * bracket or quote, the run or the bracket may have been carried down whole, and `i` may
 * stop that much shorter. A first line whose indent the text lost (`lostIndent`) stops two
 * cells shorter.
 */
function isFull(lines: LineTable, layout: LayoutEvidence, i: number, next: number, lostIndent = false): boolean {
  if (layout.width === 0) return false;
  const width = lines.width[i]! + indentCells(lines, i);
  let slack = SLACK + (lostIndent ? LOST_INDENT : 0);
  if (next >= 0) {
    slack += Math.min(MAX_WORD_CARRIED, leadingWordWidth(lines, next));
    if (OPENING_MARKS.has(lines.source.charCodeAt(lines.start[next]!))) slack += 2;
  }
  return width >= layout.width - slack;
}

/** Line-end classes (`SENTENCE`, `PARAGRAPH`…) of the last character of line `i`. */
function endClass(lines: LineTable, i: number): number {
  return CHAR_CLASS[lines.source.charCodeAt(lines.end[i]! - 1)]!;
}

/** Is line `i` as wide as a paragraph's first line that lost its indent: short of full by about the indent? */
function isFirstLineWidth(lines: LineTable, layout: LayoutEvidence, i: number): boolean {
  const width = lines.width[i]!;
  return width >= layout.width - LOST_INDENT - SLACK && width < layout.width - SLACK / 2;
}

/** Width of the run of ASCII letters and digits a line opens with. */
function leadingWordWidth(lines: LineTable, i: number): number {
  const { source, start, end } = lines;
  let at = start[i]!;
  while (at < end[i]! && isAsciiAlnum(source.charCodeAt(at))) at++;
  return at - start[i]!;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
