/**
 * Web page input: a notice saved from a 政府信息公开 site (`.html`, `.htm`, or
 * `--from html`) feeds the same stages as plain text. unified + rehype-parse (hast, with
 * positions) read the page; every line number in the result is a line of the .html file.
 *
 * - The charset is the page's own (`<meta charset>`, `http-equiv` Content-Type; gb2312 and
 *   gbk pages are common), else it is detected as for text.
 * - The 政府信息公开 metadata table (索引号, 发文机关, 发文字号, 成文日期, 发布日期, 主题分类…)
 *   is read as metadata: it fills the document fields the body does not print and lands in
 *   `source.metadata`; it is never body text.
 * - The article is picked out of the page chrome: elements that never hold article text
 *   (scripts, navigation, forms…) and widgets named as chrome (breadcrumbs, share bars,
 *   footers) are left out, then the article container is the element that holds most of
 *   the remaining text (see `articleOf`); the page's title heading before it is taken too
 *   when the article does not repeat it. Control lines inside it (字号 大 中 小, 打印 关闭)
 *   are dropped.
 * - Paragraphs are block elements (`<p>`, `<div>`, headings, list items…); `<br>` ends a
 *   paragraph; a `<table>` row is a paragraph with its cells, which the structure stage
 *   turns into `tables`.
 * - Lines of the file that hold no article text (markup, chrome) count as blank.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decode } from '../decode.js';
import { splitLines } from '../layout/lines.js';
import type { Block } from '../layout/paragraphs.js';
import type { GazetteResult } from '../model.js';
import type { ParseOptions } from '../parse.js';
import { compactText } from '../structure/normalize.js';
import { BlockText, markupLines } from './blockText.js';
import { splitLabel } from '../../grammar/data/metadataLabels.js';
import type { PageMetadata } from './metadata.js';
import { CHROME_LINES, CHROME_NAMES, NO_TEXT_ELEMENTS, PAGE_SECTION_ELEMENTS } from './pageChrome.js';
import { analyzeReading, inputText, sourceOf, type Reading } from './source.js';

/** The HTML reader, built once. */
const processor = unified().use(rehypeParse).freeze();

/** Parses a web page (bytes or text) into a `GazetteResult`. */
export function parseHtml(input: string | Uint8Array, options: ParseOptions = {}): GazetteResult {
  return analyzeReading(readHtml(input, options));
}

/** The article's paragraphs and the metadata of a web page, for `analyzeBlocks`. */
export function readHtml(input: string | Uint8Array, options: ParseOptions = {}): Reading {
  const encoding = typeof input === 'string' || options.encoding ? options.encoding : declaredCharset(input);
  const read = inputText(input, { ...options, ...(encoding ? { encoding } : {}) }, 'html');
  // A page whose declared charset does not decode it is read as if it declared none.
  const text = !('text' in read) && encoding && !options.encoding && typeof input !== 'string' ? inputText(input, options, 'html') : read;
  if (!('text' in text)) return text;
  const rawLines = splitLines(text.text);
  const { blocks, metadata } = readPage(text.text, rawLines, { article: true });
  const source = sourceOf(options, 'html', text.bytes, text.encoding, rawLines.length);
  return { source, lines: markupLines(rawLines, blocks), blocks, diagnostics: text.diagnostics, metadata };
}

/** What a page gives the pipeline: its article's paragraphs and its metadata. */
export interface PageReading {
  blocks: Block[];
  metadata: PageMetadata;
}

/**
 * Reads the paragraphs and the metadata of an HTML text whose lines are `rawLines`.
 * `article`: pick the article out of page chrome (a web page); false reads the whole body
 * (HTML that a converter made from a Word file).
 */
export function readPage(text: string, rawLines: readonly string[], options: { article: boolean }): PageReading {
  const tree = processor.parse(text);
  const skip = new Set<Element>();
  const metadata = readMetadataTables(tree, skip);
  const body = findElement(tree, 'body') ?? tree;
  const reader = new PageText(text, rawLines, skip);
  if (!options.article) return { blocks: reader.blocks(body), metadata };
  const article = articleOf(body, skip, new Map());
  const blocks = reader.blocks(article);
  const title = article === body ? null : titleBefore(tree, article, skip);
  if (title) {
    const heading = reader.blocks(title);
    const opening = compactText(blocks.slice(0, heading.length + 2).map((b) => b.text).join(''));
    if (heading.length > 0 && !opening.startsWith(compactText(heading.map((b) => b.text).join('')))) blocks.unshift(...heading);
  }
  return { blocks, metadata };
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!m) return undefined;
  const label = m[1]!.toLowerCase();
  // A page saved as UTF-8 keeps the meta of the server's GBK: trust the bytes when they say so.
  if (label !== 'utf-8' && label !== 'utf8' && decode(bytes, 'utf-8').ok && /[\u4e00-\u9fff]/.test(Buffer.from(bytes).toString('utf8'))) return 'utf-8';
  return label;
}

