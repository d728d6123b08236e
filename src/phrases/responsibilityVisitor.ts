/**
 * CST → clause shape: each role group's label, agencies (printed form, tails dropped) and
 * role word. No judgement here: `responsibilities.ts` decides whether the shape is a
 * clause and derives lead, support and mode.
 *
 * The lexer may read a folded copy of the text (traditional characters read as simplified,
 * one character for one): names are cut from the printed text by the tokens' offsets, so
 * they keep the characters the input prints (`市人力資源社會保障局`).
 */
import type { CstNode, IToken } from 'chevrotain';
import { clauseParser } from '../../grammar/clause/parser.js';

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

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const BaseVisitor = clauseParser.getBaseCstVisitorConstructor<string, unknown>();

const nodes = (children: Children, name: string): CstNode[] => (children[name] ?? []) as CstNode[];
const tokens = (children: Children, name: string): IToken[] => (children[name] ?? []) as IToken[];

/** Visits a clause CST; each method gets the printed text the names are cut from. */
class ClauseVisitor extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  responsibilityClause(children: Children, printed: string): ClauseShape {
    const groups: RoleGroup[] = [];
    // Groups and labelled groups in printed order (labelled groups are rare: sort only then).
    const labelled = nodes(children, 'labelledGroup');
    const all = labelled.length === 0 ? nodes(children, 'roleGroup') : [...nodes(children, 'roleGroup'), ...labelled].sort((a, b) => firstOffset(a) - firstOffset(b));
    for (const g of all) groups.push(...(this.visit(g, printed) as RoleGroup[]));
    return { label: groups[0]?.label ?? null, groups };
  }

  roleGroup(children: Children, printed: string): RoleGroup[] {
    return this.labelled(children, printed);
  }

  labelledGroup(children: Children, printed: string): RoleGroup[] {
    return this.labelled(children, printed);
  }

  private labelled(children: Children, printed: string): RoleGroup[] {
    const label = nodes(children, 'clauseLabel')[0];
    const groups = this.visit(nodes(children, 'groupBody')[0]!, printed) as RoleGroup[];
    if (label) groups[0]!.label = this.visit(label, printed) as string;
    return groups;
  }

  clauseLabel(children: Children): string | null {
    return tokens(children, 'Label')[0]?.image.replace(/[【】]/g, '') ?? null;
  }

  /** `A会同B负责` is two groups: A with the role 会同, B with 负责. */
  groupBody(children: Children, printed: string): RoleGroup[] {
    const lists = nodes(children, 'agencyList').map((l) => this.visit(l, printed) as string[]);
    const joins = tokens(children, 'JoinWord');
    const role = tokens(children, 'RoleWord')[0]?.image ?? null;
    return lists.map((agencies, i) => ({ label: null, role: i < joins.length ? joins[i]!.image : role, agencies }));
  }

  agencyList(children: Children, printed: string): string[] {
    return nodes(children, 'agencyItem')
      .map((item) => this.visit(item, printed) as string | null)
      .filter((name): name is string => !!name);
  }

  agencyItem(children: Children, printed: string): string | null {
    const agency = nodes(children, 'agency')[0];
    return agency ? (this.visit(agency, printed) as string | null) : null;
  }

  agency(children: Children, printed: string): string | null {
    const name = tokens(children, 'AgencyName')[0];
    if (!name) return null;
    // Most names have no shared modifier (`市、县应急管理局` has one): the name alone then.
    const from = (children['SharedModifier'] as IToken[] | undefined)?.[0]?.startOffset ?? name.startOffset;
    return printed.slice(from, name.startOffset + name.image.length);
  }
}

/** Offset of the first token under a node (the parser does not track node locations). */
function firstOffset(node: CstNode): number {
  let min = Infinity;
  for (const list of Object.values(node.children)) {
    for (const child of list) {
      const offset = 'image' in child ? child.startOffset : firstOffset(child);
      if (offset < min) min = offset;
    }
  }
  return min;
}

const visitor = new ClauseVisitor();

/**
 * Reads a clause CST (from `parseClause`) into its shape; `printed` is the text the
 * lexer read, before folding (the same length), from which names are cut.
 */
export function clauseShape(cst: CstNode, printed: string): ClauseShape {
  return visitor.visit(cst, printed) as ClauseShape;
}
