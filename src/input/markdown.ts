/**
 * Markdown input: a gazette written as Markdown (`.md`, or `--from md`) feeds the same
 * stages as plain text. unified + remark-parse (with remark-gfm for tables,
 * remark-cjk-friendly for emphasis next to CJK punctuation, remark-frontmatter for YAML
 * front matter) give the blocks with their positions; each heading, paragraph,
 * list-item paragraph and table row becomes one layout `Block` whose segments point at
 * lines and columns of the .md file, so every line number in the result is a line of it.
 *
 * - `## 一、总体要求` is a paragraph whose text opens with its marker: the grammar types
 *   paragraphs by their opening, as it does for plain text.
 * - A heading that prints no marker (`## 总体要求` under `# 标题`) takes the marker its
 *   depth stands for (see `HeadingNumbers`), numbered among its siblings.
 * - Emphasis (`**一、**自…`, `**（一）总体要求**`), links, strikethrough, inline code and
 *   images (their alt text) become plain text; a soft line break joins like a wrapped OCR
 *   line (nothing between CJK, a space between Latin words).
 * - An ordered list item keeps its number as a marker (`1. 全力开展…` → `1.全力开展…`), a
 *   list nested in it `（1）`, one level further `①`, so a numbered task written as a
 *   Markdown list is still a section; bullet lists are text.
 * - Table rows become blocks with `cells`, which the structure stage turns into `tables`.
 * - YAML front matter (`文号:`, `发文机关:`, `成文日期:`…) is metadata: it fills the fields
 *   the body does not print and is kept in `source.metadata`, never read as body text.
 * - Lines that hold no text (front matter, thematic breaks, table delimiter rows, HTML
 *   comments, link definitions, code fences) are counted as blank; running headers and
 *   page numbers left in by a conversion are page furniture, as in plain text.
 */
