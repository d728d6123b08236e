/**
 * The shapes of a document head's lines, as the layout and the grammar both read them: a
 * line of a title (no sentence punctuation), a title's end (a genre word), an addressee line
 * (organs ending in a colon). Text is read folded to simplified characters with its white
 * space removed; the text itself is never changed.
 */
import { ADDRESSEE_ENDINGS, ADDRESSEE_MAX_LENGTH, ADDRESSEE_OPENINGS } from './addressees.js';
import { CONTENTS_ENTRY_END, MAX_CONTENTS_ENTRY } from './frontMatter.js';
import { ORGAN_ENDINGS, TITLE_GENRES, TITLE_TRAILER } from './issuers.js';
import { foldTraditional } from './traditional.js';

/** A line of a title is at most this long. */
const MAX_TITLE_BLOCK_LENGTH = 100;
/** Sentence punctuation, which a title never holds. */
export const SENTENCE_MARK = /[。；：;:！？!?，,]/;
const GENRE_END = new RegExp(`(?:${[...TITLE_GENRES].sort((a, b) => b.length - a.length).join('|')})$`);
const ADDRESSEE_ITEM_END = new RegExp(`(?:${[...ORGAN_ENDINGS, ...ADDRESSEE_ENDINGS].join('|')})$`);
const ADDRESSEE_ITEM_OPENING = new RegExp(`^(?:${ADDRESSEE_OPENINGS.join('|')})`);

/** The text as the shape rules read it: simplified characters, no white space. */
export function shapeOf(text: string): string {
  return foldTraditional(text.replace(/[\s\u3000]+/g, ''));
}

/** No sentence punctuation, not too long: a line of a title (or of some other heading-like line). */
export function isTitleShaped(text: string): boolean {
  if (text.length > MAX_CONTENTS_ENTRY) return false;
  const t = shapeOf(text);
  return t.length >= 2 && t.length <= MAX_TITLE_BLOCK_LENGTH && !SENTENCE_MARK.test(t) && !CONTENTS_ENTRY_END.test(text);
}

/** Does the text end with a genre word (after closing quotes and a status such as `（试行）`)? */
export function endsWithTitleGenre(text: string): boolean {
  return GENRE_END.test(shapeOf(text).replace(TITLE_TRAILER, ''));
}

/** An addressee line: names of organs (or collective addressees) ending in a colon. */
export function isAddresseeShaped(text: string): boolean {
  const t = shapeOf(text);
  if (t.length < 3 || t.length > ADDRESSEE_MAX_LENGTH || !/[:：]$/.test(t)) return false;
  const body = t.slice(0, -1);
  if (/[。；;！？!?]/.test(body)) return false;
  const items = body.split(/[，,、；;]/).map((item) => item.replace(/[（(][^（()）]*[）)]/g, ''));
  return items.some((item) => ADDRESSEE_ITEM_OPENING.test(item)) || ADDRESSEE_ITEM_END.test(items[items.length - 1]!);
}

/**
 * Does the line open an addressee list (perhaps wrapped over several lines): its first name,
 * up to the first separator, opens like a collective addressee (`各…`, `有关…`) or ends like an
 * organ (`区政府各委、办、…`)?
 */
export function opensAddressees(text: string): boolean {
  // Only the text before the first separator is read, and no separator is white space or
  // folds from one: that text is shaped alone (every line of a file reaches here).
  const separator = text.search(/[，,、：:；;]/);
  if (separator <= 0) return false;
  const first = shapeOf(text.slice(0, separator)).replace(/[（(][^（()）]*[）)]/g, '');
  if (first === '') return false;
  return ADDRESSEE_ITEM_OPENING.test(first) || ADDRESSEE_ITEM_END.test(first);
}
