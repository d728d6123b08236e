/**
 * Finding phrases inside free text: lex a paragraph once (only its clauses that can hold a
 * phrase), then try a start rule of the phrase grammar at each token that can begin it,
 * left to right, keeping what the caller accepts and resuming after it.
 *
 * Which tokens can begin a rule (and which second and third tokens can follow them) is
 * computed from the grammar itself with Chevrotain's content assist (the start tables of
 * `startTable.ts`, built by `npm run build`), so the parser is only invoked where a phrase
 * can start: a failed attempt costs an exception, and most tokens of a paragraph cannot
 * start anything.
 */
import { charTable } from '../charTable.js';
import type { IToken } from 'chevrotain';
import { CHANGE_VERBS, COMPARATOR_WORDS, QUOTA_VERBS } from '../data/comparators.js';
import { ALL_UNITS, COUNT_UNITS, HALF_WORDS } from '../data/units.js';
import type { StartRule } from './parser.js';
import { parseAt, readStartTables, StartTable, type StartTablesData } from './startTable.js';
import type { CitationSyntax, DatePhraseSyntax, TargetPhraseSyntax } from './syntax.js';
import { Delimiter, EnumerationComma, NUMERAL_CHARS, phraseLexer } from './tokens.js';

/** What each start rule reads. */
interface StartSyntax {
  datePhrase: DatePhraseSyntax;
  targetPhrase: TargetPhraseSyntax;
  citation: CitationSyntax;
}

/** A rule that parsed at some token. */
export interface RuleMatch<T> {
  /** What the rule read. */
  syntax: T;
  /** Index of its first and last token in the paragraph's tokens. */
  first: number;
  last: number;
  /** Offsets of its first and last character in the paragraph's text (end exclusive). */
  start: number;
  end: number;
}

/** A phrase is never longer than this many tokens (a long `《…》` title is one token). */
const WINDOW = 48;
/**
 * Clause punctuation, which no rule of the grammar reads: an attempt is given the tokens up
 * to the first of them (it included), since a phrase cannot reach past it — a short input
 * is a small copy, with few tokens left to skip after the phrase.
 */
const CLAUSE_ENDS = new Set([Delimiter.tokenTypeIdx, EnumerationComma.tokenTypeIdx]);

/** Character classes for `anchoredStretches`, one byte per UTF-16 code unit (a table: this runs over every character). */
const CLAUSE_END = 1;
const PHRASE_MARK = 2;
const ANCHOR = 4;
const NUMERAL = 8;
const CLASSIFIER = 16;
const UNIT_START = 32;
const SPACE = 64;
/** The first character of a half in words (`一半`) or the last of a plan's name (`十四五”`): looked at closer. */
const RARE_ANCHOR = 128;
const firstChars = (words: readonly string[]): string => words.map((w) => w[0]!).join('');
const CHAR_CLASS = charTable([
  // Clause punctuation: no phrase crosses it (inside `《…》` it is part of a title).
  ['，,。；;：:！!？?', CLAUSE_END],
  // What a phrase is built around: digits (amounts, years, cited numbers), date words, titles.
  ['0123456789０１２３４５６７８９年月季《', PHRASE_MARK | ANCHOR],
  // The other anchors: year brackets, comparison signs, 之 (之日) and 分 (分之).
  ['〔【[≥≤⩾⩽之分', ANCHOR],
  [NUMERAL_CHARS, NUMERAL],
  [firstChars(COUNT_UNITS), CLASSIFIER],
  [firstChars(ALL_UNITS), UNIT_START],
  // What the phrase lexer skips as white space.
  [' \t\u3000\r\n\u00a0', SPACE],
  // The first characters of the words for a half (`一半`, `半数`: such a clause can hold a
  // target) and the last of a five-year plan's name.
  [firstChars(HALF_WORDS) + '五', RARE_ANCHOR],
]);
const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);
const ZHI = '之'.charCodeAt(0);
const RI = '日'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const WU = '五'.charCodeAt(0);
/** The words for a half as pairs of codes (`first * 0x10000 + second`): each is two characters. */
const HALF_PAIRS = new Set(HALF_WORDS.map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)));
/** Closing quotes after a five-year plan's name (`“十四五”`). */
const PLAN_CLOSE = new Set([...'”"」'].map((c) => c.charCodeAt(0)));

/**
 * The words a target in Chinese numerals must be printed with (`只开设一个`, `选定三个`):
 * comparators and the verbs before an amount (`isTarget` rejects `三个月` without one).
 */
const COUNTING_WORD = new RegExp([...Object.keys(COMPARATOR_WORDS), ...QUOTA_VERBS, ...CHANGE_VERBS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

const MARKER_OPEN = new Set([...'（('].map((c) => c.charCodeAt(0)));
const MARKER_CLOSE = new Set([...'）)'].map((c) => c.charCodeAt(0)));
const MARKER_DOT = new Set([...'.．、'].map((c) => c.charCodeAt(0)));
const isDigit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/**
 * Where the digits of an item's marker end when the clause at `start` opens with one — `1.`,
 * `2、`, `（3）` (a short number closed by its dot, comma or bracket) — else `start`. A
 * marker's digits are no amount, year or cited number: they anchor their clause but mark
 * no phrase in it.
 */
export function markerDigitsEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && CHAR_CLASS[text.charCodeAt(i)]! & SPACE) i++;
  const bracketed = i < text.length && MARKER_OPEN.has(text.charCodeAt(i));
  if (bracketed) i++;
  const first = i;
  while (i < text.length && i - first < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === first || i >= text.length) return start;
  const code = text.charCodeAt(i);
  if (bracketed) return MARKER_CLOSE.has(code) ? i : start;
  return MARKER_DOT.has(code) && !(i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) ? i : start;
}

