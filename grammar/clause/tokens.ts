/**
 * Tokens of the responsibility-clause grammar, and its singleton lexer. The lexer reads
 * the inside of one bracket (`（…）` without the brackets) with all whitespace already
 * removed (OCR puts stray spaces inside names: `市 应急管理局`).
 *
 * Order matters: Chevrotain tries the tokens in the order of `CLAUSE_TOKENS` and takes
 * the first that matches, so the fixed words (labels, role words, tails, separators)
 * come before `AgencyName`, the catch-all that reads a name up to the next of them.
 * Every pattern uses explicit CJK ranges (no `\p{…}`, no complement sets) so that the
 * optimised lexer accepts it. Every token names the characters it can start with
 * (`start_chars_hint`, see `grammar/phrase/startChars.ts`), so that building the lexer does
 * not analyse the patterns (its first-character table 2 → 0 ms of the lexer's ≈ 5 ms in a
 * fresh process); `test/responsibilities.test.ts` checks that the hints give the table
 * the patterns give.
 */
import { charTable } from '../charTable.js';
import { createToken, Lexer } from '../chevrotain.js';
import { lexerConfig } from '../lexerConfig.js';
import type { CustomPatternMatcherReturn, TokenType } from 'chevrotain';
import { AGENCY_NAMES_BY_OPENING, AGENCY_SUFFIXES, CANONICAL_BY_NAME, PLACE_LEVEL_ENDINGS, SHARED_MODIFIERS } from '../data/agencies.js';
import { CLAUSE_LABELS, JOINING_ROLES, LIST_TAILS, ROLE_WORDS } from '../data/roleWords.js';
import { firstCharsHint, rangeHint } from '../phrase/startChars.js';

/** The CJK ranges names are made of (Unified Ideographs and Extension A). */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
];
const isCjk = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sticky = (source: string): RegExp => new RegExp(source, 'y');

/** Role words, longest first (`牵头负责` before `牵头`, `负责落实` before `负责`). */
const ROLE_SOURCE = [...ROLE_WORDS].sort((a, b) => b.word.length - a.word.length).map((r) => escape(r.word)).join('|');
const ROLE_AT = sticky(ROLE_SOURCE);
/** Joiners that may also sit inside a name (`市规划和自然资源局`): see `AgencyName`. */
const CONJUNCTIONS = ['以及', '和', '及', '与'];
const CONJ_AT = sticky(CONJUNCTIONS.map(escape).join('|'));
const TAIL_AT = LIST_TAILS.map((t) => sticky(t));
const TAIL_START = '等'.charCodeAt(0);

/**
 * What a character may start, one byte per UTF-16 code unit: `matchAgencyName` asks at
 * every character of every name, so the regexes run only where a table says they can match.
 */
const ROLE_START = 1;
const CONJ_START = 2;
const SEPARATOR = 4;
const CHAR_CLASS = charTable([
  [ROLE_WORDS.map((r) => r.word[0]!).join(''), ROLE_START],
  [CONJUNCTIONS.map((c) => c[0]!).join(''), CONJ_START],
  ['、，,；;。', SEPARATOR],
]);

const roleAt = (text: string, offset: number): number => {
  if (!(CHAR_CLASS[text.charCodeAt(offset)]! & ROLE_START)) return 0;
  ROLE_AT.lastIndex = offset;
  return ROLE_AT.exec(text)?.[0].length ?? 0;
};

const conjAt = (text: string, offset: number): number => {
  if (!(CHAR_CLASS[text.charCodeAt(offset)]! & CONJ_START)) return 0;
  CONJ_AT.lastIndex = offset;
  return CONJ_AT.exec(text)?.[0].length ?? 0;
};

/** Is `offset` a place where a list item may end: clause end, separator, joiner or role word? */
function isBoundary(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  if (CHAR_CLASS[text.charCodeAt(offset)]! & SEPARATOR) return true;
  return conjAt(text, offset) > 0 || roleAt(text, offset) > 0;
}

/** Length of an `等…` tail at `offset`, or 0: a tail must be followed by a boundary. */
export function tailAt(text: string, offset: number): number {
  if (text.charCodeAt(offset) !== TAIL_START) return 0;
  for (const re of TAIL_AT) {
    re.lastIndex = offset;
    const m = re.exec(text);
    if (m && isBoundary(text, offset + m[0].length)) return m[0].length;
  }
  return 0;
}

