/**
 * Validates results against `schemas/gazette-result.schema.json` (draft 2020-12) with
 * ajv: the result's framing (everything but its documents) against the whole schema, and
 * each document against `#/$defs/Document` — the same rules as validating the result in
 * one call (the schema says nothing of `documents` but that each item is a Document), in
 * pieces a writer can check document by document.
 *
 * The validators are compiled once per process — or not at all: `npm run build` writes
 * them as ajv standalone code (`dist/src/resultValidator.cjs`, see `buildValidator.ts`),
 * because compiling the schema took about 0.3 s of every CLI run. That file is used only
 * while it was built from the schema as it is now (a hash says so); otherwise, and when
 * running from source, the schema is compiled here.
 * A violation is a bug in gazette-parse, never a property of the input.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import schema from '../schemas/gazette-result.schema.json' with { type: 'json' };
import type { Document, GazetteResult } from './model.js';

// ajv ships CommonJS; `require` gives its modules without default-import quirks.
const require = createRequire(import.meta.url);

/** The ajv options of the validators, compiled here or at build time. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true };

/** File name of the build-time validators, next to this module in `dist/src/`. */
export const STANDALONE_FILE = 'resultValidator.cjs';

/** The schema references of the validators, by the name the standalone module exports them under. */
export const VALIDATOR_REFS = { result: schema.$id, document: `${schema.$id}#/$defs/Document` } as const;

/** Identifies the schema a standalone validator was built from. */
export function schemaHash(): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

type Validators = Record<keyof typeof VALIDATOR_REFS, ValidateFunction>;

let validators: Validators | null = null;

/** The validators: the build-time ones when they match the schema, else compiled on first use. */
function getValidators(): Validators {
  validators ??= loadStandalone() ?? compileValidators();
  return validators;
}

/** A draft 2020-12 ajv instance with the validators' options (plus `extra`, for the build step) and the schema added. */
export function newAjv(extra: Options = {}): import('ajv/dist/2020.js').default {
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  return new Ajv2020({ ...AJV_OPTIONS, ...extra }).addSchema(schema);
}

function compileValidators(): Validators {
  const ajv = newAjv();
  return { result: ajv.getSchema(VALIDATOR_REFS.result)!, document: ajv.getSchema(VALIDATOR_REFS.document)! };
}

function loadStandalone(): Validators | null {
  try {
    const mod = require(`./${STANDALONE_FILE}`) as Partial<Validators> & { schemaHash?: string };
    return mod.schemaHash === schemaHash() && mod.result && mod.document ? { result: mod.result, document: mod.document } : null;
  } catch {
    return null; // not built (running from source)
  }
}

/** The schema itself, for tools that want it. */
export const RESULT_SCHEMA = schema;

/** At most this many problems are listed. */
const MAX_PROBLEMS = 20;

/**
 * Validation problems of a whole result, as `path: message` lines; empty when it is
 * valid. The framing's problems come first, then each document's, in order.
 */
export function validateResult(result: GazetteResult): string[] {
  const problems = validateFraming(result);
  const documents: readonly Document[] = Array.isArray(result.documents) ? result.documents : [];
  for (let i = 0; i < documents.length && problems.length < MAX_PROBLEMS; i++) {
    problems.push(...validateDocument(documents[i]!, `/documents/${i}`));
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** Problems of a result's framing: every field but the documents, which `validateDocument` checks one by one. */
export function validateFraming(result: GazetteResult): string[] {
  const { result: validate } = getValidators();
  // `documents` must be there and an array; its items are checked apart.
  const framing = Array.isArray(result.documents) ? { ...result, documents: [] } : result;
  return validate(framing) ? [] : problemsOf(validate.errors, '');
}

/** Problems of one document against `#/$defs/Document`; `at` is its path in the result (`/documents/3`). */
export function validateDocument(document: Document, at = ''): string[] {
  const { document: validate } = getValidators();
  return validate(document) ? [] : problemsOf(validate.errors, at);
}

function problemsOf(errors: ValidateFunction['errors'], at: string): string[] {
  return (errors ?? []).slice(0, MAX_PROBLEMS).map((e) => formatError(e, at));
}

function formatError(e: ErrorObject, at: string): string {
  const path = at + e.instancePath;
  const where = path === '' ? '(root)' : path;
  return `${where}: ${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`;
}
