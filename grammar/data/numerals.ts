/**
 * Chinese numerals as they appear in section markers and dates: 一…十, 百, 〇/零,
 * the full-width digits OCR leaves in, and the circled numbers of the ① family.
 */
import { isWhiteSpace } from '../whiteSpace.js';

/** Digit values of the Chinese numeral characters used in markers and dates. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Multipliers: 十 and 百 (no gazette numbers its sections past the hundreds). */
export const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100 };

/** The circled numbers ①…⑳ in code-point order. */
export const CIRCLED_NUMBERS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Characters that may make up a Chinese ordinal (一, 十一, 二十三, 一百零二). */
export const CHINESE_NUMERAL_CLASS = '〇零一二两三四五六七八九十百';

/**
 * The value of each numeral character by code, -1 for any other: 0–9 for the digits of
 * `CHINESE_DIGITS`, 10 and 100 for the units of `CHINESE_UNITS`. A table read with
 * `charCodeAt`, as markers and dates are read by the thousand: the loops over the characters
 * and their lookups in objects keyed by string were ≈ 13 % of `classifyOne` (seed ×16).
 */
const CHINESE_VALUE = new Int8Array(0x10000).fill(-1);
for (const [ch, value] of Object.entries(CHINESE_DIGITS)) CHINESE_VALUE[ch.charCodeAt(0)] = value;
for (const [ch, value] of Object.entries(CHINESE_UNITS)) CHINESE_VALUE[ch.charCodeAt(0)] = value;
/** A value of `CHINESE_VALUE` at least this is a unit (十, 百), not a digit. */
const FIRST_UNIT = 10;

/**
 * 十一 → 11, 二十三 → 23, 三十九 → 39, 一百零二 → 102, and digit-by-digit
 * readings such as 二〇二〇 → 2020. Returns null for anything that is not a numeral.
 */
export function chineseToInt(text: string): number | null {
  return readChinese(text, false);
}

/**
 * `chineseToInt` of `text`, its white space skipped if `skipWhiteSpace` (null if nothing is
 * left). Both readings are made in the one pass: digit by digit (二〇二〇) and by units
 * (二十三); the first is the value unless a unit was met.
 */
function readChinese(text: string, skipWhiteSpace: boolean): number | null {
  let digitByDigit = 0;
  let total = 0;
  let digit = 0;
  let hasUnit = false;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = CHINESE_VALUE[code]!;
    if (value < 0) {
      if (skipWhiteSpace && isWhiteSpace(code)) continue;
      return null;
    }
    empty = false;
    if (value >= FIRST_UNIT) {
      hasUnit = true;
      total += (digit === 0 ? 1 : digit) * value; // 十一: the leading 一 is implied
      digit = 0;
    } else {
      digitByDigit = digitByDigit * 10 + value; // 二〇二〇: a year read digit by digit
      digit = value;
    }
  }
  if (empty) return null;
  return hasUnit ? total + digit : digitByDigit;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Full-width digits (０-９) folded to ASCII: same length, so offsets stay valid. */
export function foldDigits(text: string): string {
  // Most text has none: look before building a new string with a callback per digit.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return text;
}

/** The first and last circled numbers (① U+2460 … ⑳ U+2473, contiguous). */
const FIRST_CIRCLED = CIRCLED_NUMBERS.charCodeAt(0);
const LAST_CIRCLED = CIRCLED_NUMBERS.charCodeAt(CIRCLED_NUMBERS.length - 1);
/** Arabic numbers of at most this many digits are read exactly by `n * 10 + d`; longer ones by `Number`. */
const MAX_EXACT_DIGITS = 15;

/**
 * Parses an ordinal written with ASCII or full-width digits, or Chinese numerals; white space
 * inside is skipped. Read by code, without building a string (see `CHINESE_VALUE`).
 */
export function ordinalValue(text: string): number | null {
  let arabic = 0;
  let digits = 0;
  let only = -1; // the one character that is not white space (-1: none yet, -2: more than one)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) continue;
    only = only === -1 ? code : -2;
    const d = arabicDigit(code);
    if (d < 0) return only >= FIRST_CIRCLED && only <= LAST_CIRCLED && isWhiteSpaceFrom(text, i + 1) ? only - FIRST_CIRCLED + 1 : readChinese(text, true);
    arabic = arabic * 10 + d;
    digits++;
  }
  if (digits === 0) return null;
  return digits <= MAX_EXACT_DIGITS ? arabic : Number(foldDigits(text.replace(/\s+/g, '')));
}

/** The value of an ASCII or full-width digit, or -1. */
function arabicDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** Is `text` from `from` on nothing but white space? */
function isWhiteSpaceFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}
