/**
 * Responsibility clauses (责任分工): the notes that say which agencies must do a task —
 * `（市发改委负责）`, `（海关总署、财政部、税务总局负责）`, `（A牵头，B、C参与）`,
 * `（责任单位：市应急管理局牵头，…按职责分工负责；各县市区党委政府负责）`,
 * `（负责部门：人力资源社会保障部、商务部；适用范围：…）`, `(牵头单位：A;配合单位：B)`,
 * a `责任单位:…` line, a task table's 责任单位 cell — read with the clause grammar
 * (`grammar/clause/`) and turned into `Responsibility` records.
 *
 * Precision comes first: a bracket is a clause only when its whole inside parses (up to a
 * second sentence such as `；适用范围：…`), and it is labelled (`责任单位：`, `负责部门：`,
 * `牵头单位：`…) or ends with a role word and names only agency-shaped bodies. Everything
 * else in brackets (`（市、区）`, `（试行）`, `（含…）`, `（以下简称…）`, deadline notes,
 * document numbers) is left alone, and so are duties stated in prose.
 */
import { charTable } from '../../grammar/charTable.js';
import { parseClause } from '../../grammar/clause/parser.js';
import { hasAgencyShape } from '../../grammar/clause/tokens.js';
import { GENERIC_PARTIES } from '../../grammar/data/agencies.js';
import { ANNEX_LABELS, CLAUSE_LABELS, CLOSING_NOTES, JOINING_ROLES, LEAD_FIRST_RULES, ROLE_BY_WORD, ROLE_WORDS, TIME_SEGMENT_OPENINGS } from '../../grammar/data/roleWords.js';
import { foldTraditional, SIMPLIFIED, TRADITIONAL } from '../../grammar/data/traditional.js';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, Responsibility } from '../model.js';
import { positionAt } from '../structure/sourceMap.js';
import { isSpace } from './chars.js';
import type { PhraseContext } from './index.js';
import { canonicalNames, nameMayBeAgency, namesLookLikeAgencies } from './responsibilityAgencies.js';
import { clauseShape, type ClauseShape, type RoleGroup } from './responsibilityShape.js';

const OPEN_FULL = 0xff08; // （
const OPEN_HALF = 0x28; // (
/** `〔责任单位：省市场监管局〕`: some issuers close a task with a clause in tortoise-shell brackets. */
const OPEN_SHELL = 0x3014; // 〔
const isOpening = (c: number): boolean => c === OPEN_FULL || c === OPEN_HALF || c === OPEN_SHELL;
const isClosing = (c: number): boolean => c === 0xff09 || c === 0x29 || c === 0x3015; // ） ) 〕
const BRACKET = /[（()）〔〕]/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE_WORDS = [...CLAUSE_LABELS, ...ROLE_WORDS.map((r) => r.word)];
const spread = (word: string): string => [...word].map(escape).join('\\s*');
/** The traditional form of each simplified character of the fold table (`责` → `責`). */
const TRADITIONAL_FORM = new Map<string, string>();
for (let i = 0; i < SIMPLIFIED.length; i++) if (!TRADITIONAL_FORM.has(SIMPLIFIED[i]!)) TRADITIONAL_FORM.set(SIMPLIFIED[i]!, TRADITIONAL[i]!);
/**
 * The cue words printed in traditional characters (`負責`, `責任單位`): a paragraph that holds
 * one is read folded to simplified characters.
 */
const TRADITIONAL_CUE_WORDS = [...new Set(CUE_WORDS.map((w) => [...w].map((ch) => TRADITIONAL_FORM.get(ch) ?? ch).join('')).filter((w) => !CUE_WORDS.includes(w)))];

/**
 * A search for spread-out words: the words grouped by their first character, one sticky
 * expression per group, tried only where its character stands. Every word opens with a
 * character (no whitespace before it), so a match can only start there. An alternation of
 * all the words makes V8 try the alternatives one by one at every character; the table
 * skips most characters for the price of one load, and where a first character stands only
 * its few words are tried. Measured on the seed's 1,030 paragraphs ×16: 6.2 ms for the two
 * alternations (simplified, then traditional) against 3.9 ms for one search of both.
 */
