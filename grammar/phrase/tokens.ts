/**
 * Tokens of the phrase grammar (dates, targets, citations), separate from the document
 * grammar's paragraph lexer. A paragraph's clauses that can hold a phrase are lexed;
 * phrases are then found by trying the grammar's rules at the tokens that can start them
 * (see `scan.ts`).
 *
 * Order (Chevrotain tries tokens in the order of `PHRASE_TOKENS`, first match wins):
 *   0. the categories `Word` (any CJK text token) and `Numeral` (digits or Chinese numerals);
 *   1. skipped whitespace;
 *   2. whole units that hide their inside from the other rules: a balanced `《…》` title
 *      (so years in titles are never dates) and a bracketed year `〔2020〕` (so cited numbers
 *      are never dates);
 *   3. a unit, only right after a number (so 人 in 人民 is plain text);
 *   4. numbers;
 *   5. keywords — date words, comparator and verb words, function words — each a literal
 *      word list from `grammar/data/`, longest words first inside a token;
 *   6. range connectors, Chinese numerals, brackets and punctuation;
 *   7. free text: `Filler`, a run of CJK characters none of which can start a keyword (a
 *      positive class built as explicit ranges: the optimised lexer rejects complements),
 *      then `Hanzi`, one CJK character that could have started a keyword but did not;
 *   8. Latin letters, and any other single character.
 *
 * Every token names the characters it can start with (`start_chars_hint`, see
 * `startChars.ts`), so that building the lexer does not analyse the patterns.
 */
import { createToken, Lexer } from '../chevrotain.js';
import { lexerConfig } from '../lexerConfig.js';
import type { IToken, TokenType } from 'chevrotain';
import { BOUND_WORDS, CHANGE_VERBS, COMPARATOR_WORDS, QUOTA_VERBS } from '../data/comparators.js';
import {
  DEADLINE_PREFIXES,
  DEADLINE_SUFFIXES,
  END_OF_PERIOD,
  HALF_YEARS,
  LAST_MONTH,
  LATEST,
  QUARTERLY,
  WITHIN,
  NEXT_YEAR,
  QUARTER,
  RANGE_CLOSERS,
  RANGE_CONNECTORS,
  SINCE_SUFFIXES,
  START_PREFIXES,
  START_SUFFIXES,
  WITHIN_YEAR,
  YEARLY,
  ZERO_VARIANTS,
} from '../data/dateWords.js';
import { ALL_UNITS, HALF_WORDS } from '../data/units.js';
import { firstCharsHint, rangeHint } from './startChars.js';

const DIGIT = '0-9０-９';
/** CJK ideographs: the unified block and extension A. */
const CJK_RANGES: readonly [number, number][] = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
];
/** Characters of Chinese numerals, with OCR's stand-ins for 〇. */
export const NUMERAL_CHARS = `〇零一二两三四五六七八九十百千万${ZERO_VARIANTS.join('')}`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const wordsPattern = (words: readonly string[]): RegExp => new RegExp(byLength(words).map(escape).join('|'));

/** Every literal keyword, so `Filler` can exclude their first characters. */
const KEYWORDS: string[] = [];
/** Category of every token that is CJK text: keywords and free text alike. */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

/** A keyword token from a word list. `word` marks it as CJK text (member of `Word`). */
function keyword(name: string, words: readonly string[], word = true): TokenType {
  KEYWORDS.push(...words);
  return createToken({ name, pattern: wordsPattern(words), start_chars_hint: firstCharsHint(words), categories: word ? [Word] : [] });
}

// 1. Whitespace
/** Spaces, ideographic spaces and line breaks: OCR scatters them inside phrases (`2020 年 10 月`). */
export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\u3000\r\n\u00a0]+/,
  start_chars_hint: firstCharsHint([...' \t\u3000\r\n\u00a0']),
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// 2. Units that hide their inside
/** The longest a `《…》` title may be before it is taken for an unclosed bracket. */
const MAX_TITLE = 240;
const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);
const FULL_STOP = '。'.charCodeAt(0);
const LINE_FEED = '\n'.charCodeAt(0);
/**
 * A balanced `《…》` title (nested titles inside), as one token. Custom pattern: a regular
 * expression cannot balance brackets. An unclosed `《` (OCR) is not a title.
 */