/** True when `node` is an element named `name`. */
const isElement = (node: RootContent | ElementContent | Root, name?: string): node is Element => node.type === 'element' && (name === undefined || node.tagName === name);

function findElement(node: Root | Element, name: string): Element | null {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return null;
}

/** Every element below `node`, in document order. */
function elementsOf(node: Root | Element): Element[] {
  const out: Element[] = [];
  const visit = (n: Root | Element) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

/** The words of an element's class and id: `pages_content` → pages, content; `shareBox` → share, box. */
function namesOf(element: Element): string[] {
  const props = element.properties ?? {};
  const raw = [props.className, props.id].flat().filter((v) => typeof v === 'string') as string[];
  return raw.flatMap((v) =>
    v
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_-]+/)
      .filter(Boolean),
  );
}

/** True when an element never holds article text: scripts, navigation, share bars, footers… */
function isChrome(element: Element): boolean {
  if (NO_TEXT_ELEMENTS.has(element.tagName) || PAGE_SECTION_ELEMENTS.has(element.tagName)) return true;
  return namesOf(element).some((n) => CHROME_NAMES.has(n));
}

/** The plain text of an element, chrome left out. */
function plainText(node: Root | Element | ElementContent, skip: ReadonlySet<Element>): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (skip.has(node) || NO_TEXT_ELEMENTS.has(node.tagName))) return '';
  return (node.children as ElementContent[]).map((c) => plainText(c, skip)).join(node.type === 'element' && node.tagName === 'tr' ? ' ' : '');
}

/**
 * The 政府信息公开 tables: a `<table>` with two or more cells that are metadata labels
 * (`索引号：`, `发文字号`…). Each label's value is the rest of its cell (`发文字号：国发〔2019〕3号`)
 * or the next cell. The tables are added to `skip`: never body text.
 */
function readMetadataTables(tree: Root, skip: Set<Element>): PageMetadata {
  const metadata: PageMetadata = {};
  for (const table of elementsOf(tree).filter((e) => e.tagName === 'table')) {
    // The table's own cells (not those of a table inside it), each without a table inside.
    const cells = cellsOf(table)
      .filter((cell) => !elementsOf(cell).some((e) => e.tagName === 'table'))
      .map((cell) => plainText(cell, skip).replace(/[\s\u3000\u00a0]+/g, ' ').trim());
    const labelled = cells.map((cell) => splitLabel(cell));
    if (labelled.filter((l) => l !== null).length < 2) continue;
    labelled.forEach((l, i) => {
      if (!l) return;
      const value = l.value !== '' ? l.value : labelled[i + 1] === null ? (cells[i + 1] ?? '') : '';
      if (value !== '' && !(l.label in metadata)) metadata[l.label] = value;
    });
    skip.add(table);
  }
  return metadata;
}

/** The cells of a table's own rows, in order. */
function cellsOf(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const c of node.children) {
      if (!isElement(c) || c.tagName === 'table') continue;
      if (c.tagName === 'td' || c.tagName === 'th') out.push(c);
      else visit(c);
    }
  };
  visit(table);
  return out;
}

/** A row is page layout, not data, when a cell holds a table or this much text. */
const LAYOUT_CELL_WEIGHT = 500;

/** CJK characters of the text below `node` outside links and chrome: how much article text it holds. */
function weightOf(node: Root | Element, skip: ReadonlySet<Element>, memo: Map<Element | Root, number>): number {
  const known = memo.get(node);
  if (known !== undefined) return known;
  let w = 0;
  for (const c of node.children) {
    if (c.type === 'text') w += cjkCount(c.value);
    else if (isElement(c) && !skip.has(c) && !isChrome(c) && c.tagName !== 'a') w += weightOf(c, skip, memo);
  }
  memo.set(node, w);
  return w;
}

function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** A child holding this share of its parent's article text is the article, or holds it. */
const ARTICLE_SHARE = 0.8;

/**
 * The article container: from `<body>` down, into the child that holds most of the text
 * while it holds at least `ARTICLE_SHARE` of its parent's; where the text spreads over
 * several children (the paragraphs), that element is the article.
 */
function articleOf(body: Root | Element, skip: ReadonlySet<Element>, memo: Map<Element | Root, number>): Root | Element {
  let node: Root | Element = body;
  for (;;) {
    const total = weightOf(node, skip, memo);
    let best: Element | null = null;
    let bestWeight = 0;
    for (const c of node.children) {
      if (!isElement(c) || skip.has(c) || isChrome(c)) continue;
      const w = weightOf(c, skip, memo);
      if (w > bestWeight) [best, bestWeight] = [c, w];
    }
    if (!best || total === 0 || bestWeight < ARTICLE_SHARE * total || BLOCKS_OF_TEXT.has(best.tagName)) return node;
    node = best;
  }
}

/** Elements that are one paragraph: never descended into as the article. */
const BLOCKS_OF_TEXT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre']);

/**
 * The page's title heading before the article: the last `<h1>`–`<h3>`, or element named
 * `title`, that comes before it in the page, outside chrome and metadata, and holds text.
 */
