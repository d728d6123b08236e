/**
 * A gazette issue's front matter as data: the head of its table of contents and the shape
 * of an entry (a title, leader dots or spaces, a page number). The titles in a 目录 repeat
 * the documents' titles: they are never documents or titles themselves.
 */
import { isWhiteSpace } from '../whiteSpace.js';

/** The head of a table of contents, white space removed: `目　录`, `目次`. */
export const CONTENTS_HEAD = /^目(?:录|錄|次)$/;

/**
 * The end of a contents entry: leader dots (`…………`, `……`, `.....`, `·····`) or a run of
 * spaces, then the page number, bracketed or not: `…的通知…………（2）`, `…的意见.......12`.
 */
export const CONTENTS_ENTRY_END = /(?:[…⋯．.·•]{2,}\s*|[—-]{3,}\s*|[\s\u3000]{2,})[（(]?\s*[0-9０-９]{1,4}\s*[)）]?$/;

/** A contents entry is one title and its page: longer paragraphs are not tested (nor searched for the shape). */
export const MAX_CONTENTS_ENTRY = 200;

/** A page number left alone on its line when the entry wrapped: `（16）`. */
export const CONTENTS_PAGE_ONLY = /^[（(]\s*[0-9０-９]{1,4}\s*[)）]$/;

/** The front matter (masthead lines, 目录) is looked for among this many opening paragraphs. */
export const FRONT_MATTER_REACH = 8;

/** A contents entry: a short line that ends at its page number (`…的通知…………（22）`, `（22）`). */
export function isContentsEntry(printed: string): boolean {
  const text = printed.trim();
  return text.length <= MAX_CONTENTS_ENTRY && (endsAsContentsEntry(text) || CONTENTS_PAGE_ONLY.test(text));
}

/**
 * `CONTENTS_ENTRY_END.test(text)`, the pattern tried only when the text ends as its match must: with
 * a page number's digit, its closing bracket or white space. The pattern has no start and is tried
 * from every position of the text (a title tested for its shape is one of a few hundred characters).
 */
export function endsAsContentsEntry(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const mayEnd = (last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19) || last === 0x29 || last === 0xff09 || isWhiteSpace(last);
  return mayEnd && CONTENTS_ENTRY_END.test(text);
}
