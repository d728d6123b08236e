/**
 * The clause grammar's role groups → the clause's shape: each role group's label, agencies
 * (printed form, tails dropped) and role word. No judgement here: `responsibilities.ts`
 * decides whether the shape is a clause and derives lead, support and mode.
 *
 * The lexer may read a folded copy of the text (traditional characters read as simplified,
 * one character for one): names are cut from the printed text by the tokens' offsets, so
 * they keep the characters the input prints (`市人力資源社會保障局`).
 */
import type { AgencySyntax, GroupSyntax } from '../../grammar/clause/parser.js';

/** One role group: its label, agencies as printed and the role word after them (null when none). */
export interface RoleGroup {
  /** `责任单位`, `牵头单位`… when the group opens with a label (brackets `【】` dropped). */
  label: string | null;
  role: string | null;
  agencies: string[];
}

/** What a clause says, before any judgement. */
export interface ClauseShape {
  /** The label of the first group (`责任单位` / `负责部门` / `牵头单位`…), or null when unlabelled. */
  label: string | null;
  groups: RoleGroup[];
}

/** An agency's name as printed, from its first shared modifier (`市、县应急管理局`) to the end of its name. */
function printedName(agency: AgencySyntax, printed: string): string {
  const from = (agency.modifier ?? agency.name).startOffset;
  return printed.slice(from, agency.name.startOffset + agency.name.image.length);
}

/**
 * Reads a clause's role groups (from `parseClause`) into its shape; `printed` is the text
 * the lexer read, before folding (the same length), from which names are cut. `A会同B负责`
 * is two groups: A with the role 会同, B with 负责; a label goes to the first of them.
 */
export function clauseShape(parsed: readonly GroupSyntax[], printed: string): ClauseShape {
  const groups: RoleGroup[] = [];
  for (const g of parsed) {
    const label = g.label === null ? null : g.label.image.replace(/[【】]/g, '');
    g.lists.forEach((list, i) => {
      const role = i < g.joins.length ? g.joins[i]!.image : (g.role?.image ?? null);
      groups.push({ label: i === 0 ? label : null, role, agencies: list.map((a) => printedName(a, printed)).filter((name) => name !== '') });
    });
  }
  return { label: groups[0]?.label ?? null, groups };
}
