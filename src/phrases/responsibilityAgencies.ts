/**
 * Canonical names for the agencies of a clause, from the agency directory
 * (`grammar/data/agencies.ts`), and the name-shape test for unlabelled clauses.
 */
import { hasAgencyShape } from '../../grammar/clause/tokens.js';
import { CANONICAL_BY_NAME, CARRIED_LEVELS, NON_NAME_OPENINGS, SCOPE_OPENINGS } from '../../grammar/data/agencies.js';

/** Does the name open with its scope (`市…`, `各…`, `吕梁…`)? */
const printsScope = (name: string): boolean => SCOPE_OPENINGS.some((w) => name.startsWith(w));
/** Names that print their own level: none is carried over to them. `市场…` prints none. */
const printsLevel = (name: string): boolean => printsScope(name) && !name.startsWith('市场');

/**
 * Canonical names of one group's agencies, same order, null where unknown.
 *
 * A list that prints the level only on its first item leaves it off the next ones:
 * `市市场监管局、民政局、税务局` (64 号 15925), `市应急管理局、市场监督管理局` (58 号
 * instrument 3172), `市文旅局、交通局` (64 号 16298), `市、县生态环境局、应急管理局`
 * (58 号 附件3 5685). A name printed without a level takes the canonical name of the
 * level printed by the nearest item before it + its name, when the directory knows that
 * (`各县市区应急管理局、生态环境局`, 58 号 附件13 13853: 各县（市、区）生态环境局); else it
 * stays unknown.
 */
export function canonicalNames(group: readonly string[]): (string | null)[] {
  let level = '';
  return group.map((name) => {
    const known = CANONICAL_BY_NAME.get(name) ?? null;
    if (printsLevel(name)) {
      level = CARRIED_LEVELS.find((l) => name.startsWith(l)) ?? '';
      return known;
    }
    if (known) return known;
    return level ? (CANONICAL_BY_NAME.get(level + name) ?? null) : null;
  });
}

/**
 * Does every name of an unlabelled group read as an agency? Each must be in the
 * directory, or end like an agency (`…局`, `…政府`, `…部门`), open with no word that
 * makes it a note (`含…`, `包括…`, `由…`), and print its level or scope (`市…`, `各…`)
 * or follow an item that does (the ellipsis `市市场监管局、民政局`). So
 * `（安全生产工作由市应急管理局牵头负责）` lists no agency: its "name" has no scope.
 */
export function namesLookLikeAgencies(group: readonly string[]): boolean {
  let scoped = false;
  return group.every((name) => {
    if (CANONICAL_BY_NAME.has(name)) {
      scoped = true;
      return true;
    }
    if (!hasAgencyShape(name) || NON_NAME_OPENINGS.some((w) => name.startsWith(w))) return false;
    if (printsScope(name)) scoped = true;
    return scoped;
  });
}
