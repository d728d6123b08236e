/**
 * The shapes of a document head's lines, as the layout and the grammar both read them: a
 * line of a title (no sentence punctuation), a title's end (a genre word), an addressee line
 * (organs ending in a colon). Text is read folded to simplified characters with its white
 * space removed; the text itself is never changed.
 */
import { ADDRESSEE_ENDINGS, ADDRESSEE_MAX_LENGTH, ADDRESSEE_OPENINGS } from './addressees.js';
import { CONTENTS_ENTRY_END, CONTENTS_HEAD, MAX_CONTENTS_ENTRY } from './frontMatter.js';
import { ORGAN_ENDINGS, TITLE_GENRES, TITLE_TRAILER } from './issuers.js';
import { foldCode, foldTraditional } from './traditional.js';
import { isWhiteSpace } from '../whiteSpace.js';

/** A line of a title is at most this long. */
const MAX_TITLE_BLOCK_LENGTH = 100;
/** Sentence punctuation, which a title never holds. */
export const SENTENCE_MARK = /[。；：;:！？!?，,]/;
const GENRE_END = new RegExp(`(?:${[...TITLE_GENRES].sort((a, b) => b.length - a.length).join('|')})$`);
const ADDRESSEE_ITEM_END = new RegExp(`(?:${[...ORGAN_ENDINGS, ...ADDRESSEE_ENDINGS].join('|')})$`);
const ADDRESSEE_ITEM_OPENING = new RegExp(`^(?:${ADDRESSEE_OPENINGS.join('|')})`);
/** The first characters of the openings and the last characters of the endings above: a name can match neither pattern unless it opens or ends with one of these. */
const ADDRESSEE_OPENING_FIRST = new Set(ADDRESSEE_OPENINGS.map((o) => o.charCodeAt(0)));
const ADDRESSEE_ENDING_LAST = new Set([...ORGAN_ENDINGS, ...ADDRESSEE_ENDINGS].map((e) => e.charCodeAt(e.length - 1)));

/** The text as the shape rules read it: simplified characters, no white space. */
export function shapeOf(text: string): string {
  return foldTraditional(text.replace(/[\s\u3000]+/g, ''));
}

/** The first character of every `CONTENTS_HEAD` (`目录`, `目次`): other text is not shaped to be tested. */
const CONTENTS_FIRST = '目'.charCodeAt(0);

/** The head of a table of contents: `目　录`, `目次`. */
export function isContentsHead(text: string): boolean {
  return text.trimStart().charCodeAt(0) === CONTENTS_FIRST && CONTENTS_HEAD.test(shapeOf(text));
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

/** What ends the first name of an addressee list (`opensAddressees`); a caller that scans the line anyway may find it itself. */
export const ADDRESSEE_NAME_SEPARATORS = '，,、：:；;';
const NAME_SEPARATOR = new RegExp(`[${ADDRESSEE_NAME_SEPARATORS}]`);

/**
 * Does the line open an addressee list (perhaps wrapped over several lines): its first name,
 * up to the first separator, opens like a collective addressee (`各…`, `有关…`) or ends like an
 * organ (`区政府各委、办、…`)? `separator` is the index of the first of `ADDRESSEE_NAME_SEPARATORS` (-1: none).
 */
export function opensAddressees(text: string, separator = text.search(NAME_SEPARATOR)): boolean {
  // Only the text before the first separator is read, and no separator is white space or
  // folds from one: that text is shaped alone (every line of a file reaches here).
  if (separator <= 0 || !mayOpenAddressees(text, separator)) return false;
  const first = shapeOf(text.slice(0, separator)).replace(/[（(][^（()）]*[）)]/g, '');
  if (first === '') return false;
  return ADDRESSEE_ITEM_OPENING.test(first) || ADDRESSEE_ITEM_END.test(first);
}

/**
 * A test, exact and without shaping, that `text.slice(0, end)` shaped (as `opensAddressees`
 * reads it, bracketed groups removed) can open like a collective addressee or end like an
 * organ. Shaping removes white space and folds each character to one character, and a
 * bracketed group removed starts with an opening bracket and ends with a closing one: so
 * unless the first or last non-white character folds to a bracket, the shaped name opens and
 * ends with those two characters folded, and matches neither pattern unless they are an
 * opening's first or an ending's last character. Most lines of a file fail here.
 */
function mayOpenAddressees(text: string, end: number): boolean {
  let from = 0;
  while (from < end && isWhiteSpace(text.charCodeAt(from))) from++;
  let to = end - 1;
  while (to > from && isWhiteSpace(text.charCodeAt(to))) to--;
  if (from === end) return false; // nothing but white space: shaped, it is empty
  const first = foldCode(text.charCodeAt(from));
  const last = foldCode(text.charCodeAt(to));
  if (first === 0xff08 || first === 0x28 || last === 0xff09 || last === 0x29) return true; // （ ( or ） ): bracket groups may go
  return ADDRESSEE_OPENING_FIRST.has(first) || ADDRESSEE_ENDING_LAST.has(last);
}
