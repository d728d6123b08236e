/**
 * Markdown input: a gazette written as Markdown (`.md`, or `--from md`) feeds the same
 * stages as plain text. unified + remark-parse (with remark-gfm for tables) give the
 * blocks with their positions; each heading, paragraph, list-item paragraph and table
 * row becomes one layout `Block` whose segments point at lines and columns of the .md
 * file, so every line number in the result is a line of that file.
 *
 * - `## 一、总体要求` is a paragraph whose text opens with its marker: the grammar types
 *   paragraphs by their opening, as it does for plain text. Heading depth is not used.
 * - Emphasis, links, strikethrough, inline code and images (their alt text) become plain
 *   text; a soft line break joins like a wrapped OCR line (nothing between CJK, a space
 *   between Latin words).
 * - An ordered list item keeps its number as a marker (`1. 全力开展…` → `1.全力开展…`), so
 *   a numbered task written as a Markdown list is still a section; bullet lists are text.
 * - Table rows become blocks with `cells`, which the structure stage turns into `tables`.
 * - Lines that hold no text (thematic breaks, table delimiter rows, HTML comments, link
 *   definitions, code fences) are counted as blank; running headers and page numbers
 *   left in by a conversion are page furniture, as in plain text.
 */
import { createHash } from 'node:crypto';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { decode } from '../decode.js';
import { diagnostic } from '../diagnostics.js';
import { isPageNumber, isRunningHeader, splitLines, type PhysicalLine } from '../layout/lines.js';
import type { Block, Segment } from '../layout/paragraphs.js';
import { displayWidth } from '../layout/width.js';
import type { Diagnostic, GazetteResult } from '../model.js';
import { analyzeBlocks, type ParseOptions } from '../parse.js';

/** The Markdown reader, built once: parsing is the only thing it is asked to do. */
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** CJK characters and full-width punctuation: no space where a line break joins them. */
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]/;

/** Parses a gazette written as Markdown (bytes or text) into a `GazetteResult`. */
export function parseMarkdown(input: string | Uint8Array, options: ParseOptions = {}): GazetteResult {
  const name = options.name ?? '<input>';
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
  } else {
    const decoded = decode(input, options.encoding);
    const source = { name, bytes: bytes.length, encoding: options.encoding ?? 'unknown', sha256: sha256(bytes), lines: 0 };
    if (!decoded.ok) return analyzeBlocks(source, [], [], [diagnostic(decoded.code, decoded.message, 1)]);
    text = decoded.text;
    encoding = decoded.encoding;
    if (decoded.nulCount > 0) diagnostics.push(diagnostic('input/nul-bytes', `${decoded.nulCount} NUL characters read as spaces`, 1));
  }
  if (text.includes('\u0000')) text = text.replace(/\u0000/g, ' ');

  const rawLines = splitLines(text);
  const blocks = readBlocks(processor.parse(text), rawLines);
  const lines = physicalLines(rawLines, blocks);
  const main = blocks.filter((b) => furnitureKind(b, rawLines) === null);
  const source = { name, bytes: bytes.length, encoding, sha256: sha256(bytes), lines: rawLines.length };
  return analyzeBlocks(source, lines, main, diagnostics, text.trim() === '');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A one-line block whose whole source line is a running header or page number that a
 * conversion left in. The raw line is tested: `- 20 -` reads as a Markdown list item.
 */
function furnitureKind(block: Block, rawLines: readonly string[]): 'runningHeader' | 'pageNumber' | null {
  if (block.startLine !== block.endLine || block.cells) return null;
  const raw = (rawLines[block.startLine - 1] ?? '').trim();
  if (isRunningHeader(raw)) return 'runningHeader';
  if (isPageNumber(raw)) return 'pageNumber';
  return null;
}

/**
 * Every line of the file, classified: blank, page furniture, or text. A non-blank line
 * that carries no text of any block is markup only and counts as blank.
 */
function physicalLines(rawLines: readonly string[], blocks: readonly Block[]): PhysicalLine[] {
  const withText = new Set<number>();
  const furniture = new Map<number, PhysicalLine['kind']>();
  for (const b of blocks) {
    for (const s of b.segments) withText.add(s.line);
    const kind = furnitureKind(b, rawLines);
    if (kind) furniture.set(b.startLine, kind);
  }
  return rawLines.map((raw, i) => {
    const line = i + 1;
    const start = raw.search(/\S/);
    if (start < 0 || !withText.has(line)) return { line, kind: 'blank', text: '', column: 1, pageBreak: false, width: 0 };
    const text = raw.trim();
    return { line, kind: furniture.get(line) ?? 'text', text, column: start + 1, pageBreak: false, width: displayWidth(text) };
  });
}

/** Builds the text of one block from inline content, with a segment per piece of source. */
class BlockText {
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

  /** A soft or hard line break. */
  lineBreak(): void {
    if (this.text !== '') this.pendingBreak = true;
  }

