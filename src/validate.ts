/**
 * Validates results against `schemas/gazette-result.schema.json` (draft 2020-12) with
 * ajv. The validator is compiled once per process. A violation is a bug in
 * gazette-parse, never a property of the input.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../schemas/gazette-result.schema.json' with { type: 'json' };
import type { GazetteResult } from './model.js';

// ajv ships CommonJS; `require` gives its constructor without default-import quirks.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default;

let validator: ValidateFunction | null = null;

/** The compiled validator (built on first use, then reused). */
function getValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return validator;
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