function titleBefore(tree: Root, article: Element | Root, skip: ReadonlySet<Element>): Element | null {
  let found: Element | null = null;
  const visit = (node: Root | Element): boolean => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (c === article) return true;
      if (skip.has(c) || NO_TEXT_ELEMENTS.has(c.tagName) || (c.tagName !== 'header' && isChrome(c))) continue;
      const heading = /^h[1-3]$/.test(c.tagName) || namesOf(c).includes('title');
      if (heading && cjkCount(plainText(c, skip)) >= 4) found = c;
      else if (visit(c)) return true;
    }
    return false;
  };
  visit(tree);
  return found;
}

/** Elements that start and end a paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** True when a table row lays out the page (a cell holds a table, or a whole article's text). */
function isLayoutRow(tr: Element, skip: ReadonlySet<Element>): boolean {
  return cellsOf(tr).some((cell) => elementsOf(cell).some((e) => e.tagName === 'table') || cjkCount(plainText(cell, skip)) >= LAYOUT_CELL_WEIGHT);
}

/** An entity or character reference in the source. */
const REFERENCE = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/;

/** Builds the paragraphs of a part of the page, each mapped to lines and columns of the file. */
class PageText {
  constructor(
    private readonly source: string,
    private readonly rawLines: readonly string[],
    private readonly skip: ReadonlySet<Element>,
  ) {}

  /** The paragraphs below `root`, control lines (字号, 打印 关闭) left out. */
  blocks(root: Root | Element): Block[] {
    const out: Block[] = [];
    let current = new BlockText(this.rawLines);
    const close = () => {
      const block = current.block();
      if (block && !CHROME_LINES.some((p) => p.test(compactText(block.text)))) out.push(block);
      current = new BlockText(this.rawLines);
    };
    const walk = (node: Root | Element) => {
      for (const c of node.children) {
        if (c.type === 'text') this.addText(c, current);
        else if (isElement(c)) {
          if (this.skip.has(c) || isChrome(c)) continue;
          if (c.tagName === 'br') close();
          else if (c.tagName === 'tr' && !isLayoutRow(c, this.skip)) {
            close();
            const row = this.row(c);
            if (row) out.push(row);
          } else if (c.tagName === 'img') {
            const alt = c.properties?.alt;
            if (typeof alt === 'string' && alt.trim() !== '' && c.position) current.add(alt, c.position.start.line, c.position.start.column);
          } else if (BLOCK_ELEMENTS.has(c.tagName)) {
            close();
            walk(c);
            close();
          } else walk(c);
        }
      }
    };
    walk(root);
    close();
    return out;
  }

  /** A table row: one paragraph with its cells, or null when it holds no text. */
  private row(tr: Element): Block | null {
    const out = new BlockText(this.rawLines);
    const cells: string[] = [];
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      // A cell's paragraphs are one cell; each starts on a line of its own in the text.
      const paragraphs = this.blocks(cell);
      const text = paragraphs.map((p) => p.text).join('');
      cells.push(text);
      for (const p of paragraphs) {
        if (out.text !== '') out.add(' ', p.segments[0]!.line, p.segments[0]!.column);
        p.segments.forEach((s, k) => out.add(p.text.slice(s.offset, p.segments[k + 1]?.offset ?? p.text.length), s.line, s.column));
      }
    }
    const block = out.block();
    return block && cells.some((c) => c !== '') ? { ...block, cells } : null;
  }

  /**
   * A text node: its value (references decoded) mapped back to the source, a new segment
   * after each reference so that the columns after `&nbsp;` stay right.
   */
  private addText(node: Text, out: BlockText): void {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) {
      if (start) out.add(node.value, start.line, start.column);
      return;
    }
    const raw = this.source.slice(start.offset, end.offset);
    if (raw === node.value) {
      out.add(node.value, start.line, start.column);
      return;
    }
    let line = start.line;
    let column = start.column;
    let i = 0; // in node.value
    let j = 0; // in raw
    let piece = { from: 0, line, column };
    const flush = (to: number) => {
      if (to > piece.from) out.add(node.value.slice(piece.from, to), piece.line, piece.column);
    };
    const advance = (n: number) => {
      for (let k = 0; k < n; k++, j++) {
        if (raw[j] === '\n') [line, column] = [line + 1, 1];
        else column++;
      }
    };
    while (i < node.value.length && j < raw.length) {
      if (node.value[i] === raw[j]) {
        i++;
        advance(1);
      } else if (raw[j] === '\r') advance(1);
      else {
        const ref = raw[j] === '&' ? REFERENCE.exec(raw.slice(j)) : null;
        if (!ref) break;
        flush(i);
        const width = /[\ud800-\udbff]/.test(node.value[i]!) ? 2 : 1;
        out.add(node.value.slice(i, i + width), line, column);
        i += width;
        advance(ref[0].length);
        piece = { from: i, line, column };
      }
    }
    flush(i);
    if (i < node.value.length) out.add(node.value.slice(i), line, column);
  }
}
