/**
 * Task tables (任务分解表, 责任清单) printed as text, one row a paragraph with its cells
 * between `|`: `序号 | 主要工作任务 | 责任单位 |` then `1 | 地区生产总值增长6%左右。 |
 * 市发展改革委 |` (嘉政办发〔2023〕7号). The header names the columns; each row under it is a
 * task, its responsibility cells a clause and its deadline cell a date. Also read by the
 * `tasks` table (`src/emit/tables.ts`), which gives each row its own task.
 */
import { CLAUSE_LABELS } from '../../grammar/data/roleWords.js';
import { CELL_SEPARATORS, DEADLINE_COLUMN_WORDS, INDEX_COLUMN_WORDS, TASK_COLUMN_WORDS } from '../../grammar/data/tableLines.js';

/** A cell of a row: its text as printed and where it sits in the paragraph's text. */
export interface Cell {
  text: string;
  /** Offset of the cell's first character (after leading spaces) in the row's text. */
  start: number;
  end: number;
}

/** What each column of a task table holds, by column index. */
export interface TaskColumns {
  /** Cells of the header row: a row has as many. */
  count: number;
  task: number;
  /** Columns naming who is responsible, with their labels (`责任单位`, `牵头单位`…), in order. */
  responsible: { index: number; label: string }[];
  deadline: number | null;
  /** The column of row numbers (`序号`), if any. */
  index: number | null;
}

const SEPARATOR_CODES = new Set(CELL_SEPARATORS.map((c) => c.charCodeAt(0)));
const LABELS_LONGEST_FIRST = [...CLAUSE_LABELS].sort((a, b) => b.length - a.length);

/**
 * The cells of a paragraph printed as a table row, or null when it is not one (fewer than
 * two separators). Leading and trailing separators (`| a | b |`) open and close no cell.
 */
export function rowCells(text: string): Cell[] | null {
  // Most paragraphs hold no separator: one native search each rules them out.
  if (!CELL_SEPARATORS.some((c) => text.includes(c))) return null;
  let separators = 0;
  for (let i = 0; i < text.length; i++) if (SEPARATOR_CODES.has(text.charCodeAt(i))) separators++;
  if (separators < 2) return null;
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SEPARATOR_CODES.has(text.charCodeAt(i))) continue;
    let start = from;
    let end = i;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    cells.push({ text: text.slice(start, end), start, end });
    from = i + 1;
  }
  if (cells[0]?.text === '') cells.shift();
  if (cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

/** The columns of a header row, or null when the row is not a task table's header. */
export function taskColumnsOf(header: readonly string[]): TaskColumns | null {
  const names = header.map((h) => h.replace(/\s+/g, ''));
  const responsible: TaskColumns['responsible'] = [];
  let task = -1;
  let deadline: number | null = null;
  let rowNumber: number | null = null;
  names.forEach((name, index) => {
    const label = LABELS_LONGEST_FIRST.find((l) => name.includes(l));
    if (label) responsible.push({ index, label });
    else if (rowNumber === null && INDEX_COLUMN_WORDS.includes(name)) rowNumber = index;
    else if (deadline === null && DEADLINE_COLUMN_WORDS.some((w) => name.includes(w))) deadline = index;
    else if (task < 0 && TASK_COLUMN_WORDS.some((w) => name.includes(w))) task = index;
  });
  return task >= 0 && responsible.length > 0 ? { count: names.length, task, responsible, deadline, index: rowNumber } : null;
}

const ROW_NUMBER = /^[0-9０-９]{1,3}[.．、]?$/;

/**
 * The rows of a task table among a paragraph's cells: one row when the paragraph has as
 * many cells as the header; several when a layout joined rows into one paragraph
 * (`…| 市发展改革委 |7 | 居民消费价格指数…|`), each then opening with its row number when the
 * table numbers its rows; a row cut short at the end is no row. Null when the cells do not
 * divide into rows.
 */
export function taskRows(cells: readonly Cell[], columns: TaskColumns): Cell[][] | null {
  if (cells.length === columns.count) return [[...cells]];
  if (cells.length < columns.count || columns.index === null) return null;
  const rows: Cell[][] = [];
  for (let i = 0; i + columns.count <= cells.length; i += columns.count) {
    const row = cells.slice(i, i + columns.count);
    if (!ROW_NUMBER.test(row[columns.index]!.text)) return rows.length > 0 ? rows : null;
    rows.push(row);
  }
  return rows;
}
