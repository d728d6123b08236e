/**
 * The paragraph lexer: tokens that open a paragraph of a gazette — section markers,
 * document numbers, dates, the disclosure note, 附件 — plus the plain-text tokens
 * around them. Only the opening of a paragraph is lexed (see `OPENING_LENGTH`): that is
 * all the document grammar needs to tell an issuer line from a heading or a signature.
 *
 * Token order matters: Chevrotain tries tokens in the order of `PARAGRAPH_TOKENS` and
 * takes the first match, so specific tokens come before the general ones.
 *
 * Every token names the characters it can start with (`start_chars_hint`, see
 * `phrase/startChars.ts`), taken from the same character sets as its pattern: without them,
 * building the lexer (at import, in every process and worker) parsed each pattern to find
 * them — ≈ 10 of the ≈ 11 ms it took. test/paragraph-lexer.test.ts checks the hints against
 * Chevrotain's own reading of the patterns.
 */
import { createToken, Lexer } from './chevrotain.js';
import { charTable } from './charTable.js';
import { lexerConfig } from './lexerConfig.js';
import type { TokenType } from 'chevrotain';
import { MARKER_FAMILIES, type MarkerStyle } from './data/markers.js';
import { DISCLOSURE_VALUES } from './data/issuers.js';
import { DATE_YEAR_ZEROS } from './data/dateWords.js';
import { firstCharsHint, rangeHint } from './phrase/startChars.js';

type Ranges = readonly (readonly [number, number])[];
const hex = (code: number): string => code.toString(16).padStart(4, '0');
/** A character class's inside (`\u4e00-\u9fff…`) from code ranges. */
const rangeClass = (ranges: Ranges): string => ranges.map(([lo, hi]) => `\\u${hex(lo)}-\\u${hex(hi)}`).join('');
/** The hint of a token opening with one of `chars`. */
const charsHint = (chars: string): string[] => firstCharsHint([...chars]);

/** CJK ideographs: the unified block and extension A. */
const CJK_RANGES: Ranges = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
];
const CJK = rangeClass(CJK_RANGES);
/** Arabic digits, ASCII and full-width. */
const DIGIT_RANGES: Ranges = [
  [0x30, 0x39],
  [0xff10, 0xff19],
];
const DIGIT = rangeClass(DIGIT_RANGES);
/** Latin letters, ASCII and full-width. */
const LATIN_RANGES: Ranges = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
];
const SPACES = ' \t\u3000';
const OPEN_BRACKETS = '（(';
const CHINESE_DATE_DIGITS = `${DATE_YEAR_ZEROS}一二三四五六七八九`;
/** The brackets around a document number's year (`〔2020〕`, OCR's `[ ]`, `【】`, `（）`). */
const YEAR_OPENINGS = '〔[【（(';
const ATTACHMENT_FIRST = '附';
/** `chars` inside a regex character class. */
const classOf = (chars: string): string => `[${chars.replace(/[\\\]\[^-]/g, '\\$&')}]`;

/** Spaces (ASCII, ideographic, tabs) are skipped: OCR scatters them inside words. */
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: new RegExp(`[${SPACES}]+`), start_chars_hint: charsHint(SPACES), group: Lexer.SKIPPED });

/** OCR spaces may fall between any two characters of a fixed wording. */
const spaced = (word: string) => [...word].join('\\s*');

/** `（此件公开发布）` and the other disclosure notes (公开属性) of `DISCLOSURE_VALUES`. */
export const Disclosure = createToken({
  name: 'Disclosure',
  pattern: new RegExp(`[${OPEN_BRACKETS}]\\s*(?:${DISCLOSURE_VALUES.map(spaced).join('|')})\\s*[）)]`),
  start_chars_hint: charsHint(OPEN_BRACKETS),
});

/**
 * A document number (发文字号): `吕政办发〔2020〕50 号`, with the OCR variants `[ ]`, `【】`,
 * `（）` around the year, spaces anywhere, traditional `號` (`東府〔2021〕54號`); or a
 * decree's number alone, `第706号`.
 */
export const DocNumber = createToken({
  name: 'DocNumber',
  pattern: new RegExp(`(?:[${CJK}]{1,12}\\s*${classOf(YEAR_OPENINGS)}\\s*[${DIGIT}]{4}\\s*[〕\\]】）)]\\s*第?\\s*[${DIGIT}]{1,4}|第\\s*[${DIGIT}]{1,5})\\s*[号號]`),
  start_chars_hint: rangeHint(CJK_RANGES), // 第 is one of them
  line_breaks: false,
});

