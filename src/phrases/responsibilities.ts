/**
 * Responsibility clauses (责任分工): the bracketed notes that say which agencies must do
 * a task — `（市发改委负责）`, `（市市场监管局、市公安局按职责分工负责)`,
 * `（责任单位：市应急管理局牵头，…按职责分工负责；各县市区党委政府负责）` — read
 * with the clause grammar (`grammar/clause/`) and turned into `Responsibility` records.
 *
 * Precision comes first: a bracket is a clause only when its whole inside parses, and
 * it is labelled (`责任单位：`/`责任部门：`) or ends with a role word and names only
 * agency-shaped bodies. Everything else in brackets (`（市、区）`, `（试行）`, `（含…）`,
 * `（以下简称…）`, deadline notes, document numbers) is left alone.
 */
import { parseClause } from '../../grammar/clause/parser.js';
import { CLAUSE_LABELS, ROLE_BY_WORD, ROLE_WORDS } from '../../grammar/data/roleWords.js';
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, Responsibility } from '../model.js';
import { positionAt } from '../structure/sourceMap.js';
import type { PhraseContext } from './index.js';
import { canonicalNames, namesLookLikeAgencies } from './responsibilityAgencies.js';
import { clauseShape, type ClauseShape } from './responsibilityVisitor.js';

const OPEN_FULL = 0xff08; // （
const OPEN_HALF = 0x28; // (
const BRACKET = /[（()）]/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE_WORDS = [...CLAUSE_LABELS, ...ROLE_WORDS.map((r) => r.word)];
/**
 * A clause names a label or a role word: brackets without either are never lexed. The
 * words are matched with optional whitespace between their characters, on the raw text:
 * raw text holds such a spread-out word exactly when the text with its whitespace removed
 * (what the clause grammar reads) holds the word, so one test on the raw paragraph rules
 * out all its brackets, and no bracket is stripped of whitespace before it passes.
 */
const SPREAD_CUE = new RegExp(CUE_WORDS.map((w) => [...w].map(escape).join('\\s*')).join('|'));
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
  /** The inside with whitespace removed. */
  inner: string;
  closed: boolean;
  /** Offset just after the closing bracket, or the paragraph end. */
  end: number;
}

/** Finds the responsibility clauses of one paragraph. */
export function findResponsibilities(ctx: PhraseContext): Responsibility[] {
  const text = ctx.block.text;
  // Most paragraphs hold no bracket, or no cue word anywhere: skip them before any work.
  if ((!text.includes('（') && !text.includes('(')) || !SPREAD_CUE.test(text)) return [];
  const found: Responsibility[] = [];
  const { opens, closes } = bracketPairs(text);
  let resume = 0;
  for (let k = 0; k < opens.length; k++) {
    const open = opens[k]!;
    if (open < resume) continue; // inside a clause already read
    const close = closes[k]!;
    const innerEnd = close < 0 ? text.length : close;
    if (innerEnd - open - 1 > MAX_CLAUSE_LENGTH) continue;
    const raw = text.slice(open + 1, innerEnd);
    if (!SPREAD_CUE.test(raw)) continue;
    const bracket: Bracket = { open, inner: raw.replace(/\s+/g, ''), closed: close >= 0, end: close < 0 ? text.length : close + 1 };
    const clause = readClause(bracket, ctx);
    if (!clause) continue; // not a clause: a bracket inside it may still be one (58 号 附件13 13903)
    found.push(clause);
    resume = bracket.end;
    if (!clause.closed) {
      const quote = text.slice(bracket.open, bracket.open + QUOTE_LENGTH).replace(/\s+/g, '');
      ctx.diagnostics.push(
        diagnostic('responsibility/unclosed', `Responsibility clause 「${quote}…」 is never closed: read to the end of its paragraph`, clause.line, clause.column),
      );
    }
  }
  return found;
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
    if (code === OPEN_FULL || code === OPEN_HALF) {
      stack.push(opens.length);
      opens.push(m.index);
      closes.push(-1);
    } else if (stack.length > 0) {
      closes[stack.pop()!] = m.index;
    }
  }
  return { opens, closes };
}

/** The bracket as a clause, or null when it is not one. */
function readClause(bracket: Bracket, ctx: PhraseContext): Responsibility | null {
  const { inner } = bracket;
  const cst = parseClause(inner);
  if (!cst) return null;
  const shape = clauseShape(cst);
  if (!isClause(shape, bracket.closed)) return null;
  const { line, column } = positionAt(ctx.block, bracket.open);
  return toResponsibility(shape, inner.replace(/[。.]$/, ''), bracket.closed, ctx.sectionPath, line, column);
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
  if (shape.label) return closed || namesOnly();
  const last = shape.groups[shape.groups.length - 1]!;
  return last.role !== null && namesOnly();
}

/** How a role group stands in its clause. */
export type Standing = 'lead' | 'support' | null;

/**
 * Lead and support per role group, as MODEL.md and fixtures/seed/expected/README.md
 * define them: groups whose role leads (牵头) are `lead`; groups that assist (配合) are
 * `support`, and so are — after the first lead group — groups with a shared duty
 * (按职责分工负责 / 分别负责) or no role word. Other role words (负责, 督促指导, 具体落实…)
 * are neither: no role is guessed that is not printed.
 */
export function groupStandings(roles: readonly { role: string | null }[]): Standing[] {
  let led = false;
  return roles.map((group) => {
    const role = group.role === null ? null : (ROLE_BY_WORD.get(group.role) ?? null);
    if (role?.leads) {
      led = true;
      return 'lead';
    }
    return role?.assists || (led && (group.role === null || role?.shares)) ? 'support' : null;
  });
}

/** `mode` = the label, else `牵头` when a group leads, else the last group's role (null for a bare list). */
function toResponsibility(shape: ClauseShape, text: string, closed: boolean, sectionPath: string[], line: number, column: number): Responsibility {
  const standings = groupStandings(shape.groups);
  // One pass over the groups (plain loops: this runs for every clause of a gazette).
  const agencies: string[] = [];
  const lead: string[] = [];
  const support: string[] = [];
  const roles: Responsibility['roles'] = [];
  const canonical: (string | null)[] = [];
  shape.groups.forEach((g, i) => {
    agencies.push(...g.agencies);
    if (standings[i] === 'lead') lead.push(...g.agencies);
    else if (standings[i] === 'support') support.push(...g.agencies);
    roles.push({ role: g.role, agencies: [...g.agencies] });
    canonical.push(...canonicalNames(g.agencies));
  });
  const mode = shape.label ?? (lead.length > 0 ? '牵头' : shape.groups[shape.groups.length - 1]!.role);
  return {
    text,
    agencies,
    lead: lead.length > 0 ? lead : null,
    support: support.length > 0 ? support : null,
    roles,
    mode,
    closed,
    sectionPath: [...sectionPath],
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
 * standing: the rows of the `agencies` table (one row per agency per clause).
 */
export function agencyMentions(r: Responsibility): AgencyMention[] {
  const standings = groupStandings(r.roles);
  const out: AgencyMention[] = [];
  r.roles.forEach((group, g) => {
    for (const name of group.agencies) {
      out.push({ name, canonical: r.canonical[out.length] ?? null, role: group.role, standing: standings[g] ?? null });
    }
  });
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
