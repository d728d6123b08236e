/**
 * Validates results against `schemas/gazette-result.schema.json` (draft 2020-12) with
 * ajv. The validator is compiled once per process — or not at all: `npm run build`
 * writes it as ajv standalone code (`dist/src/resultValidator.cjs`, see
 * `buildValidator.ts`), because compiling the schema took about 0.3 s of every CLI run.
 * That file is used only while it was built from the schema as it is now (a hash says
 * so); otherwise, and when running from source, the schema is compiled here.
 * A violation is a bug in gazette-parse, never a property of the input.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import schema from '../schemas/gazette-result.schema.json' with { type: 'json' };
import type { GazetteResult } from './model.js';

// ajv ships CommonJS; `require` gives its modules without default-import quirks.
const require = createRequire(import.meta.url);

/** The ajv options of the validator, compiled here or at build time. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true };

/** File name of the build-time validator, next to this module in `dist/src/`. */
export const STANDALONE_FILE = 'resultValidator.cjs';

/** Identifies the schema a standalone validator was built from. */
export function schemaHash(): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

let validator: ValidateFunction | null = null;

/** The validator: the build-time one when it matches the schema, else compiled on first use. */
function getValidator(): ValidateFunction {
  validator ??= loadStandalone() ?? compileValidator();
  return validator;
}

/** A draft 2020-12 ajv instance with the validator's options (plus `extra`, for the build step). */
export function newAjv(extra: Options = {}): import('ajv/dist/2020.js').default {
  const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;
  return new Ajv2020({ ...AJV_OPTIONS, ...extra });
}

function compileValidator(): ValidateFunction {
  return newAjv().compile(schema);
}

function loadStandalone(): ValidateFunction | null {
  try {
    const mod = require(`./${STANDALONE_FILE}`) as ValidateFunction & { schemaHash?: string };
    return mod.schemaHash === schemaHash() ? mod : null;
  } catch {
    return null; // not built (running from source)
  }
}

/** The schema itself, for tools that want it. */
export const RESULT_SCHEMA = schema;

/** Validation problems, as `path: message` lines; empty when the result is valid. */
export function validateResult(result: GazetteResult): string[] {
  const validate = getValidator();
  if (validate(result)) return [];
  return (validate.errors ?? []).slice(0, 20).map(formatError);
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  return `${where}: ${e.message ?? 'invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`;
}
