/**
 * The section tree of one part, built from the flat heading blocks the document
 * grammar delimits. Nesting follows the order the marker families appear in the part:
 * a family already open is a sibling (numbering may run on across parents: 50 号 counts
 * `1.`–`22.` straight through `一、`–`五、`); a new family nests under the current
 * section unless GB/T 9704 ranks it higher, in which case it closes the lower ones.
 */
import type { BlockTypes, MarkerMatch } from '../../grammar/classifyBlocks.js';
import { BRACKET_PAIRS, FAMILY_RANK, type MarkerStyle } from '../../grammar/data/markers.js';
import { diagnostic } from '../diagnostics.js';
import type { Block } from '../layout/paragraphs.js';
import type { Diagnostic, Paragraph, Section, Table } from '../model.js';
import { compactText } from './normalize.js';
import { buildTable, findTables } from './tables.js';

/** A paragraph to analyse for phrases, with the section it sits in. */
export interface TextUnit {
  block: Block;
  sectionPath: string[];
  /** A row of a table (the phrase stage reads only task tables' rows). */
  inTable?: boolean;
}

/** A part's content: its tree, loose paragraphs, tables, and its text units in reading order. */
export interface PartContent {
  sections: Section[];
  paragraphs: Paragraph[];
  tables: Table[];
  units: TextUnit[];
}

/**
 * A heading ends at the first sentence stop; `.` counts only between CJK (OCR's 。). The
 * lookbehind is checked after the `.`, so that every alternative opens with a character the
 * regular expression can scan for (with the lookbehind first, over the seed ×16's headings:
 * 1.5 → 0.95 ms).
 */
const HEADING_STOP = /[。；：;:]|\.(?<=[\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])/;

/**
 * …or after the dates of a stage, in brackets, when the text runs on with no stop:
 * `（一）动员部署阶段（8月 24 日前）传达学习…` (54 号 1203; its sibling `（二）排查研判阶段
 * （8月24日至8月31日）` stands on a line of its own). A short name, then a bracket holding
 * a date (a digit or Chinese numeral before 年, 月 or 日), closed.
 */
