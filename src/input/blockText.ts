/**
 * What the readers of marked-up files (Markdown, web pages, Word) share: a paragraph's
 * text built from pieces of the source, each with the line and column it came from, and
 * the line accounting of a file whose lines are partly markup.
 */
import { createHash } from 'node:crypto';
import type { PhysicalLine } from '../layout/lines.js';
import type { Block, Segment } from '../layout/paragraphs.js';
import { displayWidth } from '../layout/width.js';

/** CJK characters and full-width punctuation: no space where a line break joins them. */
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]/;

/** Builds the text of one block from pieces of source text, with a segment per piece. */
export class BlockText {
  text = '';
  readonly segments: Segment[] = [];
  private pendingBreak = false;

  constructor(private readonly rawLines: readonly string[]) {}

  /** Adds `value` whose first character is at `line`:`column`; `\n` inside is a soft break. */
  add(value: string, line: number, column: number): void {
    const pieces = value.split('\n');
    pieces.forEach((piece, k) => {
      if (k > 0) this.lineBreak();
      const at = k === 0 ? { line, column } : { line: line + k, column: this.columnOf(line + k, piece) };
      this.append(piece, at.line, at.column);
    });
  }

  /** A soft line break: wrapped lines join with nothing between CJK, a space between Latin words. */
  lineBreak(): void {
    if (this.text !== '') this.pendingBreak = true;
  }

  private append(piece: string, line: number, column: number): void {
    if (this.pendingBreak || this.text === '') {
      const lead = piece.length - piece.replace(/^[\s\u3000]+/, '').length;
      piece = piece.slice(lead);
      column += lead;
    }
    if (piece === '') return;
    if (this.pendingBreak) {
      this.text = this.text.replace(/[\s\u3000]+$/, '');
      const before = this.text[this.text.length - 1] ?? '';
      if (before !== '' && !CJK.test(before) && !CJK.test(piece[0]!)) this.text += ' ';
      this.pendingBreak = false;
    }
    this.segments.push({ offset: this.text.length, line, column });
    this.text += piece;
  }

  /** Column of a continuation line's text: where it appears in the raw line, else its first non-blank. */
  private columnOf(line: number, piece: string): number {
    const raw = this.rawLines[line - 1] ?? '';
    const probe = piece.trimStart().slice(0, 8);
    const found = probe === '' ? -1 : raw.indexOf(probe);
    if (found >= 0) return found + 1;
    const first = raw.search(/\S/);
    return first < 0 ? 1 : first + 1;
  }

  /** The finished block (surrounding whitespace, ideographic spaces too, removed), or null when it holds no text. */
  block(): Block | null {
    const text = this.text.replace(/[\s\u3000]+$/, '');
    const segments = this.segments.filter((s, i) => i === 0 || s.offset < text.length);
    if (text === '' || segments.length === 0) return null;
    const lines = segments.map((s) => s.line);
    return { text, startLine: Math.min(...lines), endLine: Math.max(...lines), segments, region: 'main', short: false };
  }
}

/**
 * Every line of a marked-up file, classified for the line accounting: a line that holds
 * text of a block is text (or the furniture `furniture` names); any other line is markup
 * only, or page chrome left out, and counts as blank.
 */
export function markupLines(rawLines: readonly string[], blocks: readonly Block[], furniture: ReadonlyMap<number, PhysicalLine['kind']> = new Map()): PhysicalLine[] {
  const withText = new Set<number>();
  for (const b of blocks) for (const s of b.segments) withText.add(s.line);
  return rawLines.map((raw, i) => {
    const line = i + 1;
    const start = raw.search(/\S/);
    if (start < 0 || !withText.has(line)) return { line, kind: 'blank', text: '', column: 1, pageBreak: false, width: 0 };
    const text = raw.trim();
    return { line, kind: furniture.get(line) ?? 'text', text, column: start + 1, pageBreak: false, width: displayWidth(text) };
  });
}

/** The hex SHA-256 of the input's bytes, for `source.sha256`. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
