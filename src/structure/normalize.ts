/**
 * Normalising what the header and closing of a notice print: titles, document
 * numbers, addressees, dates, genre, disclosure. Pure functions of text.
 */
import { ADDRESSEE_SEPARATORS, ENUMERATION_STARTS } from '../../grammar/data/addressees.js';
import { DATE_YEAR_ZEROS } from '../../grammar/data/dateWords.js';
import { IN_ROUND_BRACKETS } from '../../grammar/data/lineBreaks.js';
import { DOCUMENT_GENRES } from '../../grammar/data/issuers.js';
import { chineseToInt, foldDigits } from '../../grammar/data/numerals.js';
import { isWhiteSpace } from '../layout/lines.js';
import type { DocNumberParts } from '../model.js';

/**
 * Removes whitespace except between two Latin letters or digits: OCR puts spaces around
 * digits and inside letter-spaced words (`通 知`); a title has none.
 */
export function compactText(text: string): string {
  // A loop rather than `replace(/\s+/g, callback)`: OCR'd text has a space run every few
  // characters, and a callback per run made this the hottest function of the parse.
  let i = 0;
  while (i < text.length && !isWhiteSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  const parts: string[] = [];
  let from = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
    parts.push(text.slice(from, i));
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    const after = j < text.length ? text.charCodeAt(j) : -1;
    if (keepsSpaceBetween(before, after)) parts.push(' ');
    from = j;
    i = j;
    while (i < text.length && !isWhiteSpace(text.charCodeAt(i))) i++;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * A site's category label before a title (`【规范性文件】长沙市人民政府办公厅关于…`): no title
 * opens with a bracketed word, so the label is the site's.
 */
const SITE_LABEL = /^【[^【】]{1,10}】/;

/** The title without the marks a site put around it: a category label, book-title marks (`unwrapBookTitle`). */
export function titleWithoutSiteMarks(title: string): string {
  return unwrapBookTitle(title.replace(SITE_LABEL, ''));
}

/**
 * A title printed whole inside book-title marks, as sites that list or cite notices print
 * it (`《北京市人民政府办公厅关于印发〈…〉的通知》`): the marks are the site's, not the
 * title's, and are dropped; a title that only holds a cited name keeps its marks.
 */
export function unwrapBookTitle(title: string): string {
  if (!title.startsWith('《') || !title.endsWith('》')) return title;
  let depth = 0;
  for (let i = 0; i < title.length - 1; i++) {
    const c = title[i];
    if (c === '《') depth++;
    else if (c === '》' && --depth === 0) return title; // the first mark closes before the end
  }
  return title.slice(1, -1);
}

/** True when a run of whitespace between these two characters is kept as one space: ASCII letters or digits, one of them a letter. */
export function keepsSpaceBetween(before: number, after: number): boolean {
  return isAsciiAlnum(before) && isAsciiAlnum(after) && (isAsciiLetter(before) || isAsciiLetter(after));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

const DOC_NUMBER = /^(.+?)[〔\[【（(]([0-9０-９]{4})[〕\]】）)]第?([0-9０-９]{1,4})([号號])$/;

/**
 * `吕政办发〔2020〕50 号` → `吕政办发〔2020〕50号` with its parts: spaces removed, the year's
 * brackets as 〔〕, the final 号 as printed (`東府〔2021〕54號`). Null for other shapes (a
 * decree's `第706号` has no prefix or year).
 */
export function parseDocNumber(printed: string): { docNumber: string; parts: DocNumberParts } | null {
  // A number printed inside brackets (`（吉府发〔2003〕37号）`): the brackets are not the number's.
  const m = DOC_NUMBER.exec(foldDigits(printed.replace(/\s+/g, '').replace(IN_ROUND_BRACKETS, '$1')));
  if (!m) return null;
  const [, prefix, year, serial, hao] = m;
  return {
    docNumber: `${prefix}〔${year}〕${Number(serial)}${hao}`,
    parts: { prefix: prefix!, year: Number(year), serial: Number(serial) },
  };
}

/** Splits the addressee line at commas, and at `、` before a new addressee; brackets stay whole. */
export function splitAddressees(printed: string): string[] {
  const text = compactText(printed).replace(/[:：]$/, '');
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    const separates =
      depth === 0 &&
      (ADDRESSEE_SEPARATORS.includes(ch) || (ch === '、' && ENUMERATION_STARTS.some((w) => text.startsWith(w, i + 1))));
    if (separates) {
      if (current) out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

const ARABIC_DATE = /^([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日$/;
const CHINESE_DATE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/;
/** The zero of a year in Chinese numerals is often printed with a circle sign or a letter O: `二○○四`, `二OO三`. */
const CIRCLE_ZERO = new RegExp(`[${[...DATE_YEAR_ZEROS].filter((c) => c !== '〇').join('')}]`, 'g');

/** `2020 年 7 月 7 日` or `二〇二〇年七月七日` → `2020-07-07`; null when not a real date. */
export function parseFullDate(printed: string): string | null {
  const text = printed.replace(/\s+/g, '').replace(CIRCLE_ZERO, '〇');
  let y: number | null, m: number | null, d: number | null;
  const a = ARABIC_DATE.exec(foldDigits(text));
  if (a) [y, m, d] = [Number(a[1]), Number(a[2]), Number(a[3])];
  else {
    const c = CHINESE_DATE.exec(text);
    if (!c) return null;
    [y, m, d] = [chineseToInt(c[1]!), chineseToInt(c[2]!), chineseToInt(c[3]!)];
  }
  if (y === null || m === null || d === null || !isRealDate(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when y-m-d exists in the Gregorian calendar. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The genre is the last word of the title (通知, 意见…), null when none is known. */
export function genreOf(title: string): string | null {
  const t = title.replace(/[”"」）)]+$/, '');
  // Longest first, so 通告 is not read as 告 and 公告 not as 告.
  const genres = [...DOCUMENT_GENRES].sort((a, b) => b.length - a.length);
  return genres.find((g) => t.endsWith(g)) ?? null;
}

/** `（此件公开发布）` → `此件公开发布`. */
export function disclosureOf(printed: string): string {
  return printed.replace(/[\s（()）]/g, '');
}
