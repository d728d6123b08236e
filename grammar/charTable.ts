/**
 * Character sets as one table by UTF-16 code unit: `table[code] & bit` tells in one lookup
 * whether a character is in a set. The loops over every character of a line, an opening or
 * a paragraph ask this where a `Set` or a string search per set would cost a call each.
 */

/** A table holding, at each code, the bits of the sets (`[characters, bit]`) its character is in. */
export function charTable(sets: readonly (readonly [chars: string, bit: number])[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [chars, bit] of sets) for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= bit;
  return table;
}