/** The longest directory name (or printed variant) starting at `offset`, or 0. */
function knownNameAt(text: string, offset: number): number {
  if (offset + 1 >= text.length) return 0;
  const names = AGENCY_NAMES_BY_OPENING.get(text.charCodeAt(offset) * 0x10000 + text.charCodeAt(offset + 1));
  if (names) for (const name of names) if (text.startsWith(name, offset)) return name.length;
  return 0;
}

/** The levels a bracket inside a name may list (`各县（市、区）政府`, `各区(县)`), and their separator. */
const LEVEL_NOTE_CHARS = new Set([...PLACE_LEVEL_ENDINGS, '、'].map((c) => c.charCodeAt(0)));
/** A bracket inside a name lists at most this many characters. */
const MAX_LEVEL_NOTE = 8;

/** Length of a bracketed list of levels at `offset` (`（市、区）`, `(县)`), brackets included, or 0. */
function levelNoteAt(text: string, offset: number): number {
  const open = text.charCodeAt(offset);
  if (open !== 0xff08 && open !== 0x28) return 0;
  let j = offset + 1;
  while (j < text.length && j - offset <= MAX_LEVEL_NOTE && LEVEL_NOTE_CHARS.has(text.charCodeAt(j))) j++;
  const close = text.charCodeAt(j);
  return j > offset + 1 && (close === 0xff09 || close === 0x29) ? j + 1 - offset : 0;
}

/** Does `name` end like a complete agency name (`…局`, `…政府`, `…部门`)? */
export function hasAgencyShape(name: string): boolean {
  return AGENCY_SUFFIXES.some((s) => name.endsWith(s));
}

/**
 * Reads one agency name at `offset`: CJK characters up to a role word, a tail, a
 * separator or the end. A joiner (和/及/与/以及) ends the name only when the name read so
 * far is complete (`各县市区党委政府和园区`, 58 号 instrument 2920; `市卫健委及市应急管理局`,
 * 2234) — never inside a directory name or an incomplete one (`市规划和自然资源局`,
 * `市人力资源和社会保障局`, `市发展和改革委员会`). A name the directory knows is taken
 * whole first, so a joiner inside it is never a split point.
 */
function matchAgencyName(text: string, offset: number): CustomPatternMatcherReturn | null {
  let i = offset + knownNameAt(text, offset);
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isCjk(code)) {
      const note = i > offset ? levelNoteAt(text, i) : 0;
      if (note === 0) break;
      i += note;
      continue;
    }
    if (i > offset && (roleAt(text, i) > 0 || tailAt(text, i) > 0)) break;
    const conj = i > offset ? conjAt(text, i) : 0;
    if (conj > 0) {
      const soFar = text.slice(offset, i);
      const next = i + conj;
      const complete = hasAgencyShape(soFar) || CANONICAL_BY_NAME.has(soFar);
      if (complete && next < text.length && isCjk(text.charCodeAt(next)) && roleAt(text, next) === 0) break;
    }
    i++;
  }
  return i > offset ? [text.slice(offset, i)] : null;
}

/**
 * `责任单位` / `责任部门` / `牵头单位`…: the label that opens a clause or a segment of it
 * (58 号 instrument 1950, 3160; `(牵头单位：…;配合单位：…)`), also printed in lenticular
 * brackets (`【牵头单位】`, which then need no colon).
 */
