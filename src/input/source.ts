/**
 * What the readers share: a reader's output (`Reading`: the paragraphs it found, with
 * the line accounting, handed to `analyzeBlocks`), the start of the readers of text
 * formats (bytes decoded, or text taken as given; NUL characters read as spaces), the
 * `source` record, and the reading of an input that cannot be read at all.
 */
import { decode } from '../decode.js';
import { diagnostic } from '../diagnostics.js';
import type { PhysicalLine } from '../layout/lines.js';
import type { Block } from '../layout/paragraphs.js';
import type { Diagnostic, GazetteResult, InputKind } from '../model.js';
import { analyzeBlocks, type ParseOptions } from '../parse.js';
import { sha256 } from './blockText.js';
import type { PageMetadata } from './metadata.js';

/** What a reader gives the pipeline: the input's paragraphs (each line-mapped) and every line's kind. */
export interface Reading {
  source: GazetteResult['source'];
  lines: PhysicalLine[];
  /** The paragraphs the document grammar reads, in order (page furniture left out). */
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** Metadata printed outside the body (front matter, a page's metadata table). */
  metadata?: PageMetadata;
}

/** The stages after a reader: documents, sections, phrases, line accounting. */
export function analyzeReading(reading: Reading): GazetteResult {
  const { source, lines, blocks, diagnostics, metadata } = reading;
  const failed = diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('input/'));
  return analyzeBlocks(source, lines, blocks, diagnostics, blocks.length === 0 && !failed, metadata);
}

/** An input's text, ready for a reader. */
export interface InputText {
  text: string;
  encoding: string;
  bytes: Uint8Array;
  /** Warnings found while decoding (NUL characters, invalid bytes). */
  diagnostics: Diagnostic[];
}

/** Decodes `input` (bytes, or text taken as given); a reading carrying the error when it is not text. */
export function inputText(input: string | Uint8Array, options: ParseOptions, format: InputKind): InputText | Reading {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
  } else {
    const decoded = decode(input, options.encoding);
    if (!decoded.ok) return failedReading(options, format, bytes, diagnostic(decoded.code, decoded.message, 1), options.encoding ?? 'unknown');
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

/** The reading of an input that cannot be read: no lines, the one error that says why. */
export function failedReading(options: ParseOptions, format: InputKind, bytes: Uint8Array, error: Diagnostic, encoding = 'binary'): Reading {
  return { source: sourceOf(options, format, bytes, encoding, 0), lines: [], blocks: [], diagnostics: [error] };
}

/** The result of an input that cannot be read. */
export function unreadable(options: ParseOptions, format: InputKind, bytes: Uint8Array, error: Diagnostic, encoding = 'binary'): GazetteResult {
  return analyzeReading(failedReading(options, format, bytes, error, encoding));
}
