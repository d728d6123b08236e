/**
 * Diagnostics: one type, stable codes, positions in the original input. Codes are
 * `<stage>/<what>`; this table is their documentation (README lists it too).
 */
import type { Diagnostic, Severity } from './model.js';

/** Every diagnostic code, its default severity, and what it means. */
export const DIAGNOSTIC_CODES = {
  'input/undecodable': ['error', 'The bytes are not text in any supported encoding.'],
  'input/binary': ['error', 'The input looks like a binary file (NUL bytes or control characters).'],
  'input/unknown-encoding': ['error', 'The encoding named with --encoding is not one Node.js can decode.'],
  'input/nul-bytes': ['warning', 'NUL characters were found and treated as spaces.'],
  'input/invalid-bytes': ['warning', 'A UTF-8 file with a few invalid byte sequences (cut mid-character, damaged): each read as U+FFFD.'],
  'input/empty': ['info', 'The input has no text.'],
  'input/no-text-layer': ['error', 'A PDF whose pages carry no text (a scan): it needs OCR first.'],
  'input/unreadable-file': ['error', 'A PDF or Word file that cannot be opened (damaged, encrypted, or not what its name says).'],
  'input/metadata': ['warning', 'Metadata outside the body (Markdown front matter) that cannot be read: left out.'],
  'layout/reextraction': ['warning', 'A tab-indented re-extraction of earlier pages: kept as a fragment, not parsed.'],
  'layout/front-matter': ['info', "A gazette issue's masthead and table of contents (目录), or a web page's headline above the document's own title: kept as a fragment, not parsed as documents."],
  'layout/unbalanced-bracket': ['warning', 'A bracket opened in a paragraph is never closed, or closed without being opened.'],
  'document/stray-text': ['warning', 'Text outside any document: kept as a fragment.'],
  'document/missing-number': ['info', 'A document that prints no document number (发文字号): common in web copies, which keep it in the page metadata.'],
  'document/missing-title': ['error', 'A document without a title.'],
  'document/missing-date': ['error', 'A document without a date (成文日期).'],
  'document/invalid-date': ['error', 'The signature date is not a real calendar date.'],
  'document/missing-issuer': ['warning', 'A document that names no issuer (发文机关): no masthead, issuer line, signature or organ opening the title.'],
  'document/attachment-not-found': ['warning', 'An attachment is announced in the 附件 list but not found.'],
  'document/attachment-not-listed': ['warning', 'An attachment is found but not announced in the 附件 list.'],
  'section/numbering-gap': ['warning', 'A section number skips or repeats (1, 2, 4).'],
  'section/family-order': ['warning', 'A marker family appears above one GB/T 9704 ranks higher.'],
  'section/mismatched-bracket': ['warning', 'A section marker opens and closes with different brackets (（十一)).'],
  'table/uncertain-cells': ['info', 'Table cells could not be split by columns: one cell per line.'],
  'responsibility/unclosed': ['warning', 'A responsibility clause whose bracket is never closed.'],
  'responsibility/unknown-agency': ['info', 'Agency names not in the agency directory.'],
  'date/invalid': ['warning', 'A date phrase that is not a real calendar date.'],
  'schema/violation': ['error', 'The output does not validate against the schema: a bug in gazette-parse.'],
} as const satisfies Record<string, readonly [Severity, string]>;

/** A known diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Makes a diagnostic with the code's default severity. */
export function diagnostic(code: DiagnosticCode, message: string, line: number, column = 1, severity?: Severity): Diagnostic {
  return { severity: severity ?? DIAGNOSTIC_CODES[code][0], code, message, line, column };
}

/** Sorts by position, then severity (errors first), then code: a stable order for output. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return list.sort((a, b) => a.line - b.line || a.column - b.column || rank[a.severity] - rank[b.severity] || a.code.localeCompare(b.code));
}
