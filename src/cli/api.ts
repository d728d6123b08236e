/**
 * Library conveniences over the two readers: `parseInput` picks plain text or Markdown
 * by name, and `check` parses an input and returns its findings as `gazette-parse check`
 * reports them.
 */
import { parseMarkdown } from '../input/markdown.js';
import type { GazetteResult } from '../model.js';
import { parseGazette, type ParseOptions } from '../parse.js';
import { checkResult } from './check.js';
import { formatOf, type InputFormat } from './inputs.js';
import type { CheckOptions, CheckReport } from './report.js';

/** Parses one input with the reader for its format (`from`, else by the extension of `name`). */
export function parseInput(input: string | Uint8Array, options: ParseOptions & { from?: InputFormat } = {}): GazetteResult {
  return formatOf(options.name ?? '', options.from) === 'md' ? parseMarkdown(input, options) : parseGazette(input, options);
}

/** Parses one input (plain text, or Markdown by name or `from`) and checks it. */
export function check(input: string | Uint8Array, options: ParseOptions & CheckOptions & { from?: InputFormat } = {}): CheckReport {
  return checkResult(parseInput(input, options), options);
}