import type { Heading, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { HEADING_OPENING, MARKER_FAMILIES } from '../../grammar/data/markers.js';
import { isPageNumber, isRunningHeader, splitLines, type PhysicalLine } from '../layout/lines.js';
import type { Block } from '../layout/paragraphs.js';
import type { Diagnostic, GazetteResult } from '../model.js';
import type { ParseOptions } from '../parse.js';
import { genreOf } from '../structure/normalize.js';
import { BlockText, markupLines } from './blockText.js';
import { unreadableMetadata, type PageMetadata } from './metadata.js';
import { levelMarker } from './numbering.js';
import { analyzeReading, inputText, sourceOf, type Reading } from './source.js';

/** The Markdown reader, built once: parsing is the only thing it is asked to do. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses a gazette written as Markdown (bytes or text) into a `GazetteResult`. */
export function parseMarkdown(input: string | Uint8Array, options: ParseOptions = {}): GazetteResult {
  return analyzeReading(readMarkdown(input, options));
}

/** The paragraphs of a Markdown file, for `analyzeBlocks`. */
export function readMarkdown(input: string | Uint8Array, options: ParseOptions = {}): Reading {
  const read = inputText(input, options, 'md');
  if (!('text' in read)) return read;
  const { text, encoding, bytes, diagnostics } = read;
  const rawLines = splitLines(text);
  const tree = processor.parse(text);
  const metadata = frontMatter(tree, diagnostics);
  const blocks = readBlocks(tree, rawLines);
  const furniture = new Map<number, PhysicalLine['kind']>();
  for (const b of blocks) {
    const kind = furnitureKind(b, rawLines);
    if (kind) furniture.set(b.startLine, kind);
  }
  const lines = markupLines(rawLines, blocks, furniture);
  const main = blocks.filter((b) => furnitureKind(b, rawLines) === null);
  const source = sourceOf(options, 'md', bytes, encoding, rawLines.length);
  return { source, lines, blocks: main, diagnostics, ...(metadata ? { metadata } : {}) };
}

/**
 * The YAML front matter as label → value: scalars as written, lists joined with `、`;
 * nested maps are left out. Front matter that is not YAML is a warning, and left out.
 */
function frontMatter(tree: Root, diagnostics: Diagnostic[]): PageMetadata | undefined {
  const node = tree.children.find((n) => n.type === 'yaml');
  if (!node || node.type !== 'yaml') return undefined;
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (e) {
    diagnostics.push(unreadableMetadata(`The front matter is not YAML (${(e as Error).message.split('\n')[0]}): left out`, node.position?.start.line ?? 1));
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const metadata: PageMetadata = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const scalar = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' || v === null || v === undefined ? null : String(v).trim());
    const text = Array.isArray(value) ? value.map(scalar).filter((v) => v).join('、') : scalar(value);
    if (text) metadata[key.trim()] = text;
  }
  return metadata;
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

  /**
   * One block from phrasing content, with an optional prefix (the marker a list item's
   * number or a heading's depth stands for), left out when the text prints a marker.
   */
  const paragraph = (children: readonly PhrasingContent[], prefix?: { text: string; line: number; column: number } | null) => {
    const out = new BlockText(rawLines);
    inline(children, out);
    if (prefix && !HEADING_OPENING.test(out.text)) {
      const marked = new BlockText(rawLines);
      marked.add(prefix.text, prefix.line, prefix.column);
      inline(children, marked);
      push(marked.block());
    } else push(out.block());
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

  /** `depth`: how many ordered lists the nodes are nested in. */
  const flow = (nodes: readonly RootContent[] | readonly Nodes[], depth = 0) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading': {
          const marker = headings.next(node);
          paragraph(node.children, marker && node.position ? { text: marker, line: node.position.start.line, column: node.position.start.column } : null);
          break;
        }
        case 'paragraph':
          paragraph(node.children);
          break;
        case 'list':
          node.children.forEach((item, i) => {
            const [head, ...rest] = item.children;
            if (node.ordered && head?.type === 'paragraph' && item.position) {
              // A top-level list numbers tasks (1.), a nested one their items (（1）), then ①.
              const marker = levelMarker(depth + 3, (node.start ?? 1) + i);
              paragraph(head.children, { text: marker, line: item.position.start.line, column: item.position.start.column });
              flow(rest, depth + 1);
            } else flow(item.children, node.ordered ? depth + 1 : depth);
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
          flow(node.children, depth);
          break;
        default:
          // thematicBreak, definition, yaml: markup without text.
          if ('children' in node && Array.isArray((node as Parents).children)) flow((node as Parents).children as RootContent[], depth);
      }
    }
  };

  const headings = new HeadingNumbers(tree, (children) => {
    const out = new BlockText(rawLines);
    inline(children, out);
    return out.text;
  });
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

/** The heading level each marker family stands for (GB/T 9704: 一、 > （一） > 1. > （1） > ①). */
const FAMILY_LEVEL: ReadonlyMap<string, number> = new Map([
  ['一、', 1],
  ['（一）', 2],
  ['1.', 3],
  ['（1）', 4],
  ['①', 5],
]);

/** Longest text a heading without a marker may have and still be read as a section heading. */
const MAX_UNMARKED_HEADING = 40;

/**
 * Markers for Markdown headings that print none (`## 总体要求` under `# 标题`). The
 * shallowest heading depth in the file is the titles'; a deeper heading's level is the
 * level that the headings printing a marker at the same depth have (`## 一、…` makes
 * `##` level 1), else its depth below the titles'. It is numbered among its siblings: the
 * headings at its depth since the last shallower one, with a marker or given one. A
 * heading that reads as a title (it ends in a genre word: 通知, 方案…), an attachment
 * label or a sentence gets none.
 */
class HeadingNumbers {
  private readonly titleDepth: number;
  private readonly levelOfDepth = new Map<number, number>();
  private readonly counters: number[] = [];

  constructor(
    tree: Root,
    private readonly textOf: (children: readonly PhrasingContent[]) => string,
  ) {
    const all: Heading[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'heading') all.push(node);
      else if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(tree);
    this.titleDepth = Math.min(7, ...all.map((h) => h.depth));
    for (const h of all) {
      const family = familyOf(this.textOf(h.children));
      const level = family ? FAMILY_LEVEL.get(family) : undefined;
      if (level !== undefined && !this.levelOfDepth.has(h.depth)) this.levelOfDepth.set(h.depth, level);
    }
  }

  /** The marker `heading` stands for, or null when it prints one or is not a section heading. */
  next(heading: Heading): string | null {
    const { depth } = heading;
    this.counters.length = Math.min(this.counters.length, depth + 1);
    if (depth <= this.titleDepth) return null;
    const text = this.textOf(heading.children).trim();
    const printed = HEADING_OPENING.test(text);
    if (!printed && !isUnmarkedHeading(text)) return null;
    const n = (this.counters[depth] ?? 0) + 1;
    this.counters[depth] = n;
    if (printed) return null;
    return levelMarker(this.levelOfDepth.get(depth) ?? depth - this.titleDepth, n);
  }
}

/** The style of the marker `text` opens with, or null. */
function familyOf(text: string): string | null {
  for (const f of MARKER_FAMILIES) if (new RegExp(`^(?:${f.pattern})`).test(text.trim())) return f.style;
  return null;
}

/** A heading without a marker that reads as a section heading: short, no sentence, no title, no attachment label. */
function isUnmarkedHeading(text: string): boolean {
  return text !== '' && text.length <= MAX_UNMARKED_HEADING && !/[。；;！？]/.test(text) && genreOf(text) === null && !/^附\s*[件表]/.test(text);
}
