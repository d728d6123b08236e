/**
 * NDJSON output: one document per line, for `jq`, log pipelines and data loaders that
 * read a record at a time. Each record is the contract's `Document` plus the name of
 * its input (`source`) and the diagnostics that fall inside its lines.
 */
import type { Diagnostic, Document, GazetteResult } from '../model.js';

/** One NDJSON record. */
export type DocumentRecord = { schemaVersion: '1'; source: string } & Document & { diagnostics: Diagnostic[] };

/** The record of one document of `result`. */
function recordOf(result: GazetteResult, doc: Document): DocumentRecord {
  return {
    schemaVersion: '1',
    source: result.source.name,
    ...doc,
    diagnostics: result.diagnostics.filter((d) => d.line >= doc.startLine && d.line <= doc.endLine),
  };
}

/** The records of one result, one per document, in reading order. */
export function documentRecords(result: GazetteResult): DocumentRecord[] {
  return result.documents.map((doc) => recordOf(result, doc));
}

/** The NDJSON lines of one result, each ending with `\n`, made one at a time. */
export function* ndjsonLines(result: GazetteResult): Generator<string> {
  for (const doc of result.documents) yield JSON.stringify(recordOf(result, doc)) + '\n';
}

/** NDJSON text of one result: a line per document, each ending with `\n`. */
export function toNdjson(result: GazetteResult): string {
  return [...ndjsonLines(result)].join('');
}
