/**
 * Reading one input for the CLI and the library: the reader for its format — plain text,
 * Markdown, a web page, PDF or Word — each loaded only when an input of its kind comes,
 * so that plain-text runs never pay for the others (pdfjs-dist and mammoth are large).
 */
import type { GazetteResult, InputKind } from '../model.js';
import { parseGazette, type ParseOptions } from '../parse.js';
import { formatOf, type InputFormat } from './inputs.js';
import { sniffKind } from '../input/sniff.js';

/**
 * The reader an input goes to: `from`, else its name's extension, else (`.txt`, no
 * extension, stdin) what its first bytes are.
 */
export function kindOf(input: string | Uint8Array, options: { name?: string; from?: InputFormat } = {}): InputKind {
  const format = formatOf(options.name ?? '', options.from);
  return format === 'auto' ? sniffKind(input) : format;
}

/** Parses one input of any supported kind (see `kindOf`). Never rejects on input: problems are diagnostics. */
export async function readInput(input: string | Uint8Array, options: ParseOptions & { from?: InputFormat } = {}): Promise<GazetteResult> {
  const bytes = () => (typeof input === 'string' ? new Uint8Array(Buffer.from(input, 'utf8')) : input);
  switch (kindOf(input, options)) {
    case 'md':
      return (await import('../input/markdown.js')).parseMarkdown(input, options);
    case 'html':
      return (await import('../input/html.js')).parseHtml(input, options);
    case 'pdf':
      return (await import('../input/pdf.js')).parsePdf(bytes(), options);
    case 'docx':
      return (await import('../input/docx.js')).parseDocx(bytes(), options);
    default:
      return parseGazette(input, options);
  }
}
