/**
 * The start tables of the phrase rules: for each start rule, which token types may come
 * next after a short prefix of token types (Chevrotain's content assist), and whether the
 * prefix already is a whole phrase (a trial parse). `scan.ts` asks them at every token, so
 * that the parser is only invoked where a phrase can start.
 *
 * Computing a node is slow in a fresh process (content assist runs cold: ≈ 16–29 ms of the
 * CLI's first parse on the seed), so `npm run build` computes every node a table can reach
 * and writes them, by token type names, to `dist/grammar/phrase/startTables.json`
 * (`src/buildStartTables.ts`). A process reads that file once; running from source, where
 * there is no such file, the same nodes are computed by the same function (`nodeFacts`)
 * when a text first reaches them. test/start-tables.test.ts checks that the file equals a
 * fresh computation.
 */
import { readFileSync } from 'node:fs';
import type { IToken, TokenType } from 'chevrotain';
import { createTokenInstance, Lexer, tokenMatcher } from '../chevrotain.js';
import { phraseParser, type StartRule } from './parser.js';
import type { Parsed } from './syntax.js';
import { PHRASE_TOKENS } from './tokens.js';

/** The rules `scan.ts` starts phrases with, in the order the built file lists them. */
export const START_RULES: readonly StartRule[] = ['datePhrase', 'targetPhrase', 'citation'];

/**
 * How many tokens the start tables look at: enough that most attempts which fail fail there
 * (`5 个` is no limit without its `内`), without a parse. Nodes hold prefixes of up to
 * `DEPTH - 1` tokens: the last token judged only has to be allowed.
 */
export const DEPTH = 3;

/** Where the build writes the tables: next to this module in `dist/grammar/phrase/`. */
export const START_TABLES_URL = new URL('./startTables.json', import.meta.url);

/** One node as the build writes it: token types by name. */
export interface StartNodeData {
  /** The lexed token types that may follow the prefix, in the lexer's order. */
  allowed: string[];
  /** Whether the prefix is a whole phrase. */
  complete: boolean;
  /** The nodes one token deeper, by the name of that token's type (absent at the deepest level). */
  next?: Record<string, StartNodeData>;
}

/** The built file: the lexed token types it was computed for, and each start rule's root. */
export interface StartTablesData {
  tokens: string[];
  rules: Record<StartRule, StartNodeData>;
}

function fakeToken(type: TokenType): IToken {
  return createTokenInstance(type, '', 0, 0, 1, 1, 1, 1);
}

/** A token of each type the lexer produces (not the categories `Word` and `Numeral`). */
const LEXED = PHRASE_TOKENS.filter((t) => t.PATTERN !== Lexer.NA).map(fakeToken);
/** The same tokens by type index. */
const LEXED_BY_INDEX: IToken[] = [];
for (const token of LEXED) LEXED_BY_INDEX[token.tokenTypeIdx] = token;
/** The lexed types by name (names are unique: the test says so). */
const LEXED_BY_NAME = new Map(LEXED.map((token) => [token.tokenType.name, token.tokenType]));

/**
 * Runs `rule` on `input` from its first token: what it read, or undefined when it does not
 * parse there (without error recovery, a failed rule returns no value). Tokens after the
 * phrase are expected: the error Chevrotain records for them is not a failure.
 */
export function parseAt<R extends StartRule, T>(rule: R, input: IToken[]): Parsed<T> | undefined {
  const parser = phraseParser();
  parser.input = input;
  return (parser[rule] as () => Parsed<T> | undefined)();
}

/** What the grammar says of a prefix of token types. */
export interface NodeFacts {
  /** The lexed types that may come next, in the lexer's order. */
  allowed: TokenType[];
  complete: boolean;
}

/**
 * The one computation of a start-table node, used by the build and, without a built file,
 * at run time: which lexed types content assist allows after `prefix`, and whether a parse
 * of the prefix alone succeeds (the empty prefix never is a phrase).
 */
export function nodeFacts(rule: StartRule, prefix: readonly TokenType[]): NodeFacts {
  const tokens = prefix.map(fakeToken);
  const assisted = phraseParser()
    .computeContentAssist(rule, tokens)
    .map((s) => s.nextTokenType);
  const allowed = new Uint8Array(LEXED_BY_INDEX.length);
  for (const type of assisted) for (const index of lexedMatching(type)) allowed[index] = 1;
  const complete = prefix.length > 0 && parseAt(rule, tokens) !== undefined;
  return { allowed: LEXED.filter((token) => allowed[token.tokenTypeIdx] === 1).map((token) => token.tokenType), complete };
}

/**
 * The type indexes of the lexed tokens that match `type` (a lexed type, or a category such as
 * `Word`), found once per type: matching every lexed token against the types content assist
 * names at every node made building the seed's tables in a fresh process take 32–37 ms instead
 * of 16–29 (sampling profiler, three CLI runs each).
 */