interface WordSearch {
  /** By character code: 1 + the index of the words opening with it in `at`, or 0. */
  firsts: Uint8Array;
  at: RegExp[];
}
const wordSearch = (words: readonly string[]): WordSearch => {
  const byFirst = new Map<number, string[]>();
  for (const w of words) byFirst.set(w.charCodeAt(0), [...(byFirst.get(w.charCodeAt(0)) ?? []), w]);
  const firsts = new Uint8Array(0x10000);
  const at: RegExp[] = [];
  for (const [first, group] of byFirst) {
    at.push(new RegExp(group.map(spread).join('|'), 'y'));
    firsts[first] = at.length;
  }
  return { firsts, at };
};
/** Does `text` hold one of the search's words (spread)? */
function holdsWord(text: string, search: WordSearch): boolean {
  const { firsts, at } = search;
  for (let i = 0; i < text.length; i++) {
    const group = firsts[text.charCodeAt(i)]!;
    if (group === 0) continue;
    const words = at[group - 1]!;
    words.lastIndex = i;
    if (words.test(text)) return true;
  }
  return false;
}
/**
 * A clause names a label or a role word: brackets without either are never lexed. The
 * words are matched with optional whitespace between their characters, on the raw text:
 * raw text holds such a spread-out word exactly when the text with its whitespace removed
 * (what the clause grammar reads) holds the word, so one test on the raw paragraph rules
 * out all its brackets, and no bracket is stripped of whitespace before it passes.
 */
const CUE = wordSearch(CUE_WORDS);
/**
 * The cue words in either script: a paragraph without one is skipped. One search for both
 * (a paragraph in traditional characters is then read folded to simplified ones).
 */
const ANY_CUE = wordSearch([...CUE_WORDS, ...TRADITIONAL_CUE_WORDS]);
/**
 * A label that opens a clause outside brackets: at the start of a paragraph (`责任单位:区发展和
 * 改革局`, 蔡政办〔2023〕1号, a line of its own) or after a sentence (`…。【牵头单位】…`), with
 * its colon or in `【】`. Over the paragraph with whitespace removed.
 */
const RUN_IN_LABEL = new RegExp(
  `(?:^|[。；;！!？?])(?:【(?:${CLAUSE_LABELS.map(escape).join('|')})】|(?:${CLAUSE_LABELS.map(escape).join('|')})[：:∶])`,
);
/** A label anywhere in the raw paragraph (spread like `CUE`): the paragraph may hold a clause outside brackets. */
const LABEL = wordSearch(CLAUSE_LABELS);
/** A clause's second sentence (`；适用范围：…`, `。时间节点：…`): the agencies end before it. */
const ANNEX = new RegExp(`[，,；;。.](?:${ANNEX_LABELS.map(escape).join('|')})[：:∶]`);
/** A closing note (`，下同`) at the end of the clause. */
const CLOSING_NOTE = new RegExp(`[，,；;](?:${CLOSING_NOTES.map(escape).join('|')})[。.]?$`);
/** A closing time segment without a label (`，2023年12月底前完成`, `，长期坚持`): the agencies end before it too. */
const TIME_SEGMENT = new RegExp(`[，,；;](?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})年|${TIME_SEGMENT_OPENINGS.map(escape).join('|')})`);
/** The document's standing rule `排在第一位的部门为牵头部门，下同` (whitespace removed), with the separator before it. */
const LEAD_FIRST = new RegExp(`[，,；;。.]?(?:${LEAD_FIRST_RULES.join('|')})`);
/**
 * Cheap test before looking for the rule: it names the first place. Asked only of a paragraph
 * that prints 第 or 首 (one of them opens every match; a search for one character is far
 * cheaper than the expression's: 1.4 → 0.6 ms per ×16 over the seed's cue paragraphs).
 */
const MAY_STATE_LEAD_FIRST = /第\s*一\s*位|首\s*位/;
const mayStateLeadFirst = (text: string): boolean => (text.includes('第') || text.includes('首')) && MAY_STATE_LEAD_FIRST.test(text);
/**
 * The separators that open a second sentence, a closing note or a time segment (`ANNEX`,
 * `CLOSING_NOTE`, `TIME_SEGMENT` each begin with one): a clause without one (two in three
 * of the seed's) is not searched for them. With the closing full stop tested by its code,
 * a clause's searches took 2.1 → 1.1 ms per ×16 over the seed's clauses.
 */
