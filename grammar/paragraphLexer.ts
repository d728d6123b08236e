/**
 * The paragraph lexer: tokens that open a paragraph of a gazette — section markers,
 * document numbers, dates, the disclosure note, 附件 — plus the plain-text tokens
 * around them. Only the opening of a paragraph is lexed (see `OPENING_LENGTH`): that is
 * all the document grammar needs to tell an issuer line from a heading or a signature.
 *
 * Token order matters: Chevrotain tries tokens in the order of `PARAGRAPH_TOKENS` and
 * takes the first match, so specific tokens come before the general ones.
 */
import { createToken, Lexer } from './chevrotain.js';
import { charTable } from './charTable.js';
import { lexerConfig } from './lexerConfig.js';
import type { TokenType } from 'chevrotain';
import { MARKER_FAMILIES, type MarkerStyle } from './data/markers.js';
import { DISCLOSURE_VALUES } from './data/issuers.js';
import { DATE_YEAR_ZEROS } from './data/dateWords.js';

const CJK = '\\u4e00-\\u9fff\\u3400-\\u4dbf';
const DIGIT = '0-9０-９';

/** Spaces (ASCII, ideographic, tabs) are skipped: OCR scatters them inside words. */
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\u3000]+/, group: Lexer.SKIPPED });

/** OCR spaces may fall between any two characters of a fixed wording. */
const spaced = (word: string) => [...word].join('\\s*');

/** `（此件公开发布）` and the other disclosure notes (公开属性) of `DISCLOSURE_VALUES`. */
export const Disclosure = createToken({
  name: 'Disclosure',
  pattern: new RegExp(`[（(]\\s*(?:${DISCLOSURE_VALUES.map(spaced).join('|')})\\s*[）)]`),
  start_chars_hint: ['（', '('],
});

/**
 * A document number (发文字号): `吕政办发〔2020〕50 号`, with the OCR variants `[ ]`, `【】`,
 * `（）` around the year, spaces anywhere, traditional `號` (`東府〔2021〕54號`); or a
 * decree's number alone, `第706号`.
 */
export const DocNumber = createToken({
  name: 'DocNumber',
  pattern: new RegExp(`(?:[${CJK}]{1,12}\\s*[〔\\[【（(]\\s*[${DIGIT}]{4}\\s*[〕\\]】）)]\\s*第?\\s*[${DIGIT}]{1,4}|第\\s*[${DIGIT}]{1,5})\\s*[号號]`),
  line_breaks: false,
});

/** A full date in Arabic digits: `2020 年 7 月 7 日`. */
export const ArabicDate = createToken({
  name: 'ArabicDate',
  pattern: new RegExp(`[${DIGIT}]{4}\\s*年\\s*[${DIGIT}]{1,2}\\s*月\\s*[${DIGIT}]{1,2}\\s*日`),
});

/**
 * A full date in Chinese numerals, as signatures were printed before 2012: `二〇〇四年六月
 * 二十六日`; the zero also as `○` (U+25CB), `零` or a letter O (`DATE_YEAR_ZEROS`).
 */
export const ChineseDate = createToken({
  name: 'ChineseDate',
  pattern: new RegExp(`[${DATE_YEAR_ZEROS}一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日`),
  start_chars_hint: [...`${DATE_YEAR_ZEROS}一二三四五六七八九`],
});

/** `附件`, possibly letter-spaced. */
export const AttachmentWord = createToken({ name: 'AttachmentWord', pattern: /附\s*件/, start_chars_hint: ['附'] });

/** One token type per marker family, built from the shared marker table. */
export const MARKER_TOKENS: ReadonlyMap<MarkerStyle, TokenType> = new Map(
  MARKER_FAMILIES.map((f) => [
    f.style,
    createToken({ name: f.tokenName, pattern: new RegExp(f.pattern), line_breaks: false }),
  ]),
);

export const Colon = createToken({ name: 'Colon', pattern: /[:：]/ });
export const SentenceEnd = createToken({ name: 'SentenceEnd', pattern: /[。；;！？!?]/ });
export const LParen = createToken({ name: 'LParen', pattern: /[（(]/ });
export const RParen = createToken({ name: 'RParen', pattern: /[）)]/ });
export const Number = createToken({ name: 'Number', pattern: new RegExp(`[${DIGIT}]+(?:[.．][${DIGIT}]+)?`) });
export const CjkText = createToken({ name: 'CjkText', pattern: new RegExp(`[${CJK}]+`) });
export const Latin = createToken({ name: 'Latin', pattern: /[A-Za-zＡ-Ｚａ-ｚ]+/ });
/** Anything else, one code unit at a time (an explicit full range: the optimised lexer rejects complements). */
export const OtherChar = createToken({ name: 'OtherChar', pattern: /[\u0000-\uffff]/, line_breaks: true });

/** All tokens, in the order the lexer tries them. */
export const PARAGRAPH_TOKENS: TokenType[] = [
  WhiteSpace,
  Disclosure,
  ArabicDate,
  ChineseDate,
  DocNumber,
  AttachmentWord,
  ...MARKER_TOKENS.values(),
  Colon,
  SentenceEnd,
  LParen,
  RParen,
  Number,
  CjkText,
  Latin,
  OtherChar,
];

/** The singleton paragraph lexer. */
export const paragraphLexer = new Lexer(PARAGRAPH_TOKENS, lexerConfig(false));

/** How much of a paragraph is lexed at most: enough for any opening the grammar looks at. */
export const OPENING_LENGTH = 64;

/**
 * Clause breaks (`，。；：` and their ASCII forms): no token of more than one character holds
 * one, and none looks past one (the `1.` marker's lookahead reads digits only), so the tokens
 * before a break are the same whether or not the text after it is lexed. Keep it so when
 * adding a token (test/paragraph-opening.test.ts lexes the recorded inputs' lines both ways).
 */
const CLAUSE_BREAKS = '，。；：,;:';
/** 1 at the code of each clause break: a table, as every character of an opening is looked up. */
const IS_CLAUSE_BREAK = charTable([[CLAUSE_BREAKS, 1]]);

/**
 * The end of the opening that is lexed: after the first clause break, or `OPENING_LENGTH`.
 * The document grammar looks at the first two tokens and at whether more follow, which the
 * break (a token of its own) keeps. Most paragraphs break within a few words: lexing up to
 * the break rather than 64 characters took the paragraph lexer from ≈ 45 ms to ≈ 15 ms per
 * seed ×16.
 */
export function openingEnd(text: string): number {
  const end = Math.min(text.length, OPENING_LENGTH);
  for (let i = 0; i < end; i++) if (IS_CLAUSE_BREAK[text.charCodeAt(i)] === 1) return i + 1;
  return end;
}