export const BookTitle = createToken({
  name: 'BookTitle',
  pattern: {
    exec: (text: string, offset: number): [string] | null => {
      // Character codes: Chevrotain tries this at every character of the 《 block (、。 too).
      if (text.charCodeAt(offset) !== OPEN_TITLE) return null;
      let depth = 0;
      const limit = Math.min(text.length, offset + MAX_TITLE);
      for (let i = offset; i < limit; i++) {
        const code = text.charCodeAt(i);
        if (code === OPEN_TITLE) depth++;
        else if (code === CLOSE_TITLE && --depth === 0) return [text.slice(offset, i + 1)];
        else if (code === FULL_STOP || code === LINE_FEED) return null;
      }
      return null;
    },
  },
  start_chars_hint: ['《'],
  line_breaks: false,
});

/**
 * A five-year plan named in quotes: `“十四五”`, `“十三五”`, `“九五”` (沪奉府办发〔2021〕18号:
 * `至“十四五”期末`). Only in quotes: `十五` alone is fifteen.
 */
export const FiveYearPlan = createToken({
  name: 'FiveYearPlan',
  pattern: /[“"「](?:十[一二三四五六七八九]?|[六七八九])五[”"」]/,
  start_chars_hint: firstCharsHint([...'“"「']),
});

/** The year of a document number in its brackets, with OCR's bracket variants: `〔2019〕`, `[2020]`, `【2020】`, `（2020）`. */
export const YearInBrackets = createToken({
  name: 'YearInBrackets',
  pattern: new RegExp(`[〔\\[【（(][ \\u3000]*[${DIGIT}]{4}[ \\u3000]*[〕\\]】）)]`),
  start_chars_hint: firstCharsHint([...'〔[【（(']),
});

// 3. Units
const UNIT_AT = new RegExp(byLength(ALL_UNITS).map(escape).join('|'), 'y');
/**
 * A unit printed after a number (`%`, `万人`, `批次/千人`, `个月`). Custom pattern: it only
 * matches when the previous token is a number, so `人` in `人民政府` stays text and
 * `三分之一` is never read as 三 + a unit.
 */
export const Unit = createToken({
  name: 'Unit',
  pattern: {
    exec: (text: string, offset: number, tokens: IToken[]): [string] | null => {
      const prev = tokens[tokens.length - 1];
      if (!prev || (prev.tokenType !== NumberToken && prev.tokenType !== ChineseNumeral)) return null;
      UNIT_AT.lastIndex = offset;
      const m = UNIT_AT.exec(text);
      return m ? [m[0]] : null;
    },
  },
  start_chars_hint: firstCharsHint(ALL_UNITS),
  line_breaks: false,
});

// 4. Numbers
/** `一半`, `半数`: a half, written in words (`一半以上`). Before `ChineseNumeral`'s `一`. */
export const Half = keyword('Half', HALF_WORDS, false);
/** Category of both kinds of numbers (digits and Chinese numerals): a year, a month, a day, an amount. */
export const Numeral = createToken({ name: 'Numeral', pattern: Lexer.NA });
/**
 * A number in ASCII or full-width digits, with decimals: `2020`, `4.1`, `０．３`. Not a
 * decimal before a date word: `1.9月30日前` is item 1. and `9月30日前` (沪崇府办发〔2017〕39号
 * prints its items so).
 */
export const NumberToken = createToken({
  name: 'Number',
  pattern: new RegExp(`[${DIGIT}]+(?:[.．][${DIGIT}]+(?![${DIGIT}]|\\s*[年月日]))?`),
  start_chars_hint: firstCharsHint([...'0123456789０１２３４５６７８９']),
  categories: [Numeral],
});