function lexedMatching(type: TokenType): number[] {
  let indexes = LEXED_MATCHING.get(type);
  if (!indexes) LEXED_MATCHING.set(type, (indexes = LEXED.filter((token) => tokenMatcher(token, type)).map((token) => token.tokenTypeIdx)));
  return indexes;
}
const LEXED_MATCHING = new Map<TokenType, number[]>();

/** Every node of `rule`'s table a scan can reach (prefixes of up to `DEPTH - 1` allowed types), as data. */
function ruleData(rule: StartRule, prefix: TokenType[]): StartNodeData {
  const { allowed, complete } = nodeFacts(rule, prefix);
  const node: StartNodeData = { allowed: allowed.map((type) => type.name), complete };
  if (prefix.length < DEPTH - 1) {
    node.next = {};
    for (const type of allowed) node.next[type.name] = ruleData(rule, [...prefix, type]);
  }
  return node;
}

/** All the start tables, computed now: what the build writes. */
export function computeStartTables(): StartTablesData {
  const rules = {} as Record<StartRule, StartNodeData>;
  for (const rule of START_RULES) rules[rule] = ruleData(rule, []);
  return { tokens: LEXED.map((token) => token.tokenType.name), rules };
}

/**
 * The built tables, or null when there is no file (running from source) or it was built for
 * other token types (then the names would not map; a changed grammar with the same tokens is
 * caught by the test, which compares the file with a fresh computation).
 */
export function readStartTables(url: URL = START_TABLES_URL): StartTablesData | null {
  try {
    const data = JSON.parse(readFileSync(url, 'utf8')) as StartTablesData;
    const names = LEXED.map((token) => token.tokenType.name);
    const sameTokens = data.tokens.length === names.length && data.tokens.every((name, i) => name === names[i]);
    return sameTokens && START_RULES.every((rule) => data.rules[rule]) ? data : null;
  } catch {
    return null;
  }
}

/**
 * One node of a rule's start table at run time, arrays indexed by type index (this is asked
 * at every token): the prefix of types leading to it, what the grammar says of it, its
 * built data if any, and the nodes below it made so far.
 */
interface StartNode {
  prefix: TokenType[];
  allowed: Uint8Array;
  complete: boolean;
  data: StartNodeData | undefined;
  next: (StartNode | undefined)[];
}

function startNode(prefix: TokenType[], allowed: readonly TokenType[], complete: boolean, data: StartNodeData | undefined): StartNode {
  const table = new Uint8Array(LEXED_BY_INDEX.length);
  for (const type of allowed) table[type.tokenTypeIdx!] = 1;
  return { prefix, allowed: table, complete, data, next: [] };
}

/** The node for `prefix`: from the built data when it holds it, else computed. */
function nodeAt(rule: StartRule, prefix: TokenType[], data: StartNodeData | undefined): StartNode {
  if (data) return startNode(prefix, data.allowed.map((name) => LEXED_BY_NAME.get(name)!), data.complete, data);
  const facts = nodeFacts(rule, prefix);
  return startNode(prefix, facts.allowed, facts.complete, undefined);
}

/**
 * A rule's start table, its nodes made when a text first reaches them — from the built data
 * given, or computed without it. Either way a node holds the same facts, so what a scan
 * finds depends neither on the file nor on what was scanned before.
 */
export class StartTable {
  private readonly root: StartNode;

  constructor(
    private readonly rule: StartRule,
    data: StartNodeData | undefined,
  ) {
    this.root = nodeAt(rule, [], data);
  }

  /**
   * True when the grammar allows the rule to start at `tokens[i]`, judged by up to `DEPTH`
   * tokens: the tokens fit the grammar so far, or those before the first that does not are a
   * whole phrase.
   */
  startsAt(tokens: readonly IToken[], i: number): boolean {
    let node = this.root;
    for (let depth = 0; ; depth++) {
      const type = tokens[i + depth]?.tokenTypeIdx;
      if (type === undefined || node.allowed[type] !== 1) return node.complete;
      // The last token judged fits: no node below it is made, since nothing would ask it (a
      // computed node is content assist on its whole prefix: the deepest level was 50 of the
      // seed's 109 nodes, ≈ 10 ms of a cold process; nor does the build write them).
      if (depth === DEPTH - 1) return true;
      node = node.next[type] ??= this.below(node, type);
    }
  }

  private below(node: StartNode, type: number): StartNode {
    const tokenType = LEXED_BY_INDEX[type]!.tokenType;
    return nodeAt(this.rule, [...node.prefix, tokenType], node.data?.next?.[tokenType.name]);
  }
}
