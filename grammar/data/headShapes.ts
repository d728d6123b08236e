/**
 * The shapes of a document head's lines, as the layout and the grammar both read them: a
 * line of a title (no sentence punctuation), a title's end (a genre word), an addressee line
 * (organs ending in a colon). Text is read folded to simplified characters with its white
 * space removed; the text itself is never changed.
 */
import { ADDRESSEE_ENDINGS, ADDRESSEE_MAX_LENGTH, ADDRESSEE_OPENINGS } from './addressees.js';
import { CONTENTS_HEAD, endsAsContentsEntry, MAX_CONTENTS_ENTRY } from './frontMatter.js';
import { ORGAN_ENDINGS, TITLE_GENRES, TITLE_TRAILER } from './issuers.js';
import { foldCode, foldTraditional } from './traditional.js';
import { charTable } from '../charTable.js';
import { isWhiteSpace } from '../whiteSpace.js';

/** A line of a title is at most this long. */
const MAX_TITLE_BLOCK_LENGTH = 100;
/** Sentence punctuation, which a title never holds. */
export const SENTENCE_MARK = /[。；：;:！？!?，,]/;
/** What an addressee's name may end with: an organ's ending or a collective addressee's. */
const ADDRESSEE_ENDING_WORDS = [...ORGAN_ENDINGS, ...ADDRESSEE_ENDINGS];
const ADDRESSEE_ITEM_END = new RegExp(`(?:${ADDRESSEE_ENDING_WORDS.join('|')})$`);
const ADDRESSEE_ITEM_OPENING = new RegExp(`^(?:${ADDRESSEE_OPENINGS.join('|')})`);
/**
 * What a character (by code) can be at the edges of an addressee's name: the first character of
 * an opening, the last of an ending, or a whole ending (`局`). A name can match neither pattern
 * above unless it opens or ends with one of these. A table, not two sets: every line is looked up
 * (the sets' lookups were a third of `opensAddressees`' time).
 */
const OPENING_FIRST = 1;
const ENDING_LAST = 2;
const WHOLE_ENDING = 4;
const ADDRESSEE_EDGE = charTable([
  [ADDRESSEE_OPENINGS.map((opening) => opening[0]!).join(''), OPENING_FIRST],
  [ADDRESSEE_ENDING_WORDS.map((ending) => ending[ending.length - 1]!).join(''), ENDING_LAST],
  [ADDRESSEE_ENDING_WORDS.filter((ending) => ending.length === 1).join(''), WHOLE_ENDING],
]);

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
  // Shaped, the text is as long as its characters that are not white space, and holds the same
  // sentence marks (none is white space or folds to or from one): it is not built (the strings
  // shaped were half of this function's time: isTitleShaped on the texts the seed ×16 gives it, 2.1 → 1.2 ms).
  const length = shapedLength(text);
  return length >= 2 && length <= MAX_TITLE_BLOCK_LENGTH && !SENTENCE_MARK.test(text) && !endsAsContentsEntry(text);
}

/** The length of `shapeOf(text)`: its characters that are not white space. */
function shapedLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) length++;
  return length;
}

/** Does the text end with a genre word (after closing quotes and a status such as `（试行）`)? */
export function endsWithTitleGenre(text: string): boolean {
  const shaped = shapeOf(text);
  // The trailer's pattern has no start either: it is tried only where it can match something, on a text ending as a trailer does.
  const t = TRAILER_LAST.includes(shaped.charAt(shaped.length - 1)) ? shaped.replace(TITLE_TRAILER, '') : shaped;
  const genres = GENRES_BY_LAST.get(t.charCodeAt(t.length - 1));
  if (genres === undefined) return false;
  for (const genre of genres) if (t.endsWith(genre)) return true;
  return false;
}

/** The characters a `TITLE_TRAILER` that is not empty ends with: its closing quotes and brackets. */
const TRAILER_LAST = '”"」』》）)';

/**
 * The genre words by their last character: a text is compared with the few that end as it does,
 * not by a pattern `(?:…|…)$` tried from every position (with the trailer tried only where it can
 * match, `endsWithTitleGenre` on the texts the seed ×16 gives it: 1.56 → 1.26 ms).
 */
