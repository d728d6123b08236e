/**
 * The phrase stage: finds responsibility clauses, date phrases, targets and citations
 * in one paragraph. Each finder is its own module with its own grammar; this module
 * runs them, hands them the paragraph's context and shares the paragraph's phrase tokens.
 */
import type { Block, Segment } from '../layout/paragraphs.js';
import type { Citation, DatePhrase, Diagnostic, Responsibility, Target } from '../model.js';
import { phraseTokens } from '../../grammar/phrase/scan.js';
import { citationFindings } from './citations.js';
import { dateFindings } from './dates.js';
import { positionAt } from '../structure/sourceMap.js';
import { cellClause, findResponsibilities } from './responsibilities.js';
import { targetsOf } from './targets.js';
import { rowCells, taskColumnsOf, taskRows, type Cell, type TaskColumns } from './taskTables.js';

/**
 * What the phrase stage carries from one paragraph of a document to the next: the rules a
 * document states once and that hold for the rest of it.
 */
export interface DocumentPhraseState {
  /**
   * The document has said that the agency listed first in a clause leads
   * (`排在第一位的部门为牵头部门，下同`, `列第一位者为牵头单位，下同`).
   */
  leadFirst: boolean;
  /** The columns of the task table being read (its header row), or null outside one. */
  taskColumns: TaskColumns | null;
}

/** A fresh state for a document's first paragraph. */
export function newDocumentState(): DocumentPhraseState {
  return { leadFirst: false, taskColumns: null };
}

/** What a phrase finder knows about the paragraph it reads. */
export interface PhraseContext {
  block: Block;
  /** Path of the innermost section holding the paragraph. */
  sectionPath: string[];
  /** The document's own date (成文日期, ISO), for phrases that print no year. */
  documentDate: string | null;
  diagnostics: Diagnostic[];
  /** The document's state, shared by its paragraphs in reading order (none: each paragraph alone). */
  document?: DocumentPhraseState;
  /** The paragraph is a row of a table the layout found: read only when it is a task table's. */
  inTable?: boolean;
}

/** Everything the phrase stage found in one paragraph. */
export interface PhraseFindings {
  responsibilities: Responsibility[];
  dates: DatePhrase[];
  targets: Target[];
  citations: Citation[];
}

/**
 * Runs every phrase finder over one paragraph. The paragraph is lexed once for dates,
 * targets and citations, and each is found once: targets take the dates and citations
 * found here to stay out of them. A paragraph printed as a table row (`1 | … | 市发展改革委 |`)
 * is read cell by cell (`rowPhrases`).
 */
export function findPhrases(ctx: PhraseContext): PhraseFindings {
  if (ctx.inTable) return tableRowPhrases(ctx);
  const cells = rowCells(ctx.block.text);
  return cells ? rowPhrases(ctx, cells) : paragraphPhrases(ctx);
}

/** No phrases. */
const nothing = (): PhraseFindings => ({ responsibilities: [], dates: [], targets: [], citations: [] });

/**
 * A row of a table the layout found (a Markdown table's row with its cells, a row printed
 * with `|`, or with spaces between cells): read as a task table's header or row, and not at
 * all when the table is no task table (a table of figures holds no targets).
 */
function tableRowPhrases(ctx: PhraseContext): PhraseFindings {
  const cells = cellsOfTableRow(ctx.block);
  const header = taskColumnsOf(cells.map((c) => c.text));
  if (header && ctx.document) ctx.document.taskColumns = header;
  const columns = header ? null : ctx.document?.taskColumns;
  if (!columns || !taskRows(cells, columns)) return nothing();
  return rowPhrases(ctx, cells);
}

/** A table row's cells with their offsets: as the input split them, else at `|`, else at runs of spaces. */
function cellsOfTableRow(block: Block): Cell[] {
  const text = block.text;
  const printed = block.cells ?? null;
  if (printed) {
    // A Markdown row's text is its non-empty cells joined by one space.
    const out: Cell[] = [];
    let at = 0;
    for (const cell of printed) {
      const start = cell === '' ? at : text.indexOf(cell, at);
      if (start < 0) return printed.map((c) => ({ text: c, start: 0, end: 0 }));
      out.push({ text: cell, start, end: start + cell.length });
      at = start + cell.length;
    }
    return out;
  }
  const piped = rowCells(text);
  if (piped) return piped;
  const out: Cell[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function paragraphPhrases(ctx: PhraseContext): PhraseFindings {
  const responsibilities = findResponsibilities(ctx);
  const tokens = phraseTokens(ctx.block.text);
  if (tokens.length === 0) return { ...nothing(), responsibilities };
  const dates = dateFindings(ctx, tokens);
  const citations = citationFindings(ctx, tokens);
  return {
    responsibilities,
    dates: dates.map((f) => f.phrase),
    targets: targetsOf(ctx, tokens, dates, citations),
    citations: citations.map((f) => f.citation),
  };
}

/**
 * A table row printed as text, cell by cell: no phrase runs across a separator. A task
 * table's header (`序号 | 主要工作任务 | 责任单位 |`) sets the document's columns and holds no
 * phrase; in a row under it with as many cells, the responsibility cells are one clause
 * (the column's label is its label) and the other cells are read as paragraphs.
 */
function rowPhrases(ctx: PhraseContext, cells: readonly Cell[]): PhraseFindings {
  const found = nothing();
  const header = taskColumnsOf(cells.map((c) => c.text));
  if (header) {
    if (ctx.document) ctx.document.taskColumns = header;
    return found;
  }
  const columns = ctx.document?.taskColumns;
  const rows = columns ? taskRows(cells, columns) : null;
  const responsibleColumns = new Set(rows ? columns!.responsible.map((r) => r.index) : []);
  // Cells that are no responsibility cell of a task row: read as paragraphs, in order.
  const width = rows ? columns!.count : cells.length;
  cells.forEach((cell, i) => {
    const inRow = rows !== null && i < rows.length * width;
    if (cell.text === '' || (inRow && responsibleColumns.has(i % width))) return;
    const f = paragraphPhrases({ ...ctx, block: subBlock(ctx.block, cell.start, cell.end) });
    // Item by item: a spread of a huge cell's phrases would overflow the call stack.
    for (const r of f.responsibilities) found.responsibilities.push(r);
    for (const d of f.dates) found.dates.push(d);
    for (const t of f.targets) found.targets.push(t);
    for (const c of f.citations) found.citations.push(c);
  });
  for (const row of rows ?? []) {
    const clause = cellClause(columns!.responsible.map((r) => ({ ...row[r.index]!, label: r.label })), ctx);
    if (clause) found.responsibilities.push(clause);
  }
  return found;
}

/** The part `[start, end)` of a paragraph as a paragraph of its own, mapped to the same input positions. */
function subBlock(block: Block, start: number, end: number): Block {
  const first = positionAt(block, start);
  const segments: Segment[] = [{ offset: 0, line: first.line, column: first.column }];
  for (const s of block.segments) if (s.offset > start && s.offset < end) segments.push({ offset: s.offset - start, line: s.line, column: s.column });
  const last = segments[segments.length - 1]!;
  return { text: block.text.slice(start, end), startLine: first.line, endLine: last.line, segments, region: block.region, short: block.short };
}