export const Label = createToken({
  name: 'Label',
  pattern: new RegExp(`【?(?:${[...CLAUSE_LABELS].sort((a, b) => b.length - a.length).map(escape).join('|')})】?`),
  start_chars_hint: firstCharsHint(['【', ...CLAUSE_LABELS]),
});
/** The label's colon, full or half width (`责任部门:` at 58 号 instrument 3172), or OCR's ratio sign `∶`. */
export const Colon = createToken({ name: 'Colon', pattern: /[：:∶]/, start_chars_hint: firstCharsHint([...'：:∶']) });
/** `会同` between two groups (`（A会同B负责）`): the first leads, the second joins it. Before `RoleWord`. */
export const JoinWord = createToken({ name: 'JoinWord', pattern: new RegExp(JOINING_ROLES.map(escape).join('|')), start_chars_hint: firstCharsHint(JOINING_ROLES) });
/** A role word (`牵头`, `配合`, `按职责分工负责`…), longest first, from `roleWords.ts`. */
export const RoleWord = createToken({ name: 'RoleWord', pattern: new RegExp(ROLE_SOURCE), start_chars_hint: firstCharsHint(ROLE_WORDS.map((r) => r.word)) });
/** `等` / `等部门` / `等负有…职责部门`: the tail of an open list (dropped from the agencies). */
export const Tail = createToken({
  name: 'Tail',
  pattern: {
    exec: (text, offset) => {
      const length = tailAt(text, offset);
      return length > 0 ? [text.slice(offset, offset + length)] : null;
    },
  },
  start_chars_hint: ['等'],
  line_breaks: false,
});
/**
 * Shared modifiers before a common head: `市、县应急管理局` (58 号 附件4 6463) is one
 * agency, as is `驻吕中央、省属企业` (附件2 4139). Matches the modifier with its `、`.
 */
export const SharedModifier = createToken({
  name: 'SharedModifier',
  pattern: new RegExp(`(?:${SHARED_MODIFIERS.map(escape).join('|')})、`),
  start_chars_hint: firstCharsHint(SHARED_MODIFIERS),
});
/** `、` between agencies of one group. */
export const Enumerator = createToken({ name: 'Enumerator', pattern: /、/, start_chars_hint: ['、'] });
/** A joiner between agencies where the name before it is complete (see `AgencyName`). */
export const Conjunction = createToken({ name: 'Conjunction', pattern: new RegExp(CONJUNCTIONS.map(escape).join('|')), start_chars_hint: firstCharsHint(CONJUNCTIONS) });
/** `，` between role groups (64 号 15806: `…牵头，各部门配合`). */
export const Comma = createToken({ name: 'Comma', pattern: /[，,]/, start_chars_hint: firstCharsHint([...'，,']) });
/** `；` between role groups (58 号 instrument 1950: `…按职责分工负责；各县市区党委政府负责`). */
export const Semicolon = createToken({ name: 'Semicolon', pattern: /[；;]/, start_chars_hint: firstCharsHint([...'；;']) });
/** A full stop before the closing bracket. */
export const FullStop = createToken({ name: 'FullStop', pattern: /[。.]/, start_chars_hint: firstCharsHint([...'。.']) });
/** An agency name, read by `matchAgencyName`. */
export const AgencyName = createToken({
  name: 'AgencyName',
  pattern: { exec: matchAgencyName },
  // Every CJK character (a hint of one code per block: see `startChars.ts`).
  start_chars_hint: rangeHint(CJK_RANGES),
  line_breaks: false,
});

/**
 * Any other character (digits, Latin letters, quotes, brackets, 《》): a bracket that holds
 * one is not a clause. A token rather than a lexing error: Chevrotain's error recovery is
 * a path the lexers otherwise never take, and taking it once in a process makes V8 throw
 * away and recompile Chevrotain's whole lexing loop (≈ 50–70 ms of CPU).
 */
export const Unreadable = createToken({ name: 'Unreadable', pattern: /[\u0000-\uffff]/, start_chars_hint: rangeHint([[0, 0xffff]]), line_breaks: true });

/** All tokens, in the order the lexer tries them. */
export const CLAUSE_TOKENS: TokenType[] = [
  Label,
  Colon,
  JoinWord,
  RoleWord,
  Tail,
  SharedModifier,
  Enumerator,
  Conjunction,
  Comma,
  Semicolon,
  FullStop,
  AgencyName,
  Unreadable,
];

let singleton: InstanceType<typeof Lexer> | undefined;

/**
 * The clause lexer, built on first use and then reused: a process that never reads a
 * bracket that names a role does not build it. Anything no clause token reads is
 * `Unreadable`, and the bracket is then not a clause. Chevrotain's validations are skipped
 * here (start-up time); the tests build a validating lexer.
 */
export function clauseLexer(): InstanceType<typeof Lexer> {
  return (singleton ??= new Lexer(CLAUSE_TOKENS, lexerConfig(false)));
}
