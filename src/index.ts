/**
 * gazette-parse as a library: parse Chinese government gazettes (OCR'd plain text,
 * Markdown, web pages, PDF, Word) into documents, section trees, responsibility clauses,
 * dates and targets (output contract v1), flatten them into tables, render them, and
 * check them for CI.
 */
export { parseGazette, type ParseOptions } from './parse.js';
export { analyzeBlocks } from './parse.js';
export { parseMarkdown } from './input/markdown.js';
export { parseHtml } from './input/html.js';
export { parsePdf } from './input/pdf.js';
export { parseDocx } from './input/docx.js';
export { sniffKind } from './input/sniff.js';
export { formatOf, FORCED_FORMATS, DIRECTORY_EXTENSIONS, type InputFormat } from './cli/inputs.js';
export { readInput, kindOf } from './cli/reader.js';
export { parseInput, check } from './cli/api.js';
export { validateResult, RESULT_SCHEMA } from './validate.js';
export { decode, normaliseEncoding, type Decoded, type DecodeFailure } from './decode.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics.js';
export { toJson } from './emit/json.js';
export { toNdjson, documentRecords, type DocumentRecord } from './emit/ndjson.js';
export { toCsv, rowsToCsv, BOM, type CsvOptions } from './emit/csv.js';
export { toOutline } from './emit/outline.js';
export {
  TABLE_NAMES,
  TABLE_COLUMNS,
  isTableName,
  tableRows,
  documentsTable,
  sectionsTable,
  responsibilitiesTable,
  agenciesTable,
  datesTable,
  targetsTable,
  citationsTable,
  tasksTable,
  partName,
  isoOfDate,
  type TableName,
  type TableRows,
  type Cell,
  type DocumentRow,
  type SectionRow,
  type ResponsibilityRow,
  type AgencyRow,
  type DateRow,
  type TargetRow,
  type CitationRow,
  type TaskRow,
} from './emit/tables.js';
export { checkResult } from './cli/check.js';
export { makeReport, formatReports, CHECK_FORMATS, type CheckFormat, type CheckOptions, type CheckReport } from './cli/report.js';
export { run, EXIT } from './cli/run.js';
export type { CliIo, TextSink, DirEntry } from './cli/io.js';
export { VERSION } from './version.js';
export type * from './model.js';
