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

const OPENERS = '（(';
const CLOSERS = '）)';
/** A clause names a label or a role word: brackets without either are never lexed. */
const CUE = new RegExp([...CLAUSE_LABELS, ...ROLE_WORDS.map((r) => r.word)].join('|'));
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
  inner: string;
  closed: boolean;
  /** Offset just after the closing bracket, or the paragraph end. */
  end: number;
}

/** Finds the responsibility clauses of one paragraph. */
export function findResponsibilities(ctx: PhraseContext): Responsibility[] {
  const text = ctx.block.text;
  // Most paragraphs hold no bracket at all: skip them before any work.
  if (!text.includes('（') && !text.includes('(')) return [];
  const found: Responsibility[] = [];
  let resume = 0;
  for (const bracket of brackets(text)) {
    if (bracket.open < resume) continue; // inside a clause already read
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
 * Every bracket of a paragraph in reading order, paired in one pass: brackets nest
 * (`各县（市、区）人民政府`), full- and half-width ones pair freely (`（…)` is common in the
 * seed), and a bracket never closed runs to the paragraph end. Brackets whose inside is
 * longer than a clause can be are left out.
 */
function brackets(text: string): Bracket[] {
  const closeOf = new Map<number, number>();
  const opens: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) {
      opens.push(i);
      stack.push(i);
    } else if (CLOSERS.includes(ch) && stack.length > 0) {
      closeOf.set(stack.pop()!, i);
    }
  }
  const out: Bracket[] = [];
  for (const open of opens) {
    const close = closeOf.get(open);
    const innerEnd = close ?? text.length;
    if (innerEnd - open - 1 > MAX_CLAUSE_LENGTH) continue;
    out.push({ open, inner: text.slice(open + 1, innerEnd), closed: close !== undefined, end: close === undefined ? text.length : close + 1 });
  }
  return out;
}

/** The bracket as a clause, or null when it is not one. */
function readClause(bracket: Bracket, ctx: PhraseContext): Responsibility | null {
  const inner = bracket.inner.replace(/\s+/g, '');
  if (!CUE.test(inner)) return null;
  const parsed = parseClause(inner);
  if (!parsed.cst || parsed.lexErrors.length > 0 || parsed.parseErrors.length > 0) return null;
  const shape = clauseShape(parsed.cst);
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
  const of = (standing: Standing) => shape.groups.filter((_, i) => standings[i] === standing).flatMap((g) => g.agencies);
  const lead = of('lead');
  const support = of('support');
  const mode = shape.label ?? (lead.length > 0 ? '牵头' : shape.groups[shape.groups.length - 1]!.role);
  return {
    text,
    agencies: shape.groups.flatMap((g) => g.agencies),
    lead: lead.length > 0 ? lead : null,
    support: support.length > 0 ? support : null,
    roles: shape.groups.map((g) => ({ role: g.role, agencies: [...g.agencies] })),
    mode,
    closed,
    sectionPath: [...sectionPath],
    line,
    canonical: shape.groups.flatMap((g) => canonicalNames(g.agencies)),
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