const SEPARATORS = charTable([['，,；;。.', 1]]);
function holdsSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SEPARATORS[text.charCodeAt(i)] !== 0) return true;
  return false;
}
/**
 * The longest inside of a bracket read as a clause, in characters. The seed's longest
 * clause (58 号 instrument 2539) has 170; longer text is prose, and the bound keeps a
 * paragraph full of unclosed brackets linear.
 */
const MAX_CLAUSE_LENGTH = 400;
/** How much of an unclosed clause a diagnostic quotes. */
const QUOTE_LENGTH = 24;

/** A bracket in a paragraph: where it opens, its inside, and whether it closes. */
interface Bracket {
  open: number;
  /** The inside with whitespace removed, as printed. */
  inner: string;
  closed: boolean;
  /** Offset just after the closing bracket, or the paragraph end. */
  end: number;
}

/** Finds the responsibility clauses of one paragraph. */
export function findResponsibilities(ctx: PhraseContext): Responsibility[] {
  // Most paragraphs name no label or role word anywhere: skip them before any work. Text in
  // traditional characters is read folded to simplified (one character for one).
  const printed = ctx.block.text;
  if (!holdsWord(printed, ANY_CUE)) return [];
  const text = foldTraditional(printed);
  if (ctx.document && mayStateLeadFirst(text) && LEAD_FIRST.test(text.replace(/\s+/g, ''))) ctx.document.leadFirst = true;
  const found: Responsibility[] = [];
  if (text.includes('（') || text.includes('(') || text.includes('〔')) readBrackets(text, ctx, found);
  if (found.length === 0) readRunIn(text, ctx, found);
  return found;
}

/** The bracketed clauses of a paragraph (`text`: the paragraph, perhaps folded). */
function readBrackets(text: string, ctx: PhraseContext, found: Responsibility[]): void {
  const { opens, closes } = bracketPairs(text);
  // Most paragraphs print no traditional character: their brackets are stripped of whitespace once.
  const unfolded = text === ctx.block.text;
  let resume = 0;
  for (let k = 0; k < opens.length; k++) {
    const open = opens[k]!;
    if (open < resume) continue; // inside a clause already read
    const close = closes[k]!;
    const innerEnd = close < 0 ? text.length : close;
    if (innerEnd - open - 1 > MAX_CLAUSE_LENGTH) continue;
    const raw = text.slice(open + 1, innerEnd);
    if (!holdsWord(raw, CUE)) continue;
    const folded = raw.replace(/\s+/g, '');
    const printed = unfolded ? folded : ctx.block.text.slice(open + 1, innerEnd).replace(/\s+/g, '');
    const bracket: Bracket = { open, inner: printed, closed: close >= 0, end: close < 0 ? text.length : close + 1 };
    const clause = readClause(bracket, folded, ctx, false);
    if (!clause) continue; // not a clause: a bracket inside it may still be one (58 号 附件13 13903)
    found.push(clause);
    resume = bracket.end;
    if (!clause.closed) {
      const quote = ctx.block.text.slice(bracket.open, bracket.open + QUOTE_LENGTH).replace(/\s+/g, '');
      ctx.diagnostics.push(
        diagnostic('responsibility/unclosed', `Responsibility clause 「${quote}…」 is never closed: read to the end of its paragraph`, clause.line, clause.column),
      );
    }
  }
}

/**
 * A clause outside brackets, from its label to the paragraph end: `责任单位:区发展和改革局`
 * alone on a line (蔡政办〔2023〕1号), `…。【牵头单位】A【配合单位】B`. Its names must read as
 * agencies (no bracket closes it: prose after the names would otherwise be taken for one).
 */