// 5. Keywords: dates
/** `年度` (`2019 年度`). Before `年`. */
export const YearOfAccount = keyword('YearOfAccount', ['年度']);
/** `年内`: within the year (a deadline when no number precedes it). Before `年`. */
export const WithinYear = keyword('WithinYear', [WITHIN_YEAR]);
/** `年`. */
export const Nian = keyword('Nian', ['年']);
/** `月`, `月份`. */
export const Yue = keyword('Yue', ['月份', '月']);
/** `日`. */
export const Ri = keyword('Ri', ['日']);
/** `底`, `末`, `期末`: end of the month, year or plan period. */
export const EndOf = keyword('EndOf', END_OF_PERIOD);
/** `内` after a duration (`30日内`). */
export const Within = keyword('Within', [WITHIN]);
/** `最迟`. */
export const Latest = keyword('Latest', LATEST);
/** `每季度`. Before `Quarter`'s `季度`. */
export const Quarterly = keyword('Quarterly', QUARTERLY);
/** `最后一个月`. Before `Latest` (`最…`). */
export const LastMonth = keyword('LastMonth', LAST_MONTH);
/** `每年`. */
export const Yearly = keyword('Yearly', [YEARLY]);
/** `次年`. */
export const NextYear = keyword('NextYear', [NEXT_YEAR]);
/** `上半年`, `下半年`. */
export const HalfYear = keyword('HalfYear', Object.keys(HALF_YEARS));
/** `季度`. */
export const Quarter = keyword('Quarter', [QUARTER]);
/** `第` (`第三季度`). */
export const Ordinal = keyword('Ordinal', ['第']);
/** `前`, `以前`, `之前`. */
export const DeadlineSuffix = keyword('DeadlineSuffix', DEADLINE_SUFFIXES);
/** `以来`. */
export const SinceSuffix = keyword('SinceSuffix', SINCE_SUFFIXES);
/** `起`, `开始`. */
export const StartSuffix = keyword('StartSuffix', START_SUFFIXES);
/** `结束`, `止`. */
export const RangeCloser = keyword('RangeCloser', RANGE_CLOSERS);
/** `之日` (`自印发之日起`). Not a `Word`: it ends the free text before it. */
export const DayOf = keyword('DayOf', ['之日'], false);
/** `自`, `从`. */
export const StartPrefix = keyword('StartPrefix', START_PREFIXES);
/** `截止`, `截至`… (`到` is `To`). */
export const DeadlinePrefix = keyword('DeadlinePrefix', DEADLINE_PREFIXES.filter((w) => w !== '到'));

// 5. Keywords: targets (before `To` and `RangeConnector`: `达到`, `至少` must win)
/** Comparator words and symbols (`达到`, `不得少于`, `≥`, `只`). */
export const Comparator = keyword('Comparator', Object.keys(COMPARATOR_WORDS));
/** `以上`, `以下`, `及以上`, `以内`. */
export const Bound = keyword('Bound', Object.keys(BOUND_WORDS));
/** Verbs whose object is counted (`配备`, `选定`, `淘汰`). */
export const QuotaVerb = keyword('QuotaVerb', QUOTA_VERBS);
/** Verbs of change (`压缩`, `降低`). */
export const ChangeVerb = keyword('ChangeVerb', CHANGE_VERBS);
/** `分之` (`三分之一`). */
export const FractionOf = keyword('FractionOf', ['分之']);
/** `的`. Not a `Word`: it ends the free text before it. */
export const De = keyword('De', ['的'], false);
/** `号` (`35 号`). */
export const Hao = keyword('Hao', ['号']);
/** `到`: a deadline before a date, or the middle of a range. */
export const To = keyword('To', ['到']);

// 6. Connectors, numerals, punctuation
/** `至` and the dashes between the ends of a range. */
export const RangeConnector = createToken({
  name: 'RangeConnector',
  pattern: wordsPattern(RANGE_CONNECTORS),
  start_chars_hint: firstCharsHint(RANGE_CONNECTORS),
});
KEYWORDS.push(...RANGE_CONNECTORS);
/** A run of Chinese numerals: `二〇二〇`, `十`, `三`. */
export const ChineseNumeral = createToken({
  name: 'ChineseNumeral',
  pattern: new RegExp(`[${NUMERAL_CHARS}]+`),
  start_chars_hint: firstCharsHint([...NUMERAL_CHARS]),
  categories: [Numeral],
});
KEYWORDS.push(...NUMERAL_CHARS);
/** An opening round bracket. */
export const LParen = createToken({ name: 'LParen', pattern: /[（(]/, start_chars_hint: firstCharsHint([...'（(']) });
/** A closing round bracket. */
export const RParen = createToken({ name: 'RParen', pattern: /[）)]/, start_chars_hint: firstCharsHint([...'）)']) });
/** Clause punctuation. */
export const Delimiter = createToken({ name: 'Delimiter', pattern: /[，,。；;：:！!？?]/, start_chars_hint: firstCharsHint([...'，,。；;：:！!？?']) });
/** `、`. */
export const EnumerationComma = createToken({ name: 'EnumerationComma', pattern: /、/, start_chars_hint: ['、'] });

