/** Maps an offset in a paragraph's text back to its input line and column. */
import { LaidOutBlock, type Block } from '../layout/paragraphs.js';

/** A position in the original input. */
export interface Position {
  line: number;
  column: number;
}

/** Line and column (1-based) of `offset` in `block.text`. Binary search over the segments. */
export function positionAt(block: Block, offset: number): Position {
  // The plain-text layout keeps its segments in a table; other readers build them as objects.
  if (block instanceof LaidOutBlock) return block.position(offset);
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  return { line: seg.line, column: seg.column + Math.max(0, offset - seg.offset) };
}