function readRunIn(text: string, ctx: PhraseContext, found: Responsibility[]): void {
  if (!holdsWord(text, LABEL)) return;
  const squashed = text.replace(/\s+/g, '');
  const m = RUN_IN_LABEL.exec(squashed);
  if (!m) return;
  const start = m.index + (/^[。；;！!？?]/.test(m[0]) ? 1 : 0);
  if (squashed.length - start > MAX_CLAUSE_LENGTH) return;
  // Where the label starts in the paragraph: the same count of non-space characters in.
  let open = 0;
  for (let seen = 0; open < text.length; open++) {
    if (isSpace(text.charCodeAt(open))) continue;
    if (seen++ === start) break;
  }
  const printed = ctx.block.text.slice(open).replace(/\s+/g, '');
  const clause = readClause({ open, inner: printed, closed: true, end: text.length }, squashed.slice(start), ctx, true);
  if (clause) found.push(clause);
}

/**
 * Every opening bracket of a paragraph in reading order, with the offset of its closing
 * bracket (-1 when never closed), paired in one pass: brackets nest (`各县（市、区）人民政府`),
 * and full- and half-width ones pair freely (`（…)` is common in the seed). A regular
 * expression finds the brackets: it skips the text between them faster than a loop over
 * every character.
 */
function bracketPairs(text: string): { opens: number[]; closes: number[] } {
  const opens: number[] = [];
  const closes: number[] = [];
  const stack: number[] = [];
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m !== null; m = BRACKET.exec(text)) {
    const code = text.charCodeAt(m.index);
    if (isOpening(code)) {
      stack.push(opens.length);
      opens.push(m.index);
      closes.push(-1);
    } else if (stack.length > 0) {
      closes[stack.pop()!] = m.index;
    }
  }
  return { opens, closes };
}

/**
 * The bracket as a clause, or null when it is not one. `folded`: its inside as the grammar
 * reads it (whitespace removed, traditional characters folded; as long as `inner`). The
 * agencies end before a second sentence (`；适用范围：…`) or the document's standing rule
 * (`，排在第一位的部门为牵头部门，下同`); the text keeps them. `bare`: no bracket delimits
 * the clause, so its names must read as agencies even when it is labelled.
 */
function readClause(bracket: Bracket, folded: string, ctx: PhraseContext, bare: boolean): Responsibility | null {
  const { inner } = bracket;
  let cut = folded.length;
  if (holdsSeparator(folded)) {
    const annex = ANNEX.exec(folded);
    if (annex) cut = annex.index;
    const time = TIME_SEGMENT.exec(folded.slice(0, cut));
    if (time) cut = time.index;
    const note = CLOSING_NOTE.exec(folded.slice(0, cut));
    if (note) cut = note.index;
  }
  const rule = LEAD_FIRST.exec(folded.slice(0, cut));
  // The rule may sit in a note of its own after the agencies (`…市卫生健康委（除标注“分别牵头”外，
  // 列第一位为牵头或汇总单位，下同）`): the agencies end at the note's bracket.
  if (rule) cut = openBracketBefore(folded, rule.index) ?? rule.index;
  let shape = clauseUpTo(folded, inner, cut, bracket.closed && !bare);
  // A later sentence that says something else (`〔责任单位：A、B按职责分工负责。具体任务均涉及…，
  // 不再做分工，下同。〕`): the agencies end at the first sentence. `（A负责。B配合）` reads whole first.
  const stop = folded.indexOf('。');
  if (!shape && stop > 0 && stop < cut - 1) shape = clauseUpTo(folded, inner, stop, bracket.closed && !bare);
  if (!shape) return null;
  const { line, column } = positionAt(ctx.block, bracket.open);
  return toResponsibility(shape, withoutFullStop(inner), bracket.closed, ctx, line, column);
}

/** The text without the full stop it may end with (`。` or `.`). */
function withoutFullStop(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x3002 || last === 0x2e ? text.slice(0, -1) : text;
}

/** The clause printed in the first `cut` characters of a bracket's inside, or null when they hold none. */
function clauseUpTo(folded: string, inner: string, cut: number, closed: boolean): ClauseShape | null {
  const parsed = parseClause(folded.slice(0, cut));
  if (!parsed) return null;
  const shape = dropJoinedGenerics(clauseShape(parsed, inner.slice(0, cut)));
  return isClause(shape, closed) ? shape : null;
}

/** Where the bracket left open before `end` opens, or null when every bracket before it is closed. */
function openBracketBefore(text: string, end: number): number | null {
  const open: number[] = [];
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isOpening(c)) open.push(i);
    else if (isClosing(c) && open.length > 0) open.pop();
  }
  return open.length > 0 ? open[open.length - 1]! : null;
}

