/**
 * Bracket balance in a paragraph: an opening （ never closed (a responsibility clause
 * left open, an OCR drop) or a closing ） with no opener. Full- and half-width brackets
 * pair with each other, because OCR mixes them (`（市发改委负责)`).
 */

/** Offsets of unmatched brackets in `text`: openers never closed and closers never opened. */
export function unmatchedBrackets(text: string): { open: number[]; close: number[] } {
  const open: number[] = [];
  const close: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // Char codes, not `text[i]`: each CJK character read as a string is a new string.
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) open.push(i);
    else if (c === 0xff09 || c === 0x29) {
      if (open.length > 0) open.pop();
      else close.push(i);
    }
  }
  return { open, close };
}