const GENRES_BY_LAST = new Map<number, string[]>();
for (const genre of TITLE_GENRES) {
  const last = genre.charCodeAt(genre.length - 1);
  GENRES_BY_LAST.set(last, [...(GENRES_BY_LAST.get(last) ?? []), genre]);
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
  const length = shapeFirstName(text, separator);
  if (length === 0) return false;
  const first = ADDRESSEE_EDGE[nameCodes[0]!]!;
  const last = ADDRESSEE_EDGE[nameCodes[length - 1]!]!;
  if ((last & WHOLE_ENDING) !== 0) return true;
  if ((first & OPENING_FIRST) !== 0) {
    for (const opening of ADDRESSEE_OPENINGS_BY_FIRST.get(nameCodes[0]!)!) if (codesStartWith(nameCodes, length, opening)) return true;
  }
  if ((last & ENDING_LAST) !== 0) {
    for (const ending of ADDRESSEE_ENDINGS_BY_LAST.get(nameCodes[length - 1]!)!) if (codesEndWith(nameCodes, length, ending)) return true;
  }
  return false;
}

/**
 * The openings and the endings of `ADDRESSEE_ITEM_OPENING` and `ADDRESSEE_ITEM_END` as character
 * codes, by their first and their last character: a name is compared with those few only.
 */
const ADDRESSEE_OPENINGS_BY_FIRST = codesByCharacter(ADDRESSEE_OPENINGS, 0);
const ADDRESSEE_ENDINGS_BY_LAST = codesByCharacter(ADDRESSEE_ENDING_WORDS, -1);

/** `words` as codes, grouped by the code of their character at `at` (-1: the last). */
function codesByCharacter(words: readonly string[], at: 0 | -1): Map<number, Uint16Array[]> {
  const byCode = new Map<number, Uint16Array[]>();
  for (const word of words) {
    const code = word.charCodeAt(at === 0 ? 0 : word.length - 1);
    byCode.set(code, [...(byCode.get(code) ?? []), Uint16Array.from(word, (ch) => ch.charCodeAt(0))]);
  }
  return byCode;
}

/**
 * The first name as `opensAddressees` reads it, as codes in `nameCodes` (its length returned):
 * shaped (as `shapeOf`), its bracket groups removed (as `isAddresseeShaped` removes them). A
 * sixth of a file's lines get this far; read by code into one reused array, no string is built
 * (the strings shaped and the regexes were ≈ 140 bytes and 0.3 µs a line: `opensAddressees`
 * on the seed's lines ×16 went from 7.0 to 2.9 ms, the table `ADDRESSEE_EDGE` included).
 */
let nameCodes = new Uint16Array(256);
function shapeFirstName(text: string, end: number): number {
  if (nameCodes.length < end) nameCodes = new Uint16Array(end);
  let length = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isWhiteSpace(code)) nameCodes[length++] = foldCode(code); // what `shapeOf` does
  }
  return withoutBracketGroups(nameCodes, length);
}

/**
 * `codes[0, length)` with every bracket group removed in place, as
 * `.replace(/[（(][^（()）]*[）)]/g, '')` removes them from a string: an opening bracket
 * whose next bracket closes starts a group; its new length is returned.
 */
function withoutBracketGroups(codes: Uint16Array, length: number): number {
  let kept = 0;
  for (let i = 0; i < length; i++) {
    if (isOpeningBracket(codes[i]!)) {
      let next = i + 1;
      while (next < length && !isOpeningBracket(codes[next]!) && !isClosingBracket(codes[next]!)) next++;
      if (next < length && isClosingBracket(codes[next]!)) {
        i = next; // the group, brackets included, is dropped
        continue;
      }
    }
    codes[kept++] = codes[i]!;
  }
  return kept;
}

const isOpeningBracket = (code: number): boolean => code === 0xff08 || code === 0x28; // （ (
const isClosingBracket = (code: number): boolean => code === 0xff09 || code === 0x29; // ） )

/** Do `codes[0, length)` start with `word`? */
function codesStartWith(codes: Uint16Array, length: number, word: Uint16Array): boolean {
  if (word.length > length) return false;
  for (let i = 0; i < word.length; i++) if (codes[i] !== word[i]) return false;
  return true;
}

/** Do `codes[0, length)` end with `word`? */
function codesEndWith(codes: Uint16Array, length: number, word: Uint16Array): boolean {
  if (word.length > length) return false;
  for (let i = 1; i <= word.length; i++) if (codes[length - i] !== word[word.length - i]) return false;
  return true;
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
  return (ADDRESSEE_EDGE[first]! & OPENING_FIRST) !== 0 || (ADDRESSEE_EDGE[last]! & ENDING_LAST) !== 0;
}
