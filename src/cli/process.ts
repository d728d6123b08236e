/**
 * The work done for one input, the same in-process and in a worker thread: parse with
 * the right reader, stop on undecodable input, validate against the schema (the framing
 * and every document, before any of it is written), and render this input's share of
 * the output — as the exact text the CLI writes, in pieces a document at a time, so that
 * the thread that writes it only has to put them in order and never holds a large
 * input's whole output. Plain data in, plain data out, so that it crosses a thread
 * boundary by structured clone.
 *
 * Each emitter is imported when its format is asked for: csv-stringify and the other
 * formats' code are not loaded (in every worker, or for a single JSON run) otherwise.
 */
import { jsonPieces } from '../emit/json.js';
import type { TableName } from '../emit/tables.js';
import type { GazetteResult } from '../model.js';
import { validateResult } from '../validate.js';
import { checkResult } from './check.js';
import type { InputFormat } from './inputs.js';
import { readInput } from './reader.js';
import type { CheckOptions, CheckReport } from './report.js';

/** What to render for each input. */
export type EmitSpec =
  /** `element`: the result is one element of a top-level array (indented one level deeper, no final newline). */
  | { kind: 'json'; element?: boolean }
  | { kind: 'ndjson' }
  | { kind: 'outline' }
  | { kind: 'csv'; tables: readonly TableName[] }
  | { kind: 'check'; options: CheckOptions };

/** One input to process. */
export interface Job {
  index: number;
  name: string;
  bytes: Uint8Array;
  format: InputFormat;
  encoding?: string;
  emit: EmitSpec;
}

/** Output text, or the same text encoded as UTF-8. */
export type Text = string | Uint8Array;

/**
 * Output text in pieces, to be written in order: made one at a time as they are written
 * (in-process), or already made and encoded as UTF-8 (from a worker thread).
 */
export type Pieces = Iterable<Text>;

/** What an input adds to the output: its text, or (csv) its rows per table. */
export type Payload = { text: Pieces } | { tables: Partial<Record<TableName, Pieces>> };

/** Counts for the summary line on stderr. */
export interface Summary {
  documents: number;
  sections: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** The outcome of one job. */
export type Outcome =
  | {
      index: number;
      name: string;
      ok: true;
      summary: Summary;
      /**
       * The text to write — json: the result (with its final newline, or as an array
       * element); ndjson, outline: its lines; csv: CSV rows (no header) per table; check:
       * nothing. A worker thread sends it as UTF-8 bytes (see `worker.ts`).
       */
      payload?: Payload;
      /** Check mode: the findings. */
      report?: CheckReport;
    }
  | {
      index: number;
      name: string;
      ok: false;
      /** input: unreadable or not text (exit 2); schema: output fails the schema, internal: a bug (exit 1). */
      failure: 'input' | 'schema' | 'internal';
      message: string;
      /** Schema problems or a stack trace, shown with --debug (schema problems always). */
      detail?: string;
      report?: CheckReport;
    };

/** Processes one job. Never rejects: a bug becomes an `internal` outcome. */
export async function processJob(job: Job): Promise<Outcome> {
  const { index, name } = job;
  try {
    const result = await readInput(job.bytes, { name, encoding: job.encoding, from: job.format });
    const fatal = result.diagnostics.find((d) => d.code.startsWith('input/') && d.severity === 'error');
    if (fatal) {
      const report = job.emit.kind === 'check' ? checkResult(result, job.emit.options) : undefined;
      const advice = fatal.message.includes('--encoding') ? '' : adviceFor(fatal.code);
      return { index, name, ok: false, failure: 'input', message: `${fatal.message}${advice}`, ...(report ? { report } : {}) };
    }
    if (job.emit.kind === 'check') {
      const report = checkResult(result, job.emit.options);
      return { index, name, ok: true, summary: summarize(result), report };
    }
    const problems = validateResult(result);
    if (problems.length > 0) {
      return {
        index,
        name,
        ok: false,
        failure: 'schema',
        message: 'the output does not match the schema, so it was not written (a bug in gazette-parse; please report it with this file)',
        detail: problems.join('\n'),
      };
    }
    return { index, name, ok: true, summary: summarize(result), payload: await render(result, job.emit) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return {
      index,
      name,
      ok: false,
      failure: 'internal',
      message: `internal error: ${error.message} (a bug in gazette-parse; rerun with --debug for the stack trace and report it with this file)`,
      detail: error.stack ?? error.message,
    };
  }
}

async function render(result: GazetteResult, emit: EmitSpec): Promise<Payload | undefined> {
  switch (emit.kind) {
    case 'json':
      // An array element: the text between `[\n  ` and `\n]` of a one-element array.
      return { text: emit.element ? jsonPieces(result, 1) : followedBy(jsonPieces(result), '\n') };
    case 'ndjson':
      return { text: (await import('../emit/ndjson.js')).ndjsonLines(result) };
    case 'outline':
      return { text: [(await import('../emit/outline.js')).toOutline(result)] };
    case 'csv': {
      const { csvPieces } = await import('../emit/csv.js');
      return { tables: Object.fromEntries(emit.tables.map((t) => [t, csvPieces(t, result)])) };
    }
    default:
      return undefined;
  }
}

function* followedBy(pieces: Iterable<string>, end: string): Generator<string> {
  yield* pieces;
  yield end;
}

/**
 * The outcome as it crosses to another thread: its text rendered and encoded as UTF-8,
 * each piece in a buffer of its own, listed in `transfer` to be moved rather than copied
 * (see `worker.ts`).
 */
export function forTransfer(outcome: Outcome): { outcome: Outcome; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  if (!outcome.ok || !outcome.payload) return { outcome, transfer };
  const encode = (pieces: Pieces): Uint8Array[] =>
    Array.from(pieces, (text) => {
      if (typeof text !== 'string') return text;
      // Not Buffer.from: a short text would share Node's buffer pool, which cannot be moved.
      const bytes = new Uint8Array(Buffer.byteLength(text, 'utf8'));
      Buffer.from(bytes.buffer).write(text, 'utf8');
      transfer.push(bytes.buffer);
      return bytes;
    });
  const { payload } = outcome;
  const encoded: Payload =
    'text' in payload ? { text: encode(payload.text) } : { tables: Object.fromEntries(Object.entries(payload.tables).map(([table, pieces]) => [table, encode(pieces)])) };
  return { outcome: { ...outcome, payload: encoded }, transfer };
}

function summarize(result: GazetteResult): Summary {
  const count = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  return { documents: result.documents.length, sections: result.stats.sections, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** What the user can do about an input that is not text. */
function adviceFor(code: string): string {
  switch (code) {
    case 'input/binary':
      return ' — is this the right file? gazette-parse reads OCR text (.txt), Markdown, web pages, PDF and Word (.docx) files';
    case 'input/unknown-encoding':
      return ' — use utf-8, utf-16le, utf-16be, gb18030, gbk or big5';
    case 'input/undecodable':
      return ' — if you know its encoding, pass it with --encoding (e.g. --encoding gb18030)';
    default:
      return '';
  }
}