/** A full date in Arabic digits: `2020 年 7 月 7 日`. */
export const ArabicDate = createToken({
  name: 'ArabicDate',
  pattern: new RegExp(`[${DIGIT}]{4}\\s*年\\s*[${DIGIT}]{1,2}\\s*月\\s*[${DIGIT}]{1,2}\\s*日`),
  start_chars_hint: rangeHint(DIGIT_RANGES),
});

/**
 * A full date in Chinese numerals, as signatures were printed before 2012: `二〇〇四年六月
 * 二十六日`; the zero also as `○` (U+25CB), `零` or a letter O (`DATE_YEAR_ZEROS`).
 */
export const ChineseDate = createToken({
  name: 'ChineseDate',
  pattern: new RegExp(`[${CHINESE_DATE_DIGITS}]{4}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日`),
  start_chars_hint: charsHint(CHINESE_DATE_DIGITS),
});

/** `附件`, possibly letter-spaced. */
export const AttachmentWord = createToken({ name: 'AttachmentWord', pattern: new RegExp(`${ATTACHMENT_FIRST}\\s*件`), start_chars_hint: charsHint(ATTACHMENT_FIRST) });

/** One token type per marker family, built from the shared marker table. */
export const MARKER_TOKENS: ReadonlyMap<MarkerStyle, TokenType> = new Map(
  MARKER_FAMILIES.map((f) => [
    f.style,
    createToken({ name: f.tokenName, pattern: new RegExp(f.pattern), start_chars_hint: charsHint(f.firstChars), line_breaks: false }),
  ]),
);

/** A token of one character of `chars`. */
const oneOf = (name: string, chars: string) => createToken({ name, pattern: new RegExp(`[${chars}]`), start_chars_hint: charsHint(chars) });
export const Colon = oneOf('Colon', ':：');
export const SentenceEnd = oneOf('SentenceEnd', '。；;！？!?');
export const LParen = oneOf('LParen', OPEN_BRACKETS);
export const RParen = oneOf('RParen', '）)');
export const Number = createToken({ name: 'Number', pattern: new RegExp(`[${DIGIT}]+(?:[.．][${DIGIT}]+)?`), start_chars_hint: rangeHint(DIGIT_RANGES) });
export const CjkText = createToken({ name: 'CjkText', pattern: new RegExp(`[${CJK}]+`), start_chars_hint: rangeHint(CJK_RANGES) });
export const Latin = createToken({ name: 'Latin', pattern: new RegExp(`[${rangeClass(LATIN_RANGES)}]+`), start_chars_hint: rangeHint(LATIN_RANGES) });
/** Anything else, one code unit at a time (an explicit full range: the optimised lexer rejects complements). */
export const OtherChar = createToken({ name: 'OtherChar', pattern: /[\u0000-\uffff]/, start_chars_hint: rangeHint([[0, 0xffff]]), line_breaks: true });

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

/** The characters skipped before the first token (`WhiteSpace`), and the CJK characters a token tried before `CjkText` opens with, `DocNumber`'s aside. */
const SKIPPED = 1;
const OPENS_TOKEN = 2;
const OPENING_CHAR = charTable([
  [SPACES, SKIPPED],
  [`${MARKER_FAMILIES.map((f) => f.firstChars).join('')}${CHINESE_DATE_DIGITS}${ATTACHMENT_FIRST}`, OPENS_TOKEN],
]);
const IS_YEAR_OPENING = charTable([[YEAR_OPENINGS, 1]]);

/**
 * Is the first token of `opening` plain CJK text (`CjkText`)? When its first character (after
 * spaces) is a CJK character no token tried before `CjkText` opens with — but `DocNumber`,
 * which any CJK character opens and which needs a bracket for its year further on — and the
 * opening holds no such bracket. The document grammar reads nothing from such an opening's
 * tokens, so `classifyOne` does not lex it. test/paragraph-lexer.test.ts checks it against the
 * lexer on every recorded line and on short strings.
 */
export function opensWithPlainText(opening: string): boolean {
  let i = 0;
  while (i < opening.length && OPENING_CHAR[opening.charCodeAt(i)] === SKIPPED) i++;
  const first = opening.charCodeAt(i);
  if (!isCjk(first) || OPENING_CHAR[first] === OPENS_TOKEN) return false;
  for (let k = i + 1; k < opening.length; k++) if (IS_YEAR_OPENING[opening.charCodeAt(k)] === 1) return false;
  return true;
}

function isCjk(code: number): boolean {
  for (const [lo, hi] of CJK_RANGES) if (code >= lo && code <= hi) return true;
  return false;
}