/**
 * The stretches of a paragraph worth lexing: runs of clauses that hold an anchor and can
 * hold a phrase. Most clauses of a notice do not; lexing only the others keeps the stage
 * cheap. `《…》` is never split.
 *
 * Anchored: a digit, a date word (年 月 季), a title or year bracket, a comparison sign, 之
 * or 分, a Chinese numeral right before a count unit, a half in words (`一半`), or a
 * five-year plan in quotes (`“十四五”`) — the clauses the grammar sees.
 * Can hold a phrase, which is exact: every date phrase prints 年, 月, 季 or 之日, every
 * citation 《 or a digit, and every target an amount in digits, a fraction (分之), a half
 * in words or Chinese numerals with a unit after a comparator or a counting verb (`isTarget`
 * rejects the others); an item's marker (`1.`, `（2）`) is
 * none of these (`markerDigitsEnd`). Leaving a clause out changes no
 * other clause's phrases: the lexer starts afresh after clause punctuation, and what the
 * finders read before a phrase (the token before it, earlier amounts in digits) is never
 * in a clause without a phrase mark.
 */
function anchoredStretches(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let depth = 0;
  let anchored = false;
  let phrase = false;
  let numeralUnit = false;
  let half = false;
  let marker = markerDigitsEnd(text, 0);
  const close = (end: number) => {
    if (anchored && (phrase || half || (numeralUnit && COUNTING_WORD.test(text.slice(start, end))))) {
      const last = out[out.length - 1];
      if (last && last[1] === start) last[1] = end;
      else out.push([start, end]);
    }
    start = end;
    anchored = phrase = numeralUnit = half = false;
    marker = markerDigitsEnd(text, end);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASS[code]!;
    if (code === OPEN_TITLE) depth++;
    else if (code === CLOSE_TITLE && depth > 0) depth--;
    if (cls & ANCHOR) {
      anchored = true;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if ((cls & PHRASE_MARK && i >= marker) || (code === ZHI && next === RI) || (code === FEN && next === ZHI)) phrase = true;
    }
    if (cls & RARE_ANCHOR) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (code === WU && PLAN_CLOSE.has(next)) anchored = phrase = true;
      if (HALF_PAIRS.has(code * 0x10000 + next)) anchored = half = true;
    }
    if (cls & NUMERAL) {
      const after = i + 1 < text.length ? CHAR_CLASS[text.charCodeAt(i + 1)]! : 0;
      if (after & CLASSIFIER) anchored = true;
      if (!(after & NUMERAL)) {
        // The end of a run of Chinese numerals: is a unit printed after it (`三十元`, `五 个`)?
        let j = i + 1;
        while (j < text.length && CHAR_CLASS[text.charCodeAt(j)]! & SPACE) j++;
        if (j < text.length && CHAR_CLASS[text.charCodeAt(j)]! & UNIT_START) numeralUnit = true;
      }
    }
    if (cls & CLAUSE_END && depth === 0) close(i + 1);
  }
  close(text.length);
  return out;
}

/** The paragraph's phrase tokens (of its anchored stretches), offsets in the paragraph's text. */
export function phraseTokens(text: string): IToken[] {
  const tokens: IToken[] = [];
  for (const [from, to] of anchoredStretches(text)) {
    for (const t of phraseLexer().tokenize(text.slice(from, to)).tokens) {
      t.startOffset += from;
      tokens.push(t);
    }
  }
  return tokens;
}

/** The build's start tables (`startTable.ts`), read on first use: undefined until then, null without the file. */
let builtTables: StartTablesData | null | undefined;
const tables = new Map<StartRule, StartTable>();

/** `rule`'s start table: its nodes read from the build's file, or computed when the file lacks them. */
function startTable(rule: StartRule): StartTable {
  let table = tables.get(rule);
  if (!table) {
    if (builtTables === undefined) builtTables = readStartTables();
    tables.set(rule, (table = new StartTable(rule, builtTables?.rules[rule])));
  }
  return table;
}

/** Parses `rule` at token `i`; the match, or null when it does not parse there. */
function parseHere<R extends StartRule>(rule: R, tokens: readonly IToken[], i: number): RuleMatch<StartSyntax[R]> | null {
  const limit = Math.min(tokens.length, i + WINDOW);
  let stop = i;
  while (stop < limit && !CLAUSE_ENDS.has(tokens[stop]!.tokenTypeIdx)) stop++;
  const parsed = parseAt<R, StartSyntax[R]>(rule, tokens.slice(i, Math.min(limit, stop + 1)));
  if (parsed === undefined) return null;
  const last = tokens.indexOf(parsed.last, i);
  const end = tokens[last]!;
  return { syntax: parsed.syntax, first: i, last, start: tokens[i]!.startOffset, end: end.startOffset + end.image.length };
}

/**
 * Scans the tokens left to right: at each position `rule` is tried (unless `skip` says the
 * token is taken); `accept` sees each match and returns how many tokens it used (0 to
 * reject it and move on by one token). `skip` must only look, never change anything: it is
 * asked only where the grammar allows the rule to start (most tokens stop there).
 */
export function scan<R extends StartRule>(
  rule: R,
  tokens: readonly IToken[],
  accept: (match: RuleMatch<StartSyntax[R]>) => number,
  skip: (i: number) => boolean = () => false,
): void {
  // Chevrotain reports a failed attempt by throwing, and the tokens left after a phrase
  // with an error object: without stack traces, making them is cheap.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const table = startTable(rule);
    for (let i = 0; i < tokens.length; ) {
      if (!table.startsAt(tokens, i) || skip(i)) {
        i++;
        continue;
      }
      const match = parseHere(rule, tokens, i);
      const used = match ? accept(match) : 0;
      i += used > 0 ? used : 1;
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
}
