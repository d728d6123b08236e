/**
 * The start every reader of a text format shares (Markdown, web pages): bytes decoded
 * (or text taken as given), NUL characters read as spaces, and the `source` record; and
 * the result of an input that cannot be read at all.
 */
import { decode } from '../decode.js';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, GazetteResult, InputKind } from '../model.js';
import { analyzeBlocks, type ParseOptions } from '../parse.js';
import { sha256 } from './blockText.js';

/** An input's text, ready for a reader. */
export interface InputText {
  text: string;
  encoding: string;
  bytes: Uint8Array;
  /** Warnings found while decoding (NUL characters, invalid bytes). */
  diagnostics: Diagnostic[];
}

/** Decodes `input` (bytes, or text taken as given); a result carrying the error when it is not text. */
export function inputText(input: string | Uint8Array, options: ParseOptions, format: InputKind): InputText | GazetteResult {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
  } else {
    const decoded = decode(input, options.encoding);
    if (!decoded.ok) return unreadable(options, format, bytes, diagnostic(decoded.code, decoded.message, 1), options.encoding ?? 'unknown');
    text = decoded.text;
    encoding = decoded.encoding;
    if (decoded.nulCount > 0) diagnostics.push(diagnostic('input/nul-bytes', `${decoded.nulCount} NUL characters read as spaces`, 1));
  }
  if (text.includes('\u0000')) text = text.replace(/\u0000/g, ' ');
  return { text, encoding, bytes, diagnostics };
}

/** The `source` record of an input. */
export function sourceOf(options: ParseOptions, format: InputKind, bytes: Uint8Array, encoding: string, lines: number): GazetteResult['source'] {
  return { name: options.name ?? '<input>', bytes: bytes.length, encoding, sha256: sha256(bytes), lines, format };
}

/** The result of an input that cannot be read: no lines, the one error that says why. */
export function unreadable(options: ParseOptions, format: InputKind, bytes: Uint8Array, error: Diagnostic, encoding = 'binary'): GazetteResult {
  return analyzeBlocks(sourceOf(options, format, bytes, encoding, 0), [], [], [error]);
}