  private append(piece: string, line: number, column: number): void {
    if (this.pendingBreak || this.text === '') {
      const lead = piece.length - piece.trimStart().length;
      piece = piece.slice(lead);
      column += lead;
    }
    if (piece === '') return;
    if (this.pendingBreak) {
      this.text = this.text.trimEnd();
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

  /** The finished block, or null when it holds no text. */
  block(): Block | null {
    const text = this.text.trimEnd();
    const segments = this.segments.filter((s, i) => i === 0 || s.offset < text.length);
    if (text === '' || segments.length === 0) return null;
    const lines = segments.map((s) => s.line);
    return { text, startLine: Math.min(...lines), endLine: Math.max(...lines), segments, region: 'main', short: false };
  }
}

/** Walks the document tree and returns its text blocks in reading order. */
function readBlocks(tree: Root, rawLines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const push = (b: Block | null) => {
    if (b) blocks.push(b);
  };

  const inline = (nodes: readonly PhrasingContent[], out: BlockText) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          if (node.position) out.add(node.value, node.position.start.line, node.position.start.column + (node.type === 'inlineCode' ? codeTicks(node, rawLines) : 0));
          break;
        case 'break':
          out.lineBreak();
          break;
        case 'image':
        case 'imageReference':
          if (node.alt && node.position) out.add(node.alt, node.position.start.line, node.position.start.column);
          break;
        case 'html':
        case 'footnoteReference':
          break; // markup, no text
        default:
          if ('children' in node) inline(node.children as PhrasingContent[], out);
      }
    }
  };

  /** One block from phrasing content, with an optional prefix (a list item's number). */
  const paragraph = (children: readonly PhrasingContent[], prefix?: { text: string; line: number; column: number }) => {
    const out = new BlockText(rawLines);
    if (prefix) out.add(prefix.text, prefix.line, prefix.column);
    inline(children, out);
    push(out.block());
  };

  /**
   * Code and HTML blocks: each line with text is a paragraph of its own. HTML comments
   * (over several lines too) and tags are blanked out first, keeping every column.
   */
  const literal = (node: Extract<Nodes, { type: 'code' | 'html' }>) => {
    if (!node.position) return;
    const first = node.position.start.line;
    const last = node.position.end.line;
    let text = rawLines.slice(first - 1, last).join('\n');
    if (node.type === 'html') text = text.replace(/<!--[\s\S]*?(?:-->|$)|<[^>]*>/g, (m) => m.replace(/[^\n]/g, ' '));
    text.split('\n').forEach((raw, k) => {
      if (node.type === 'code' && /^\s*(```|~~~)/.test(raw)) return;
      const start = raw.search(/\S/);
      if (start < 0) return;
      const out = new BlockText(rawLines);
      out.add(raw.trim(), first + k, start + 1);
      push(out.block());
    });
  };

  const flow = (nodes: readonly RootContent[] | readonly Nodes[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
        case 'paragraph':
          paragraph(node.children);
          break;
        case 'list':
          node.children.forEach((item, i) => {
            const [head, ...rest] = item.children;
            if (node.ordered && head?.type === 'paragraph' && item.position) {
              const number = (node.start ?? 1) + i;
              paragraph(head.children, { text: `${number}.`, line: item.position.start.line, column: item.position.start.column });
              flow(rest);
            } else flow(item.children);
          });
          break;
        case 'table':
          for (const row of node.children) {
            const out = new BlockText(rawLines);
            const cells: string[] = [];
            for (const cell of row.children) {
              const one = new BlockText(rawLines);
              inline(cell.children, one);
              const text = one.text.trim();
              cells.push(text);
              if (text !== '') {
                if (out.text !== '') out.add(' ', one.segments[0]!.line, one.segments[0]!.column);
                for (const [k, s] of one.segments.entries()) {
                  const end = one.segments[k + 1]?.offset ?? one.text.length;
                  out.add(one.text.slice(s.offset, end), s.line, s.column);
                }
              }
            }
            const block = out.block();
            if (block) blocks.push({ ...block, cells });
          }
          break;
        case 'code':
        case 'html':
          literal(node);
          break;
        case 'blockquote':
        case 'footnoteDefinition':
        case 'listItem':
          flow(node.children);
          break;
        default:
          // thematicBreak, definition, yaml: markup without text.
          if ('children' in node && Array.isArray((node as Parents).children)) flow((node as Parents).children as RootContent[]);
      }
    }
  };

  flow(tree.children);
  return blocks;
}

/** Inline code's value starts after its opening backticks. */
function codeTicks(node: { position?: { start: { line: number; column: number } } }, rawLines: readonly string[]): number {
  const start = node.position!.start;
  const raw = rawLines[start.line - 1] ?? '';
  let n = 0;
  while (raw[start.column - 1 + n] === '`') n++;
  return n + (raw[start.column - 1 + n] === ' ' ? 1 : 0);
}
