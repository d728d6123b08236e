/**
 * Reading one input for the CLI: the plain-text pipeline, or the Markdown reader — which
 * is loaded only when a Markdown input comes, so that plain-text runs never pay for it.
 */
import type { GazetteResult } from '../model.js';
import { parseGazette, type ParseOptions } from '../parse.js';
import { formatOf, type InputFormat } from './inputs.js';

/** Parses one input with the reader for its format (`from`, else by the extension of `name`). */
export async function readInput(input: string | Uint8Array, options: ParseOptions & { from?: InputFormat } = {}): Promise<GazetteResult> {
  if (formatOf(options.name ?? '', options.from) === 'md') {
    const { parseMarkdown } = await import('../input/markdown.js');
    return parseMarkdown(input, options);
  }
  return parseGazette(input, options);
}
