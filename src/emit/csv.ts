/**
 * CSV output through csv-stringify: RFC 4180 (CRLF record ends, fields with a comma,
 * quote or line break quoted, quotes doubled), a header row, UTF-8. `bom` prepends a
 * UTF-8 byte order mark so that Excel reads the Chinese text as UTF-8.
 */
import { stringify } from 'csv-stringify/sync';
import type { GazetteResult } from '../model.js';
import { TABLE_COLUMNS, tableRows, type TableName, type TableRows } from './tables.js';

/** The UTF-8 byte order mark, as a string. */
export const BOM = '\ufeff';

/** Options for `toCsv`. */
export interface CsvOptions {
  /** Write the header row (default true; false to append rows to an earlier chunk). */
  header?: boolean;
  /** Prepend a UTF-8 BOM (default false). */
  bom?: boolean;
}

/** CSV text of rows of one table, columns in `TABLE_COLUMNS` order; null is an empty cell. */
export function rowsToCsv<T extends TableName>(name: T, rows: readonly TableRows[T][], options: CsvOptions = {}): string {
  const text = stringify(rows as unknown as Record<string, unknown>[], {
    header: options.header ?? true,
    columns: [...TABLE_COLUMNS[name]],
    record_delimiter: 'windows',
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
  return (options.bom ? BOM : '') + text;
}

/**
 * The CSV rows (no header) of one table of one result, a document at a time: joined, the
 * pieces are `toCsv(name, result, { header: false })`. A document's rows are the table of
 * a result that holds only that document.
 */
export function* csvPieces(name: TableName, result: GazetteResult): Generator<string> {
  for (const doc of result.documents) {
    const text = rowsToCsv(name, tableRows(name, { ...result, documents: [doc] }), { header: false });
    if (text !== '') yield text;
  }
}

/** One table of one or several results as CSV. */
export function toCsv(name: TableName, results: GazetteResult | readonly GazetteResult[], options: CsvOptions = {}): string {
  return rowsToCsv(name, tableRows(name, results), options);
}
