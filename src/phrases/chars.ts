/**
 * Character tests by UTF-16 code, for the loops of the phrase finders that walk a clause
 * character by character: a regular expression per one-character string costs a string
 * (CJK characters are not cached) and a regex call per character.
 */

/** JavaScript's `\s`: ECMAScript white space and line terminators. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The codes of `chars`, for `has(text.charCodeAt(i))`. */
export function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/** Does `text[from, to)` hold one of `codes`? */
export function holdsAny(text: string, from: number, to: number, codes: ReadonlySet<number>): boolean {
  for (let i = from; i < to; i++) if (codes.has(text.charCodeAt(i))) return true;
  return false;
}
