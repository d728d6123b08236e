/**
 * gazette-parse as a library: parse OCR'd Chinese government gazettes into documents,
 * section trees, responsibility clauses, dates and targets (output contract v1).
 */
export { parseGazette, type ParseOptions } from './parse.js';
export { validateResult, RESULT_SCHEMA } from './validate.js';
export { decode, normaliseEncoding, type Decoded, type DecodeFailure } from './decode.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics.js';
export { toJson } from './emit/json.js';
export { run, EXIT } from './cli/run.js';
export type { CliIo, TextSink } from './cli/io.js';
export { VERSION } from './version.js';
export type * from './model.js';
