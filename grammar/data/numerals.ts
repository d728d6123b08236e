/**
 * Chinese numerals as they appear in section markers and dates: 一…十, 百, 〇/零,
 * the full-width digits OCR leaves in, and the circled numbers of the ① family.
 */

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
 * 十一 → 11, 二十三 → 23, 三十九 → 39, 一百零二 → 102, and digit-by-digit
 * readings such as 二〇二〇 → 2020. Returns null for anything that is not a numeral.
 */
export function chineseToInt(text: string): number | null {
  if (text.length === 0) return null;
  let hasUnit = false;
  for (const ch of text) {
    if (CHINESE_UNITS[ch] !== undefined) hasUnit = true;
    else if (CHINESE_DIGITS[ch] === undefined) return null;
  }
  if (!hasUnit) {
    // 二〇二〇: a year read digit by digit.
    let n = 0;
    for (const ch of text) n = n * 10 + CHINESE_DIGITS[ch]!;
    return n;
  }
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = CHINESE_UNITS[ch];
    if (unit !== undefined) {
      total += (digit === 0 ? 1 : digit) * unit; // 十一: the leading 一 is implied
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[ch]!;
    }
  }
  return total + digit;
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

/** Parses an ordinal written with ASCII or full-width digits, or Chinese numerals. */
export function ordinalValue(text: string): number | null {
  const folded = foldDigits(text.replace(/\s+/g, ''));
  if (/^\d+$/.test(folded)) return Number(folded);
  const circled = CIRCLED_NUMBERS.indexOf(folded);
  if (circled >= 0 && folded.length === 1) return circled + 1;
  return chineseToInt(folded);
}