/**
 * The responsibility cells of a task-table row as one clause (嘉政办发〔2023〕7号: the
 * `责任单位` cell `市发展改革委、市生态环境局`): each cell's names under its column's label,
 * in column order. Every name must end like an agency (a cell has no bracket to close it);
 * null when a cell holds anything else, or all are empty.
 */
export function cellClause(cells: readonly { text: string; start: number; label: string }[], ctx: PhraseContext): Responsibility | null {
  const groups: RoleGroup[] = [];
  const printedCells = cells.filter((c) => c.text !== '');
  for (const cell of printedCells) {
    const printed = cell.text.replace(/\s+/g, '');
    if (printed.length > MAX_CLAUSE_LENGTH) return null;
    const folded = foldTraditional(printed);
    const parsed = parseClause(folded);
    if (!parsed) return null;
    const shape = clauseShape(parsed, printed);
    if (!shape.groups.every((g) => g.agencies.every((a) => hasAgencyShape(foldTraditional(a))))) return null;
    shape.groups[0]!.label ??= cell.label;
    groups.push(...shape.groups);
  }
  if (groups.length === 0) return null;
  const { line, column } = positionAt(ctx.block, printedCells[0]!.start);
  return toResponsibility({ label: groups[0]!.label, groups }, printedCells.map((c) => c.text).join('；'), true, ctx, line, column);
}

/** The role a group's words give it: its role word, else a label that carries a standing (`牵头单位`). */
function effectiveRole(g: RoleGroup): string | null {
  if (g.role !== null) return g.role;
  const label = g.label === null ? undefined : ROLE_BY_WORD.get(g.label);
  return label && (label.leads || label.assists) ? label.word : null;
}

/**
 * `（A会同有关部门负责）`: a generic party joined to named agencies by `会同` is dropped (the
 * corpus convention); when nothing else is named it stays.
 */
function dropJoinedGenerics(shape: ClauseShape): ClauseShape {
  if (!shape.groups.some((g) => g.role !== null && JOINING_ROLES.includes(g.role))) return shape;
  const groups = shape.groups
    .map((g, i) => {
      const joined = i > 0 && JOINING_ROLES.includes(shape.groups[i - 1]!.role ?? '');
      return joined ? { ...g, agencies: g.agencies.filter((a) => !GENERIC_PARTIES.includes(a)) } : g;
    })
    .filter((g) => g.agencies.length > 0);
  if (groups.length === 0) return shape;
  // A 会同 with nothing left after it joins nothing: its group takes the role the clause ends with.
  const last = groups[groups.length - 1]!;
  if (last.role !== null && JOINING_ROLES.includes(last.role)) groups[groups.length - 1] = { ...last, role: shape.groups[shape.groups.length - 1]!.role };
  return { ...shape, groups };
}

/**
 * A labelled note is a clause by its label. An unlabelled one must end with a role word
 * (`（市发改委负责）`; `（市、区）` has none) and every group must name only agencies
 * (`namesLookLikeAgencies`): `（含化工园区，由市应急管理局负责）` is a note, not a clause.
 * An unclosed clause must name only agencies too, labelled or not: read to the paragraph
 * end, it would otherwise take prose that runs on without punctuation for a name.
 */
function isClause(shape: ClauseShape, closed: boolean): boolean {
  if (shape.groups.length === 0 || shape.groups.some((g) => g.agencies.length === 0)) return false;
  const namesOnly = () => shape.groups.every((g) => namesLookLikeAgencies(g.agencies));
  if (shape.label) return (closed && shape.groups.every((g) => g.agencies.every(nameMayBeAgency))) || namesOnly();
  const last = shape.groups[shape.groups.length - 1]!;
  return effectiveRole(last) !== null && namesOnly();
}

/** How a role group stands in its clause. */
export type Standing = 'lead' | 'support' | null;

/**
 * Lead and support per role group, as MODEL.md and fixtures/seed/expected/README.md
 * define them: groups whose role leads (牵头, a `牵头单位：` label, the group before `会同`)
 * are `lead`; groups that assist (配合, 参与, `配合单位：`, the group after `会同`) are
 * `support`, and so are — after the first lead group — groups with a shared duty
 * (按职责分工负责 / 分别负责) or no role word. Other role words (负责, 督促指导, 具体落实…)
 * are neither: no role is guessed that is not printed.
 */
