/**
 * The numeral readers of grammar/data/numerals.ts, read by code over a table, against the
 * readers they replaced (string loops and object lookups, kept here as the reference): the
 * same value, or null, for every string up to a few characters over an alphabet of numerals,
 * digits, circled numbers, white space and other characters, and for longer samples.
 */
import { describe, expect, it } from 'vitest';
import { CHINESE_DIGITS, CHINESE_UNITS, CIRCLED_NUMBERS, chineseToInt, foldDigits, ordinalValue } from '../grammar/data/numerals.js';

/** The former `chineseToInt`. */
function referenceChineseToInt(text: string): number | null {
  if (text.length === 0) return null;
  let hasUnit = false;
  for (const ch of text) {
    if (CHINESE_UNITS[ch] !== undefined) hasUnit = true;
    else if (CHINESE_DIGITS[ch] === undefined) return null;
  }
  if (!hasUnit) {
    let n = 0;
    for (const ch of text) n = n * 10 + CHINESE_DIGITS[ch]!;
    return n;
  }
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = CHINESE_UNITS[ch];
    if (unit !== undefined) {
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[ch]!;
    }
  }
  return total + digit;
}

/** The former `ordinalValue`. */
function referenceOrdinalValue(text: string): number | null {
  const folded = foldDigits(text.replace(/\s+/g, ''));
  if (/^\d+$/.test(folded)) return Number(folded);
  const circled = CIRCLED_NUMBERS.indexOf(folded);
  if (circled >= 0 && folded.length === 1) return circled + 1;
  return referenceChineseToInt(folded);
}

/** Every string of length 0…`max` over `alphabet`. */
function* stringsOver(alphabet: readonly string[], max: number): Generator<string> {
  let layer = [''];
  yield '';
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of layer) for (const ch of alphabet) next.push(s + ch);
    yield* next;
    layer = next;
  }
}

const NUMERALS = [...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_UNITS)];
const OTHERS = ['0', '7', '９', '０', '①', '⑩', '⑳', '⑴', ' ', '\u3000', '\t', '\ufeff', 'a', '第', '\ud83d'];

/** Both readers compared on `texts`; the first differences, if any, are listed. */
function differences(texts: Iterable<string>): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const [ordinal, expectedOrdinal] = [ordinalValue(text), referenceOrdinalValue(text)];
    const [chinese, expectedChinese] = [chineseToInt(text), referenceChineseToInt(text)];
    if (!Object.is(ordinal, expectedOrdinal)) found.push(`ordinalValue(${JSON.stringify(text)}): ${ordinal}, was ${expectedOrdinal}`);
    if (!Object.is(chinese, expectedChinese)) found.push(`chineseToInt(${JSON.stringify(text)}): ${chinese}, was ${expectedChinese}`);
    if (found.length >= 10) break;
  }
  return found;
}

describe('numeral readers', () => {
  it('read every string of up to 4 characters as the former readers did', () => {
    expect(differences(stringsOver([...NUMERALS, ...OTHERS], 4))).toEqual([]);
  });

  it('read every numeral string of up to 5 characters as the former readers did', () => {
    expect(differences(stringsOver([...NUMERALS, ' '], 5))).toEqual([]);
  });

  it('read long and random strings as the former readers did', () => {
    const samples = ['1234567890123456', '９９９９９９９９９９９９９９９９９', '12345678901234567890', '二〇二〇二〇二〇二〇二〇二〇二〇二〇', '一百零二', ' 十 一 '];
    const alphabet = [...NUMERALS, ...OTHERS, '1', '2'];
    let seed = 14;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      const length = 1 + random(24);
      const only = random(3) === 0 ? ['1', '2', '9', '０', ' '] : alphabet;
      samples.push(Array.from({ length }, () => only[random(only.length)]!).join(''));
    }
    expect(differences(samples)).toEqual([]);
  });

  it('reads the markers of the gazettes', () => {
    expect([ordinalValue('十一'), ordinalValue('二十三'), ordinalValue('一百零二'), ordinalValue('１２'), ordinalValue('③'), ordinalValue('二 十')]).toEqual([11, 23, 102, 12, 3, 20]);
    expect([ordinalValue(''), ordinalValue('  '), ordinalValue('第一'), chineseToInt('二〇二〇'), chineseToInt('')]).toEqual([null, null, null, 2020, null]);
  });
});