// 7. Free text
/** First characters of every keyword: `Filler` must stop before them. */
const KEYWORD_STARTS = new Set([...KEYWORDS].map((w) => w.codePointAt(0)!));

/** The CJK ranges minus the keyword starts, as an explicit character class (the gaps between the sorted starts). */
function fillerClass(): string {
  const parts: string[] = [];
  const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
  const starts = [...KEYWORD_STARTS].sort((a, b) => a - b);
  for (const [from, to] of CJK_RANGES) {
    let start = from;
    for (const c of [...starts.filter((k) => k >= from && k <= to), to + 1]) {
      if (c > start) parts.push(c - 1 > start ? `${hex(start)}-${hex(c - 1)}` : hex(start));
      start = c + 1;
    }
  }
  return `[${parts.join('')}]+`;
}

/** A run of CJK text none of whose characters can start a keyword. */
export const Filler = createToken({ name: 'Filler', pattern: new RegExp(fillerClass()), start_chars_hint: rangeHint(CJK_RANGES), categories: [Word] });
/** One CJK character (a keyword start that did not start a keyword). */
export const Hanzi = createToken({
  name: 'Hanzi',
  pattern: new RegExp(`[${CJK_RANGES.map(([a, b]) => `\\u${a.toString(16)}-\\u${b.toString(16)}`).join('')}]`),
  start_chars_hint: rangeHint(CJK_RANGES),
  categories: [Word],
});

// 8. The rest
/** Latin letters (`IPv`, `GB/T`, `A 级`). */
export const Latin = createToken({
  name: 'Latin',
  pattern: /[A-Za-zＡ-Ｚａ-ｚ]+/,
  start_chars_hint: rangeHint([
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xff21, 0xff3a],
    [0xff41, 0xff5a],
  ]),
});
/** Any other single character (an explicit full range: the optimised lexer rejects complements). */
export const OtherChar = createToken({ name: 'OtherChar', pattern: /[\u0000-\uffff]/, start_chars_hint: rangeHint([[0, 0xffff]]), line_breaks: true });

/** All tokens in the order the lexer tries them (see the module comment). */
export const PHRASE_TOKENS: TokenType[] = [
  Word,
  Numeral,
  WhiteSpace,
  BookTitle,
  FiveYearPlan,
  YearInBrackets,
  Unit,
  Half,
  NumberToken,
  YearOfAccount,
  WithinYear,
  Nian,
  Yue,
  Ri,
  EndOf,
  Within,
  LastMonth,
  Latest,
  Quarterly,
  Yearly,
  NextYear,
  HalfYear,
  Quarter,
  Ordinal,
  DeadlineSuffix,
  SinceSuffix,
  StartSuffix,
  RangeCloser,
  DayOf,
  StartPrefix,
  DeadlinePrefix,
  Comparator,
  Bound,
  QuotaVerb,
  ChangeVerb,
  FractionOf,
  De,
  Hao,
  To,
  RangeConnector,
  ChineseNumeral,
  LParen,
  RParen,
  Delimiter,
  EnumerationComma,
  Filler,
  Hanzi,
  Latin,
  OtherChar,
];

let singleton: InstanceType<typeof Lexer> | undefined;

/**
 * The phrase lexer, built on first use and then reused: a process that never reaches the
 * phrase stage does not build it. Chevrotain's validations are skipped here (a third of
 * the lexer's start-up time); the tests build a validating lexer from the same tokens.
 */
export function phraseLexer(): InstanceType<typeof Lexer> {
  return (singleton ??= new Lexer(PHRASE_TOKENS, lexerConfig(false)));
}
