/**
 * Writing numbers the way Chinese official documents number headings: 一 二 … 十一 …
 * 九十九, and the marker of each level of GB/T 9704 (一、 > （一） > 1. > （1）). Readers
 * use it where a file carries the number as structure rather than as text: a Markdown
 * heading's depth, a nested Markdown list, Word's automatic list numbers.
 */

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五; below 1 as Arabic digits. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let out = '';
  let rest = n;
  let zero = false;
  for (const [value, name] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (zero) out += '零';
      out += DIGITS[d]! + name;
      zero = false;
    } else if (out !== '') zero = true;
  }
  if (rest > 0) out += (zero ? '零' : '') + DIGITS[rest];
  return out;
}

/** Circled numbers ① – ⑳. */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The marker of heading level `level` (1 一、, 2 （一）, 3 1., 4 （1）, 5 ①) numbered `n`;
 * deeper levels repeat （1）.
 */
export function levelMarker(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 5:
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : `（${n}）`;
    default:
      return `（${n}）`;
  }
}
