/**
 * Canonical names for the agencies of a clause, from the agency directory
 * (`grammar/data/agencies.ts`), and the name-shape test for unlabelled clauses.
 */
import { hasAgencyShape } from '../../grammar/clause/tokens.js';
import {
  CANONICAL_BY_NAME,
  CARRIED_LEVELS,
  CENTRAL_NAMES,
  MAX_UNSCOPED_NAME,
  NON_NAME_OPENINGS,
  PLACE_LEVEL_ENDINGS,
  PROSE_INSIDE_NAMES,
  SCOPE_OPENINGS,
} from '../../grammar/data/agencies.js';
import { foldTraditional } from '../../grammar/data/traditional.js';

/** Does the name open with its scope (`市…`, `各…`, `国家…`)? */
const printsScope = (name: string): boolean => SCOPE_OPENINGS.some((w) => name.startsWith(w));
/** Names that print their own level: none is carried over to them. `市场…` prints none. */
const printsLevel = (name: string): boolean => printsScope(name) && !name.startsWith('市场');
/**
 * Does the name open with a place and its level (`上海市交通委`, `浦东新区建设局`)? A place
 * name has two to four characters; the level character ends it.
 */
const printsPlace = (name: string): boolean => {
  for (let end = 2; end <= 4 && end < name.length - 1; end++) if (PLACE_LEVEL_ENDINGS.includes(name[end]!)) return true;
  return false;
};

/**
 * Canonical names of one group's agencies, same order, null where unknown.
 *
 * A list that prints the level only on its first item leaves it off the next ones:
 * `市市场监管局、民政局、税务局` (64 号 15925), `市应急管理局、市场监督管理局` (58 号
 * instrument 3172), `市文旅局、交通局` (64 号 16298), `市、县生态环境局、应急管理局`
 * (58 号 附件3 5685). A name printed without a level takes the canonical name of the
 * level printed by the nearest item before it + its name, when the directory knows that
 * (`各县市区应急管理局、生态环境局`, 58 号 附件13 13853: 各县（市、区）生态环境局;
 * `市行政审批局、发展改革委`, 64 号 16264: 市发展和改革委员会); a central department's short
 * form (`统计局`) is never meant in such a list, else the name keeps its own canonical name.
 * Names in traditional characters are looked up in simplified form.
 */
export function canonicalNames(group: readonly string[]): (string | null)[] {
  let level = '';
  return group.map((printed) => {
    const name = foldTraditional(printed);
    const known = CANONICAL_BY_NAME.get(name) ?? null;
    if (printsLevel(name)) {
      level = CARRIED_LEVELS.find((l) => name.startsWith(l)) ?? '';
      return known;
    }
    if (level) return CANONICAL_BY_NAME.get(level + name) ?? (CENTRAL_NAMES.has(name) ? null : known);
    return known;
  });
}

/**
 * Does a name that prints no scope read as an organ's name by its shape alone: short,
 * ending like an agency, opening with no word of a note (`含…`, `由…`) and holding no word
 * of a sentence (`PROSE_INSIDE_NAMES`)? `北京冬奥组委`, `空管委办公室` do; `安全生产工作由
 * 市应急管理局` does not.
 */
function organShaped(name: string): boolean {
  return name.length <= MAX_UNSCOPED_NAME && hasAgencyShape(name) && !NON_NAME_OPENINGS.some((w) => name.startsWith(w)) && !holdsProse(name);
}

/**
 * May the name of a labelled clause be an agency: in the directory, or ending like one and
 * holding no word of a note or a sentence? A label says agencies follow, so no scope is
 * asked; but `（责任单位：待定）`, `下同`, `各地要加强领导` name none.
 */
export function nameMayBeAgency(printed: string): boolean {
  const name = foldTraditional(printed);
  return CANONICAL_BY_NAME.has(name) || (hasAgencyShape(name) && !NON_NAME_OPENINGS.some((w) => name.startsWith(w)) && !holdsProse(name));
}

/** Does the name hold a word of a sentence (`PROSE_INSIDE_NAMES`)? */
const holdsProse = (name: string): boolean => PROSE_INSIDE_NAMES.some((w) => name.includes(w));

/**
 * Does every name of an unlabelled group read as an agency? Each must be in the
 * directory, or end like an agency (`…局`, `…政府`, `…部门`), open with no word that
 * makes it a note (`含…`, `包括…`, `由…`), and either print its level or scope (`市…`,
 * `各…`, `上海市…`), follow an item that does (the ellipsis `市市场监管局、民政局`), or
 * have the shape of an organ's name by itself (`organShaped`: central bodies print no
 * scope, `海关总署、证监会`). So `（安全生产工作由市应急管理局牵头负责）` lists no agency.
 */
export function namesLookLikeAgencies(group: readonly string[]): boolean {
  let scoped = false;
  return group.every((printed) => {
    const name = foldTraditional(printed);
    if (CANONICAL_BY_NAME.has(name)) {
      scoped = true;
      return true;
    }
    if (!hasAgencyShape(name) || NON_NAME_OPENINGS.some((w) => name.startsWith(w))) return false;
    if (printsScope(name) || (printsPlace(name) && !holdsProse(name))) scoped = true;
    return scoped || organShaped(name);
  });
}
