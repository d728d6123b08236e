/**
 * The marker families that number headings in Chinese official documents
 * (GB/T 9704-2012 §7.3.3: 一、 > （一） > 1. > （1）; regulations use 第X章 > 第X节 > 第X条),
 * with the OCR variants seen in real gazettes: half-width brackets, mixed pairs
 * `（十一)`, `1．` and `1、`, full-width digits, spaces inside the marker.
 *
 * Patterns are regex sources without anchors so the lexer and the layout stage build
 * their own from one definition. They use explicit CJK ranges only: Chevrotain's
 * optimised lexer rejects `\p{…}` and complement sets.
 */
import { CHINESE_NUMERAL_CLASS, CIRCLED_NUMBERS } from './numerals.js';

/** The normalised name of a marker family, as it appears in `Section.style`. */
export type MarkerStyle = '一、' | '（一）' | '1.' | '（1）' | '①' | '第一章' | '第一节' | '第一条';

/** Arabic digits, ASCII and full-width (OCR leaves both). */
const ARABIC_DIGITS = '0123456789０１２３４５６７８９';
const OPEN_BRACKETS = '（(';
const CN = `[${CHINESE_NUMERAL_CLASS}]+`;
const AR = `[${ARABIC_DIGITS}]{1,3}`;
const OPEN = `[${OPEN_BRACKETS}]`;
const CLOSE = '[）)]';

/** One marker family: its style, the regex source of a marker, how to read its number. */
export interface MarkerFamily {
  style: MarkerStyle;
  /** Token name in the paragraph lexer. */
  tokenName: string;
  pattern: string;
  /**
   * Every character a marker of this family can open with (the first part of `pattern`):
   * the paragraph lexer's start-character hint, and the layout's `MARKER_FIRST_CHARS`.
   */
  firstChars: string;
  /** Regex source capturing the numeral inside a marker of this family. */
  numeral: string;
}

/** Every family, in the order the lexer must try them (longer, more specific first). */
export const MARKER_FAMILIES: readonly MarkerFamily[] = [
  { style: '第一章', tokenName: 'ChapterMarker', pattern: `第\\s*${CN}\\s*章`, firstChars: '第', numeral: `第\\s*(${CN})\\s*章` },
  { style: '第一节', tokenName: 'SubchapterMarker', pattern: `第\\s*${CN}\\s*节`, firstChars: '第', numeral: `第\\s*(${CN})\\s*节` },
  { style: '第一条', tokenName: 'ArticleMarker', pattern: `第\\s*${CN}\\s*条`, firstChars: '第', numeral: `第\\s*(${CN})\\s*条` },
  { style: '（一）', tokenName: 'ParenCnMarker', pattern: `${OPEN}\\s*${CN}\\s*${CLOSE}`, firstChars: OPEN_BRACKETS, numeral: `${OPEN}\\s*(${CN})\\s*${CLOSE}` },
  { style: '（1）', tokenName: 'ParenArabicMarker', pattern: `${OPEN}\\s*${AR}\\s*${CLOSE}`, firstChars: OPEN_BRACKETS, numeral: `${OPEN}\\s*(${AR})\\s*${CLOSE}` },
  { style: '一、', tokenName: 'CnCommaMarker', pattern: `${CN}\\s*、`, firstChars: CHINESE_NUMERAL_CLASS, numeral: `(${CN})\\s*、` },
  // `1.` must not swallow a decimal (`4.1 万人`, `1.1 编制目的`) or a date (`2020.6`): digits after
  // it only when a date follows (`1.9月30日前，…`, b10 of the corpus).
  {
    style: '1.',
    tokenName: 'ArabicDotMarker',
    pattern: `${AR}\\s*[.．、](?![0-9０-９]+(?![0-9０-９年月日]))`,
    firstChars: ARABIC_DIGITS,
    numeral: `(${AR})\\s*[.．、]`,
  },
  { style: '①', tokenName: 'CircledMarker', pattern: `[${CIRCLED_NUMBERS}]`, firstChars: CIRCLED_NUMBERS, numeral: `([${CIRCLED_NUMBERS}])` },
];

/** Matches when a line or paragraph opens with any marker. */
export const HEADING_OPENING = new RegExp(`^(?:${MARKER_FAMILIES.map((f) => f.pattern).join('|')})`);
/**
 * The characters a marker can open with (`第`, a bracket, a Chinese numeral, a digit, `①`–`⑳`):
 * the layout tries `HEADING_OPENING` only on lines that open with one of these
 * (test/layout.test.ts checks that it covers the families' patterns).
 */
export const MARKER_FIRST_CHARS = [...new Set(MARKER_FAMILIES.flatMap((f) => [...f.firstChars]))].join('');

/** Compiled numeral extractors, one per style. */
export const MARKER_NUMERAL: ReadonlyMap<MarkerStyle, RegExp> = new Map(
  MARKER_FAMILIES.map((f) => [f.style, new RegExp(`^${f.numeral}`)]),
);

/**
 * The rank of each family, highest first: regulations' 章 > 节 > 条, then GB/T 9704's
 * 一、 > （一） > 1. > （1）, then ①. Used only to decide where a family that has not yet
 * appeared in a part attaches; the order of appearance decides the rest.
 */
export const FAMILY_RANK: ReadonlyMap<MarkerStyle, number> = new Map(
  (['第一章', '第一节', '第一条', '一、', '（一）', '1.', '（1）', '①'] as const).map((s, i) => [s, i]),
);

/** Brackets that must pair in a marker: `（十一)` opens full-width and closes half-width. */
export const BRACKET_PAIRS: ReadonlyMap<string, string> = new Map([
  ['（', '）'],
  ['(', ')'],
]);

/**
 * The decimal numbering of 应急预案 and technical documents, a family of its own
 * (GONGWEN.md): `1　总则`, `1.1　编制目的`, `2.1.3　…`. A numbered line of two levels or
 * more opens with the number and CJK text; a first-level line is the number, a space and
 * a short name alone (`1　总则`), so that `2020年…` or `3 个月` never reads as one.
 */
export const DECIMAL_SUBHEADING = /^([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3})[\s\u3000]*(?=[\u4e00-\u9fff])/;
export const DECIMAL_TOP_HEADING = /^([0-9０-９]{1,2})[\s\u3000]+(?=[\u4e00-\u9fff]{2,16}$)/;
