/**
 * Display width of OCR'd lines, in half-width columns: a CJK character or full-width
 * mark takes 2 (so do the quotes “” and dashes of CJK type); ASCII (digits, letters, spaces, and the half-width punctuation the
 * typesetter really used, e.g. `,`) takes 1. Measured on the seed, this makes full
 * wrapped lines agree within one cell.
 */

/** Columns a string occupies on the printed page (see module comment). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      width += 2; // astral CJK (extension B+): one character, two units
      i++;
    } else if (code === 0x20 && isWideChar(text.charCodeAt(i - 1)) && isWideChar(text.charCodeAt(i + 1))) {
      width += 2; // a space between two CJK characters stands for a full-width gap (第五条　市政务…)
    } else if (code < 0x80) {
      width += 1;
    } else if (code >= 0x2010 && code <= 0x2027 && code !== 0x2022) {
      width += 2; // dashes, quotes “”, ellipsis: full-width glyphs in CJK type
    } else {
      width += code >= 0x1100 ? 2 : 1;
    }
  }
  return width;
}

function isWideChar(code: number): boolean {
  return code >= 0x2e80;
}

/** The most frequent value (ties go to the larger); null for an empty list. */
export function mode(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && best !== null && v > best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
