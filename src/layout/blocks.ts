/**
 * Paragraphs ("blocks") and the map from their text back to the input: every layout of
 * plain text builds its blocks here, line by line, whatever rule decides the joins.
 */
import { lineFacts, PUNCTUATED, STANDALONE, TITLE_END, type LineFacts } from './lineFacts.js';
import { REEXTRACT, TEXT, type LineTable } from './lines.js';

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

/**
 * Where the lines of a text's blocks start: one row per text line, in reading order,
 * shared by all the blocks of that text (a block owns a run of rows). Three numbers per
 * line instead of an array and an object per line.
 */
export class SegmentTable {
  readonly offset: Int32Array;
  readonly line: Int32Array;
  readonly column: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.offset = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.column = new Int32Array(capacity);
  }

  add(offset: number, line: number, column: number): number {
    const row = this.size++;
    this.offset[row] = offset;
    this.line[row] = line;
    this.column[row] = column;
    return row;
  }
}

/** A block of the plain-text layout: its segments are a run of rows of the text's `SegmentTable`. */
export class LaidOutBlock implements Block {
  constructor(
    readonly text: string,
    readonly startLine: number,
    readonly endLine: number,
    readonly region: Block['region'],
    readonly short: boolean,
    private readonly table: SegmentTable,
    private readonly first: number,
    private readonly count: number,
  ) {}

  /** The segments as objects, made on each call (the layout's own readers use `position`). */
  get segments(): Segment[] {
    const { offset, line, column } = this.table;
    const out: Segment[] = [];
    for (let r = this.first; r < this.first + this.count; r++) out.push({ offset: offset[r]!, line: line[r]!, column: column[r]! });
    return out;
  }

  /** Line and column (1-based) of `offset` in `text`: binary search over the rows. */
  position(at: number): { line: number; column: number } {
    const offset = this.table.offset;
    let lo = this.first;
    let hi = this.first + this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offset[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.table.line[lo]!, column: this.table.column[lo]! + Math.max(0, at - offset[lo]!) };
  }
}

/** A paragraph being built: the texts of its lines, joined once when it is finished. */
export class BlockBuilder {
  private readonly pieces: string[];
  private readonly firstRow: number;
  /** Index of the last line. */
  last: number;
  lineCount = 1;
  short = false;
  /** No line so far holds sentence punctuation or a comma: the block may be a title. */
  plain = true;
  /** What the first line is (`lineFacts`). */
  firstFacts: LineFacts = 0;
  /** The block opens under a title's last line or a standalone line (a document number): where addressees stand. */
  underHead = false;
  private length: number;

  constructor(
    private readonly lines: LineTable,
    private readonly table: SegmentTable,
    first: number,
    text: string,
  ) {
    this.pieces = [text];
    this.firstRow = table.add(0, first + 1, lines.column[first]!);
    this.last = first;
    this.length = text.length;
  }

  /** Latin words split over two lines get their space back; CJK never does. */
  append(i: number, text: string): void {
    const { source, start, end } = this.lines;
    if (isLatinLetter(source.charCodeAt(end[this.last]! - 1)) && isLatinLetter(source.charCodeAt(start[i]!))) {
      this.pieces.push(' ');
      this.length++;
    }
    this.table.add(this.length, i + 1, this.lines.column[i]!);
    this.pieces.push(text);
    this.length += text.length;
    this.last = i;
    this.lineCount++;
    this.short = false;
  }

  finish(region: Block['region']): Block {
    // One join builds the text flat; appending line by line made a chain of string pieces.
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    const startLine = this.table.line[this.firstRow]!;
    return new LaidOutBlock(text, startLine, this.last + 1, region, this.short, this.table, this.firstRow, this.lineCount);
  }
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** How one layout decides its joins, for `joinLines`. */
export interface LineJoiner {
  /** Does line `i` (its text and facts) go on with `current`, whose last line had `prevFacts`? */
  joins(current: BlockBuilder, prevFacts: LineFacts, i: number, text: string, facts: LineFacts): boolean;
  /** Line `i` opens `block`; `after` is the paragraph it follows (null at the start or after a re-extraction). */
  opened(block: BlockBuilder, i: number, text: string, facts: LineFacts, after: Block | null): void;
}

/**
 * The text lines of `lines` as blocks, in reading order, joined as `joiner` decides. Page
 * furniture is skipped (a paragraph goes on across it); a re-extraction's lines are
 * unwrapped, each a paragraph of its own region.
 */
export function joinLines(lines: LineTable, joiner: LineJoiner): Block[] {
  const { kind, source, start, end } = lines;
  // Every text line is one segment of one block.
  let textLines = 0;
  for (let i = 0; i < lines.count; i++) if (kind[i] === TEXT || kind[i] === REEXTRACT) textLines++;
  const segments = new SegmentTable(textLines);
  const blocks: Block[] = [];
  let current: BlockBuilder | null = null;
  let prevFacts: LineFacts = 0;
  for (let i = 0; i < lines.count; i++) {
    const k = kind[i]!;
    if (k !== TEXT && k !== REEXTRACT) continue;
    const text = source.slice(start[i]!, end[i]!);
    if (k === REEXTRACT) {
      if (current) blocks.push(current.finish('main'));
      current = null;
      blocks.push(new BlockBuilder(lines, segments, i, text).finish('reextract'));
      continue;
    }
    const facts = lineFacts(text, lines.scan[i]!, lines.separator[i]!);
    let after: Block | null = null;
    if (current) {
      if (joiner.joins(current, prevFacts, i, text, facts)) {
        current.append(i, text);
        current.plain &&= (facts & PUNCTUATED) === 0;
        prevFacts = facts;
        continue;
      }
      after = current.finish('main');
      blocks.push(after);
    }
    current = new BlockBuilder(lines, segments, i, text);
    current.plain = (facts & PUNCTUATED) === 0;
    current.firstFacts = facts;
    current.underHead = after !== null && (prevFacts & (TITLE_END | STANDALONE)) !== 0;
    joiner.opened(current, i, text, facts, after);
    prevFacts = facts;
  }
  if (current) blocks.push(current.finish('main'));
  return blocks;
}