const DATED_STAGE = /^[^。；：;:，,（(]{2,20}[（(][^（()）。；]*?[0-9０-９一二三四五六七八九十〇]\s*[年月日][^（()）。；]*[）)]/;

/** Builds the section tree, paragraphs and tables of one part (`part`: its paragraph indexes). */
export function buildPartContent(part: readonly number[], blocks: readonly Block[], types: BlockTypes, diagnostics: Diagnostic[]): PartContent {
  const content: PartContent = { sections: [], paragraphs: [], tables: [], units: [] };
  const stack: { section: Section; style: MarkerStyle }[] = [];
  const numbering = new NumberingCheck(diagnostics);
  const tableAt = new Map(findTables(part, blocks, types));

  for (let i = 0; i < part.length; i++) {
    const index = part[i]!;
    const block = blocks[index]!;
    const tableEnd = tableAt.get(i);
    if (tableEnd !== undefined) {
      const run = part.slice(i, tableEnd + 1).map((j) => blocks[j]!);
      content.tables.push(buildTable(run, diagnostics));
      content.units.push(...run.map((row) => ({ block: row, sectionPath: stack[stack.length - 1]?.section.path ?? [], inTable: true })));
      i = tableEnd;
      continue;
    }
    const marker = types.marker[index]!;
    if (!marker) {
      const paragraph: Paragraph = { line: block.startLine, text: block.text, endLine: block.endLine };
      const top = stack[stack.length - 1];
      if (top) top.section.paragraphs.push(paragraph);
      else content.paragraphs.push(paragraph);
      content.units.push({ block, sectionPath: top ? top.section.path : [] });
      extendEnd(stack, block.endLine);
      continue;
    }
    placeHeading(stack, marker, diagnostics, block);
    const parent = stack[stack.length - 1]?.section ?? null;
    const section = makeSection(marker, block, parent);
    if (!section.heading) section.heading = headingBelow(part, i, blocks, types);
    numbering.check(section, parent, marker);
    if (parent) parent.children.push(section);
    else content.sections.push(section);
    stack.push({ section, style: marker.style });
    content.units.push({ block, sectionPath: section.path });
    extendEnd(stack, block.endLine);
  }
  return content;
}

/**
 * Pops the stack to where a heading of this family belongs. A family that GB/T 9704
 * ranks higher closes the lower ones; when that makes it the sibling of a lower-ranked
 * section (a part that opens with `1.` items and then turns to `一、`), the families are
 * out of order and that is reported.
 */
function placeHeading(stack: { section: Section; style: MarkerStyle }[], marker: MarkerMatch, diagnostics: Diagnostic[], block: Block): void {
  const open = stack.findIndex((e) => e.style === marker.style);
  if (open >= 0) {
    stack.length = open; // a sibling of the open section of the same family
    return;
  }
  const rank = FAMILY_RANK.get(marker.style)!;
  let closed: { section: Section; style: MarkerStyle } | null = null;
  while (stack.length > 0 && FAMILY_RANK.get(stack[stack.length - 1]!.style)! > rank) closed = stack.pop()!;
  if (closed && stack.length === closed.section.level - 1) {
    diagnostics.push(
      diagnostic(
        'section/family-order',
        `「${marker.text}」 follows 「${closed.section.marker}」 at the same level, but GB/T 9704 ranks ${marker.style} above ${closed.style}`,
        block.startLine,
      ),
    );
  }
}

function makeSection(marker: MarkerMatch, block: Block, parent: Section | null): Section {
  const rest = block.text.slice(marker.end);
  const stop = HEADING_STOP.exec(rest);
  const lead = rest.length - rest.trimStart().length;
  const staged = DATED_STAGE.exec(rest.slice(lead));
  const end = Math.min(stop?.index ?? rest.length, staged ? lead + staged[0].length : rest.length);
  const heading = compactText(rest.slice(0, end).trim());
  const own = pathElement(marker);
  return {
    level: (parent?.level ?? 0) + 1,
    style: marker.style,
    marker: marker.text,
    ordinal: marker.ordinal,
    heading,
    text: block.text,
    path: [...(parent?.path ?? []), own],
    line: block.startLine,
    paragraphs: [],
    children: [],
    endLine: block.endLine,
  };
}

/** A heading printed on the lines under its marker is short and unpunctuated. */
const MAX_HEADING_BELOW = 30;
const SENTENCE_MARK = /[。；：;:，,！？!?]/;

/**
 * The heading of a marker that stands alone on its line (a table's cell `（三）` with
 * `合理用药` in the cell below, a05 of the corpus): the short unmarked paragraph right
 * under it, or '' when there is none.
 */
function headingBelow(part: readonly number[], i: number, blocks: readonly Block[], types: BlockTypes): string {
  const next = part[i + 1];
  if (next === undefined || types.marker[next] || types.kind[next]!.name !== 'TextBlock') return '';
  const text = compactText(blocks[next]!.text);
  return text.length <= MAX_HEADING_BELOW && !SENTENCE_MARK.test(text) ? text : '';
}

/** The marker without punctuation: `（一）` → `一`, `1.` → `1`; `第一章` stays whole. */
function pathElement(marker: MarkerMatch): string {
  if (marker.style.startsWith('第')) return marker.text;
  return marker.text.replace(/[（()）、.．\s]/g, '');
}

function extendEnd(stack: { section: Section }[], line: number): void {
  for (const e of stack) e.section.endLine = Math.max(e.section.endLine, line);
}

/**
 * Numbering checks: each heading should be 1 (a new parent, or a new list) or follow its
 * previous sibling, or run on from the last number of its family in the part.
 */
class NumberingCheck {
  private readonly lastInFamily = new Map<MarkerStyle, number>();
  /** The last child of each family under each parent (scanning the children per heading was quadratic). */
  private readonly lastChild = new Map<Section, Map<MarkerStyle, Section>>();
  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** Checks `section`, about to become the last child of `parent` (or a top-level section). */
  check(section: Section, parent: Section | null, marker: MarkerMatch): void {
    this.checkBrackets(section, marker);
    let children: Map<MarkerStyle, Section> | undefined;
    if (parent) {
      children = this.lastChild.get(parent);
      if (!children) this.lastChild.set(parent, (children = new Map()));
    }
    const previous = children?.get(marker.style);
    children?.set(marker.style, section);
    const n = marker.ordinal;
    if (n === null) return;
    const runOn = this.lastInFamily.get(marker.style);
    const expected = new Set<number>([previous ? (previous.ordinal ?? 0) + 1 : 1]);
    if (runOn !== undefined) expected.add(runOn + 1);
    // A number 1 starts a new list (the notes `注：1.…` under a table numbered 1.–55.): a restart, never a skip.
    if (!expected.has(n) && n !== 1) {
      const after = previous?.ordinal ?? runOn;
      const what = after !== undefined && after !== null && n <= after ? 'repeats or goes back' : 'skips';
      this.diagnostics.push(
        diagnostic('section/numbering-gap', `Section number ${marker.text} ${what}: expected ${[...expected].join(' or ')}`, section.line),
      );
    }
    this.lastInFamily.set(marker.style, n);
  }

  private checkBrackets(section: Section, marker: MarkerMatch): void {
    const open = marker.text[0]!;
    const close = BRACKET_PAIRS.get(open);
    if (close === undefined) return;
    const last = marker.text[marker.text.length - 1]!;
    if (last !== close) {
      this.diagnostics.push(diagnostic('section/mismatched-bracket', `Marker ${marker.text} opens with ${open} and closes with ${last}`, section.line));
    }
  }
}
