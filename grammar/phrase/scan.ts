/**
 * Finding phrases inside free text: lex a paragraph once (only its clauses that can hold a
 * phrase), then try a start rule of the phrase grammar at each token that can begin it,
 * left to right, keeping what the caller accepts and resuming after it.
 *
 * Which tokens can begin a rule (and which second tokens can follow them) is computed once
 * from the grammar itself with Chevrotain's content assist, so the parser is only invoked
 * where a phrase can start: a failed attempt costs an exception, and most tokens of a
 * paragraph cannot start anything.
 */
import { createTokenInstance, tokenMatcher } from '../chevrotain.js';
import type { CstNode, IToken, TokenType } from 'chevrotain';
import { COUNT_UNITS } from '../data/units.js';
import { phraseParser, type StartRule } from './parser.js';
import { NUMERAL_CHARS, phraseLexer } from './tokens.js';

/** A rule that parsed at some token. */
export interface RuleMatch {
  /** The rule's CST. */
  cst: CstNode;
  /** Index of its first and last token in the paragraph's tokens. */
  first: number;
  last: number;
  /** Offsets of its first and last character in the paragraph's text (end exclusive). */
  start: number;
  end: number;
}

/** A phrase is never longer than this many tokens (a long `《…》` title is one token). */
const WINDOW = 48;

let lastText: string | null = null;
let lastTokens: IToken[] = [];

/** Character classes for `anchoredStretches`, one byte per UTF-16 code unit (a table: this runs over every character). */
const CLAUSE_END = 1;
const ANCHOR = 2;
const NUMERAL = 4;
const CLASSIFIER = 8;
const CHAR_CLASS = new Uint8Array(0x10000);
const mark = (chars: Iterable<string>, bit: number) => {
  for (const ch of chars) CHAR_CLASS[ch.charCodeAt(0)]! |= bit;
};
// Clause punctuation: no phrase crosses it (inside `《…》` it is part of a title).
mark('，,。；;：:！!？?', CLAUSE_END);
// What every phrase holds one of: digits, date words, title and year brackets, symbols, 之日 / 分之.
mark('0123456789０１２３４５６７８９年月季《〔【[≥≤⩾⩽之分', ANCHOR);
mark(NUMERAL_CHARS, NUMERAL);
mark(COUNT_UNITS.map((u) => u[0]!), CLASSIFIER);
const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);

/**
 * The stretches of a paragraph worth lexing: runs of clauses that hold an anchor (or a
 * Chinese numeral before a count unit). Most clauses of a notice hold none; lexing only
 * the others keeps the stage cheap. `《…》` is never split.
 */
function anchoredStretches(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let depth = 0;
  let anchored = false;
  const close = (end: number) => {
    if (anchored) {
      const last = out[out.length - 1];
      if (last && last[1] === start) last[1] = end;
      else out.push([start, end]);
    }
    start = end;
    anchored = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASS[code]!;
    if (code === OPEN_TITLE) depth++;
    else if (code === CLOSE_TITLE && depth > 0) depth--;
    if (cls & ANCHOR || (cls & NUMERAL && CHAR_CLASS[text.charCodeAt(i + 1)]! & CLASSIFIER)) anchored = true;
    if (cls & CLAUSE_END && depth === 0) close(i + 1);
  }
  close(text.length);
  return out;
}

/**
 * The paragraph's phrase tokens (of its anchored stretches), offsets in the paragraph's
 * text. The last paragraph is memoised: the three finders read it in turn.
 */
export function phraseTokens(text: string): IToken[] {
  if (text !== lastText) {
    const tokens: IToken[] = [];
    for (const [from, to] of anchoredStretches(text)) {
      for (const t of phraseLexer.tokenize(text.slice(from, to)).tokens) {
        t.startOffset += from;
        tokens.push(t);
      }
    }
    lastTokens = tokens;
    lastText = text;
  }
  return lastTokens;
}

/** For each rule: first token types, and for each the token types that may follow it (null: the rule may end there). */
interface StartTable {
  first: TokenType[];
  second: Map<TokenType, TokenType[] | null>;
}

const tables = new Map<StartRule, StartTable>();

/** The attempt parsed (the text after the phrase is not an error: see `onAfterParse`). */
function parsedCleanly(): boolean {
  return phraseParser.errors.length === 0;
}

function fakeToken(type: TokenType): IToken {
  return createTokenInstance(type, '', 0, 0, 1, 1, 1, 1);
}

/** Builds a rule's start table from the grammar (content assist), once. */
function startTable(rule: StartRule): StartTable {
  let table = tables.get(rule);
  if (table) return table;
  const unique = (types: TokenType[]) => [...new Set(types)];
  const first = unique(phraseParser.computeContentAssist(rule, []).map((s) => s.nextTokenType));
  const second = new Map<TokenType, TokenType[] | null>();
  for (const type of first) {
    // A single token that is a whole phrase (`年内`) needs no second token.
    phraseParser.input = [fakeToken(type)];
    (phraseParser[rule] as () => CstNode)();
    const complete = parsedCleanly();
    const next = unique(phraseParser.computeContentAssist(rule, [fakeToken(type)]).map((s) => s.nextTokenType));
    second.set(type, complete ? null : next);
  }
  table = { first, second };
  tables.set(rule, table);
  return table;
}

function matchesAny(token: IToken | undefined, types: readonly TokenType[]): TokenType | null {
  if (!token) return null;
  for (const t of types) if (tokenMatcher(token, t)) return t;
  return null;
}

/** True when the grammar allows `rule` to start at `tokens[i]` (two tokens of lookahead). */
export function canStart(rule: StartRule, tokens: readonly IToken[], i: number): boolean {
  const table = startTable(rule);
  const type = matchesAny(tokens[i], table.first);
  if (!type) return false;
  const next = table.second.get(type);
  return next === null || next === undefined || matchesAny(tokens[i + 1], next) !== null;
}

/** Tries `rule` at token `i`; the match, or null when it does not parse there. */
export function parseAt(rule: StartRule, tokens: readonly IToken[], i: number): RuleMatch | null {
  if (!canStart(rule, tokens, i)) return null;
  phraseParser.input = tokens.slice(i, i + WINDOW) as IToken[];
  const cst = (phraseParser[rule] as () => CstNode)();
  if (!parsedCleanly() || !cst) return null;
  const last = i + phraseParser.lastConsumed();
  const end = tokens[last]!;
  return { cst, first: i, last, start: tokens[i]!.startOffset, end: end.startOffset + end.image.length };
}

/**
 * Scans the tokens left to right: at each position `rule` is tried (unless `skip` says the
 * token is taken); `accept` sees each match and returns how many tokens it used (0 to
 * reject it and move on by one token).
 */
export function scan(
  rule: StartRule,
  tokens: readonly IToken[],
  accept: (match: RuleMatch) => number,
  skip: (i: number) => boolean = () => false,
): void {
  // Chevrotain reports a failed attempt by throwing; without stack traces a throw is cheap.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let i = 0; i < tokens.length; ) {
      if (skip(i)) {
        i++;
        continue;
      }
      const match = parseAt(rule, tokens, i);
      const used = match ? accept(match) : 0;
      i += used > 0 ? used : 1;
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
}
