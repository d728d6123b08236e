/**
 * Library conveniences over the readers: `parseInput` picks plain text, Markdown or a
 * web page by name and content, and `check` parses an input and returns its findings as `gazette-parse check`
 * reports them.
 */
import { diagnostic } from '../diagnostics.js';
import { parseHtml } from '../input/html.js';
import { parseMarkdown } from '../input/markdown.js';
import { unreadable } from '../input/source.js';
import type { GazetteResult } from '../model.js';
import { parseGazette, type ParseOptions } from '../parse.js';
import { checkResult } from './check.js';
import type { InputFormat } from './inputs.js';
import { kindOf } from './reader.js';
import type { CheckOptions, CheckReport } from './report.js';

/**
 * Parses one input with the reader for its format (`from`, else the extension of `name`,
 * else its first bytes): plain text, Markdown or a web page. PDF and Word files are read
 * asynchronously: `readInput` reads every kind.
 */
export function parseInput(input: string | Uint8Array, options: ParseOptions & { from?: InputFormat } = {}): GazetteResult {
  const kind = kindOf(input, options);
  if (kind === 'pdf' || kind === 'docx') {
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    return unreadable(options, kind, bytes, diagnostic('input/unreadable-file', `A ${kind === 'pdf' ? 'PDF' : 'Word'} file is read asynchronously: use readInput`, 1));
  }
  return kind === 'md' ? parseMarkdown(input, options) : kind === 'html' ? parseHtml(input, options) : parseGazette(input, options);
}

/** Parses one input (plain text, Markdown or a web page, as `parseInput`) and checks it. */
export function check(input: string | Uint8Array, options: ParseOptions & CheckOptions & { from?: InputFormat } = {}): CheckReport {
  return checkResult(parseInput(input, options), options);
}
