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
  CONTINUATION,
  DECIMAL,
  ENDS_ENTRY,
  HEADING,
  ISSUER_OR_DATE,
  LEADER_LABEL,
  LIST,
  OPENS_PARAGRAPH,
  PARAGRAPH,
  SIGNATURE,
  STANDALONE,
  type LineFacts,
} from './lineFacts.js';
import type { LineTable } from './lines.js';

/** A full line may stop this many columns short of the usual width (a CJK cell and a half: punctuation kept off a line's start moves words down). */
const SLACK = 4;
/** A run of Latin letters or digits is never split: the line before it may end this much shorter. */
const MAX_WORD_CARRIED = 16;

/** Builds the blocks of a text whose layout is `lines`, `indented` or `wrapped`. */
export function buildFlowBlocks(lines: LineTable, layout: LayoutEvidence): Block[] {
  return joinLines(lines, {
    joins: (current, prevFacts, i, _text, facts) => layout.kind !== 'lines' && continues(lines, layout, current.last, prevFacts, i, facts),
    opened: (block, i) => {
      block.short = !isFull(lines, layout, i, -1);
    },
  });
}

/** Does line `next` go on with the paragraph whose last line is `prev`? */
function continues(lines: LineTable, layout: LayoutEvidence, prev: number, prevFacts: LineFacts, next: number, nextFacts: LineFacts): boolean {
  if ((prevFacts & (LIST | STANDALONE)) !== 0) return false;
  if ((prevFacts & ENDS_ENTRY) !== 0) return false; // a contents entry ends at its page number
  if ((nextFacts & (LIST | LEADER_LABEL | OPENS_PARAGRAPH | STANDALONE)) !== 0) return false;
  if (layout.kind === 'indented' && indentCells(lines, next) >= 2) return false;
  const prevEnd = CHAR_CLASS[lines.source.charCodeAt(lines.end[prev]! - 1)]!;
  // Without indents, a marker after a finished sentence opens a heading; with them, the
  // indent has already said so (a flush `（1）…` after a full line ending in `：` goes on).
  if (layout.kind === 'wrapped' && (prevEnd & CLAUSE) !== 0 && (nextFacts & (HEADING | DECIMAL)) !== 0) return false;
  if ((prevEnd & PARAGRAPH) !== 0 && (nextFacts & (ISSUER_OR_DATE | SIGNATURE)) !== 0) return false;
  if ((prevEnd & CONTINUATION) !== 0) return true;
  return isFull(lines, layout, prev, next);
}

/**
 * Was line `i` filled to the usual width (its indent included)? When the line after it
 * (`next`, -1 for none) opens with a run of Latin letters or digits, the run may have been
 * carried down whole, and `i` may stop that much shorter.
 */
function isFull(lines: LineTable, layout: LayoutEvidence, i: number, next: number): boolean {
  if (layout.width === 0) return false;
  const width = lines.width[i]! + indentCells(lines, i);
  let slack = SLACK;
  if (next >= 0) slack += Math.min(MAX_WORD_CARRIED, leadingWordWidth(lines, next));
  return width >= layout.width - slack;
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
