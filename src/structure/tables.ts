/**
 * Tables: runs of table-line blocks (rows, header cells, bare row indexes) and the short
 * text blocks caught between them (a cell that wrapped: `国有土地上…` under row `10`;
 * header cells `劳务品牌` / `特色工种`). Rows are split into cells at spaces where the
 * line has columns; other blocks become one cell each, and that is reported.
 */
import type { BlockTypes } from '../../grammar/classifyBlocks.js';
import { TableLineBlock, TextBlock } from '../../grammar/documentTokens.js';
import { diagnostic } from '../diagnostics.js';
import type { Block } from '../layout/paragraphs.js';
import type { Diagnostic, Table } from '../model.js';

/** A text block inside a table is short and has no sentence punctuation. */
const CELL_TEXT = /^[^。；;，,：:]{1,60}$/;
/** A run needs this many table lines to be a table (one stray row-like line is text). */
const MIN_TABLE_LINES = 2;

/**
 * The tables among a part's blocks (`part`: paragraph indexes), as [first, last]
 * positions in `part`: maximal runs of cells that start and end with a table line and
 * hold at least two of them.
 */
export function findTables(part: readonly number[], blocks: readonly Block[], types: BlockTypes): [number, number][] {
  const isLine = (i: number) => types.kind[part[i]!] === TableLineBlock;
  const isCell = (i: number) => isLine(i) || (types.kind[part[i]!] === TextBlock && CELL_TEXT.test(blocks[part[i]!]!.text));
  const out: [number, number][] = [];
  let i = 0;
  while (i < part.length) {
    if (!isLine(i)) {
      i++;
      continue;
    }
    let last = i;
    let lines = 1;
    let j = i + 1;
    while (j < part.length && isCell(j)) {
      if (isLine(j)) {
        last = j;
        lines++;
      }
      j++;
    }
    if (lines >= MIN_TABLE_LINES) out.push([i, last]);
    i = last + 1;
  }
  return out;
}

const NUMBER = /^[0-9０-９.]+$/;
const NUMBERS_ONLY = /^[0-9０-９.]+(?:\s+[0-9０-９.]+)+$/;
const ROW_START = [/^[0-9０-９]{1,3}(?:\s|$)/, /^[\u4e00-\u9fff、]{1,10}(?:\s+[0-9０-９.]+){3,}$/, /^[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff]{2,8})+$/];

/**
 * Cells of a block without columns: lines printed with no blank line between them are
 * one wrapped cell (`国有土地上…农村危` / `房改造领域…`); a blank line starts the next cell.
 */
function cellsByLine(block: Block): string[] {
  const cells: string[] = [];
  const segments = block.segments;
  segments.forEach((seg, i) => {
    const end = segments[i + 1]?.offset ?? block.text.length;
    const piece = block.text.slice(seg.offset, end).replace(/\s+/g, '');
    const tight = i > 0 && seg.line === segments[i - 1]!.line + 1;
    if (tight && cells.length > 0) cells[cells.length - 1] += piece;
    else cells.push(piece);
  });
  return cells;
}

/** Builds one table from the blocks of a run. */
export function buildTable(blocks: readonly Block[], diagnostics: Diagnostic[]): Table {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const uncertain: number[] = [];
  let width = 0; // cells in the first row: the header, usually
  for (const block of blocks) {
    if (block.cells) {
      // Cells given by the input (a Markdown table row): one row, split as given.
      rows.push([...block.cells]);
      rowLines.push(block.startLine);
      if (rows.length === 1) width = rows[0]!.length;
      continue;
    }
    const text = block.text.trim();
    const hasColumns = /\s/.test(text) && (ROW_START.some((p) => p.test(text)) || NUMBERS_ONLY.test(text));
    const cells = hasColumns ? text.split(/\s+/) : cellsByLine(block);
    const current = rows[rows.length - 1];
    const numbersOnly = cells.every((c) => NUMBER.test(c)) && cells.length > 1;
    const startsRow = hasColumns && !numbersOnly;
    const bareIndex = /^[0-9０-９]{1,3}$/.test(text);
    // After the header, a text block opens a new row once the current one has all its cells.
    const complete = rows.length >= 2 && current !== undefined && current.length >= width;
    if (!current || startsRow || bareIndex || (complete && !numbersOnly)) {
      rows.push([...cells]);
      rowLines.push(block.startLine);
      if (!hasColumns && !bareIndex) uncertain.push(block.startLine);
    } else {
      current.push(...cells);
      if (!hasColumns) uncertain.push(rowLines[rowLines.length - 1]!);
    }
    if (rows.length === 1) width = rows[0]!.length;
  }
  const table: Table = { startLine: blocks[0]!.startLine, endLine: blocks[blocks.length - 1]!.endLine, rows, rowLines };
  const lines = [...new Set(uncertain)];
  if (lines.length > 0) {
    diagnostics.push(
      diagnostic('table/uncertain-cells', `Table rows at lines ${lines.join(', ')}: cells taken one per line, columns not certain`, lines[0]!),
    );
  }
  return table;
}
