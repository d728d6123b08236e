/**
 * Check mode as a library call: the diagnostics of a parse as findings for CI. A result
 * that does not validate against the schema is itself a finding (`schema/violation`,
 * an error). Rendering is in `report.ts`; `check` (parse and check) in `api.ts`.
 */
import type { GazetteResult } from '../model.js';
import { validateResult } from '../validate.js';
import { makeReport, type CheckOptions, type CheckReport } from './report.js';

/** Checks an already parsed result: its diagnostics, plus a schema violation if any. */
export function checkResult(result: GazetteResult, options: CheckOptions = {}): CheckReport {
  const diagnostics = [...result.diagnostics];
  const problems = validateResult(result);
  if (problems.length > 0) {
    diagnostics.unshift({
      severity: 'error',
      code: 'schema/violation',
      message: `The output does not match the schema (a bug in gazette-parse; please report it): ${problems.join('; ')}`,
      line: 1,
      column: 1,
    });
  }
  return makeReport(result.source.name, diagnostics, options);
}
