/**
 * `start_chars_hint`s for Chevrotain tokens (of the phrase and the clause grammars), so that
 * building a lexer (at import, in every process and worker) does not parse each token's
 * regular expression to find the characters it can start with: for the CJK classes of
 * these grammars that analysis was most of a lexer's start-up.
 *
 * Chevrotain's first-character map keeps the codes below 256 one by one and files the
 * others in blocks of 255 codes (`charCodeToOptimizedIndex`): a hint must name each code
 * below 256 it covers, and above that one code of every block. The tests compare each
 * lexer's map with the one Chevrotain derives from the patterns without hints.
 */

/**
 * Every code of `ranges` below 256, and above 256 both ends of each range and every
 * multiple of 64 inside it, in code order (so that Chevrotain files the token once per block).
 */
export function rangeHint(ranges: readonly (readonly [number, number])[]): number[] {
  const hint: number[] = [];
  for (const [lo, hi] of [...ranges].sort((a, b) => a[0] - b[0])) {
    for (let c = lo; c <= Math.min(hi, 255); c++) hint.push(c);
    if (hi < 256) continue;
    const from = Math.max(lo, 256);
    hint.push(from);
    for (let c = Math.ceil(from / 64) * 64; c < hi; c += 64) if (c > from) hint.push(c);
    hint.push(hi);
  }
  return hint;
}

/**
 * The first characters of `words`, each once, in code order: Chevrotain files a token once
 * per run of hint characters in the same block, so sorting keeps it from being tried twice.
 */
export function firstCharsHint(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w[0]!))].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0));
}