export function groupStandings(roles: readonly { role: string | null }[]): Standing[] {
  let led = false;
  return roles.map((group, i) => {
    const role = group.role === null ? null : (ROLE_BY_WORD.get(group.role) ?? null);
    if (i > 0 && JOINING_ROLES.includes(roles[i - 1]!.role ?? '')) return 'support';
    if (role?.leads) {
      led = true;
      return 'lead';
    }
    return role?.assists || (led && (group.role === null || role?.shares)) ? 'support' : null;
  });
}

/**
 * `mode` = the label, else `牵头` when a group leads, else the last group's role (null for a
 * bare list). Where the document has stated that the agency listed first leads
 * (`排在第一位的部门为牵头部门，下同`) and the clause prints no lead, the first agency leads
 * and the others support.
 */
function toResponsibility(shape: ClauseShape, text: string, closed: boolean, ctx: PhraseContext, line: number, column: number): Responsibility {
  const roleGroups = shape.groups.map((g) => ({ role: effectiveRole(g), agencies: g.agencies }));
  const standings = groupStandings(roleGroups);
  // One pass over the groups (plain loops: this runs for every clause of a gazette).
  const agencies: string[] = [];
  let lead: string[] = [];
  let support: string[] = [];
  const roles: Responsibility['roles'] = [];
  const canonical: (string | null)[] = [];
  roleGroups.forEach((g, i) => {
    agencies.push(...g.agencies);
    if (standings[i] === 'lead') lead.push(...g.agencies);
    else if (standings[i] === 'support') support.push(...g.agencies);
    roles.push({ role: g.role, agencies: [...g.agencies] });
    canonical.push(...canonicalNames(g.agencies));
  });
  if (lead.length === 0 && ctx.document?.leadFirst) {
    lead = agencies.slice(0, 1);
    support = agencies.slice(1);
  }
  const mode = shape.label ?? (lead.length > 0 && standings.includes('lead') ? '牵头' : roleGroups[roleGroups.length - 1]!.role);
  return {
    text,
    agencies,
    lead: lead.length > 0 ? lead : null,
    support: support.length > 0 ? support : null,
    roles,
    mode,
    closed,
    sectionPath: [...ctx.sectionPath],
    line,
    canonical,
    column,
  };
}

/** One agency of a clause with its printed and canonical name, role word and standing. */
export interface AgencyMention {
  name: string;
  canonical: string | null;
  role: string | null;
  standing: Standing;
}

/**
 * The agencies of a clause one by one, in order, each with its group's role word and
 * standing (read from the clause's `lead` and `support`, which list agencies in clause
 * order): the rows of the `agencies` table (one row per agency per clause).
 */
export function agencyMentions(r: Responsibility): AgencyMention[] {
  const out: AgencyMention[] = [];
  let l = 0;
  let s = 0;
  for (const group of r.roles) {
    for (const name of group.agencies) {
      let standing: Standing = null;
      if (r.lead?.[l] === name) {
        standing = 'lead';
        l++;
      } else if (r.support?.[s] === name) {
        standing = 'support';
        s++;
      }
      out.push({ name, canonical: r.canonical[out.length] ?? null, role: group.role, standing });
    }
  }
  return out;
}

/**
 * One info diagnostic for a document's clauses: how many agency mentions the directory
 * does not know, and which names (in first-seen order). Null when every name is known.
 */
export function unknownAgencyDiagnostic(list: Responsibility[], line: number): Diagnostic | null {
  const names = new Map<string, number>();
  for (const r of list) {
    r.agencies.forEach((name, i) => {
      if (r.canonical[i] === null) names.set(name, (names.get(name) ?? 0) + 1);
    });
  }
  if (names.size === 0) return null;
  const mentions = [...names.values()].reduce((a, b) => a + b, 0);
  const listed = [...names].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join('、');
  return diagnostic(
    'responsibility/unknown-agency',
    `${names.size} agency name${names.size === 1 ? '' : 's'} (${mentions} mention${mentions === 1 ? '' : 's'}) not in the agency directory: ${listed}`,
    line,
  );
}
