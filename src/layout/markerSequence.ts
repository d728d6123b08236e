/**
 * The numbering seen so far at paragraph openings, by marker family: a line that opens
 * with the next number of a family already counting (`（十八）` after `（十七）`, `第七条`
 * after `第六条`) opens a heading, even when the line above it filled the column and ended
 * without punctuation (a heading alone on its line, as wide as the column). A marker-like
 * start that does not continue a count (`一、二级…` after `四、`) says nothing.
 */
import { MARKER_FAMILIES, MARKER_NUMERAL, type MarkerStyle } from '../../grammar/data/markers.js';
import { ordinalValue } from '../../grammar/data/numerals.js';

/**
 * One pattern for every family's opening, each family's pattern a group of its own, in the
 * families' order: the first alternative that matches is the family the first matching
 * family pattern would give (both try the families in order at the line's start). One
 * match instead of a match per family tried (measured on the heading lines of the seed ×16:
 * 13 → 9 ms).
 */
const OPENING = new RegExp(`^(?:${MARKER_FAMILIES.map((f) => `(${f.pattern})`).join('|')})`);
/** The index in `OPENING`'s match of each family's group (a family's pattern may hold groups of its own). */
const GROUP_OF: number[] = [];
for (let k = 0, group = 1; k < MARKER_FAMILIES.length; k++) {
  GROUP_OF.push(group);
  group += 1 + groupsIn(MARKER_FAMILIES[k]!.pattern);
}

/** How many capturing groups a regex source holds. */
function groupsIn(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

/** The family and number of the marker `text` opens with, or null. */
export function openingMarker(text: string): { style: MarkerStyle; ordinal: number } | null {
  const m = OPENING.exec(text);
  if (!m) return null;
  let k = 0;
  while (m[GROUP_OF[k]!] === undefined) k++;
  const style = MARKER_FAMILIES[k]!.style;
  const numeral = MARKER_NUMERAL.get(style)!.exec(m[0].replace(/\s+/g, ''));
  const ordinal = numeral ? ordinalValue(numeral[1]!) : null;
  return ordinal === null ? null : { style, ordinal };
}

/** The last number of each family that opened a paragraph. */
export class MarkerSequence {
  private readonly last = new Map<MarkerStyle, number>();
  /** The text last read and its marker: a line asked whether it `follows` is then, as often as not, `record`ed when it opens its paragraph. */
  private readText: string | null = null;
  private readMarker: ReturnType<typeof openingMarker> = null;

  /** Records the marker a new paragraph opens with, if any. */
  record(text: string): void {
    const marker = this.markerOf(text);
    if (marker) this.last.set(marker.style, marker.ordinal);
  }

  /** Does `text` open with the next number of a family already counting? */
  follows(text: string): boolean {
    const marker = this.markerOf(text);
    return marker !== null && this.last.get(marker.style) === marker.ordinal - 1;
  }

  private markerOf(text: string): ReturnType<typeof openingMarker> {
    if (text !== this.readText) {
      this.readText = text;
      this.readMarker = openingMarker(text);
    }
    return this.readMarker;
  }
}
