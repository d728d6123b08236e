/**
 * The decimal outline of a part: the headings of 应急预案 and technical documents numbered
 * `1　总则`, `1.1　编制目的`, `2.1.3　…` (GONGWEN.md: a family of its own). They are kept apart
 * from the section tree, whose families are GB/T 9704's markers and 章/条: the `（1）` items
 * under them stay sections, and each outline heading carries its lines.
 *
 * A number is an outline heading only where it continues the outline (the next sibling, a
 * first child, or the next of an ancestor), starting at 1: an amount such as `2.5亿元` at
 * the start of a paragraph does not fit the sequence. A 目录 that lists the headings before
 * they are printed is skipped: the outline starts again at 1 after it.
 */
import { isContentsHead } from '../../grammar/data/headShapes.js';
import { DECIMAL_SUBHEADING, DECIMAL_TOP_HEADING } from '../../grammar/data/markers.js';
import { foldDigits } from '../../grammar/data/numerals.js';
import type { OutlineHeading } from '../model.js';
import { compactText } from './normalize.js';

/** A heading's name ends at the first sentence stop. */
const HEADING_STOP = /[。；：;:，,]/;

/** A paragraph as the outline reads it. */
export interface OutlineParagraph {
  text: string;
  startLine: number;
  endLine: number;
}

/** The decimal outline of a part's paragraphs (all of them, in reading order); empty when the part has none. */
export function decimalOutline(paragraphs: readonly OutlineParagraph[]): OutlineHeading[] {
  let outline: OutlineHeading[] = [];
  let at: number[] = []; // the paragraph index of each heading
  let afterContents = false;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const text = p.text.trim();
    if (isContentsHead(text)) {
      afterContents = true;
      continue;
    }
    const m = DECIMAL_SUBHEADING.exec(text) ?? DECIMAL_TOP_HEADING.exec(text);
    if (!m) continue;
    const number = foldDigits(m[1]!).replace(/．/g, '.').split('.').map(Number);
    // A 目录 listed the headings: when the numbering starts over (its first number again), the printed headings begin.
    if (afterContents && outline.length > 0 && number.join('.') === outline[0]!.number) {
      outline = [];
      at = [];
      afterContents = false;
    }
    const last = outline[outline.length - 1];
    if (!(last ? follows(last.number.split('.').map(Number), number) : isStart(number))) continue;
    const rest = compactText(text.slice(m[0].length));
    const stop = HEADING_STOP.exec(rest);
    outline.push({ number: number.join('.'), level: number.length, heading: stop ? rest.slice(0, stop.index) : rest, line: p.startLine, endLine: p.endLine });
    at.push(k);
  }
  closeRanges(outline, at, paragraphs);
  // One numbered paragraph is no outline: at least a heading and what follows it.
  return outline.length >= 2 ? outline : [];
}

/** `1` or `1.1`: an outline may open with its first chapter or its first section. */
function isStart(number: readonly number[]): boolean {
  return number.every((n) => n === 1) && number.length <= 2;
}

/** Does `next` continue an outline whose last number is `last`: the next sibling, a first child, or the next of an ancestor? */
function follows(last: readonly number[], next: readonly number[]): boolean {
  if (next.length === last.length + 1) return next.slice(0, -1).every((n, i) => n === last[i]) && next[next.length - 1] === 1;
  if (next.length > last.length || next.length === 0) return false;
  const depth = next.length;
  return next.slice(0, depth - 1).every((n, i) => n === last[i]) && next[depth - 1] === last[depth - 1]! + 1;
}

/** Each heading runs to the last paragraph before the next heading of its level or above, the last to the part's end. */
function closeRanges(outline: OutlineHeading[], at: readonly number[], paragraphs: readonly OutlineParagraph[]): void {
  for (let i = 0; i < outline.length; i++) {
    const own = outline[i]!;
    let next = i + 1;
    while (next < outline.length && outline[next]!.level > own.level) next++;
    const lastParagraph = next < outline.length ? at[next]! - 1 : paragraphs.length - 1;
    own.endLine = paragraphs[lastParagraph]!.endLine;
  }
}
