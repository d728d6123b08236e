/**
 * CST → clause shape: the label, and each role group's agencies (printed form, tails
 * dropped) with its role word. No judgement here: `responsibilities.ts` decides whether
 * the shape is a clause and derives lead, support and mode.
 */
import type { CstNode, IToken } from 'chevrotain';
import { clauseParser } from '../../grammar/clause/parser.js';

/** One role group: agencies as printed and the role word after them (null when none). */
export interface RoleGroup {
  role: string | null;
  agencies: string[];
}

/** What a clause says, before any judgement. */
export interface ClauseShape {
  /** `责任单位` / `责任部门`, or null when unlabelled. */
  label: string | null;
  groups: RoleGroup[];
}

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const BaseVisitor = clauseParser.getBaseCstVisitorConstructor<void, unknown>();

const nodes = (children: Children, name: string): CstNode[] => (children[name] ?? []) as CstNode[];
const tokens = (children: Children, name: string): IToken[] => (children[name] ?? []) as IToken[];

class ClauseVisitor extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  responsibilityClause(children: Children): ClauseShape {
    const label = nodes(children, 'clauseLabel')[0];
    return {
      label: label ? (this.visit(label) as string) : null,
      groups: nodes(children, 'roleGroup').map((g) => this.visit(g) as RoleGroup),
    };
  }

  clauseLabel(children: Children): string | null {
    return tokens(children, 'Label')[0]?.image ?? null;
  }

  roleGroup(children: Children): RoleGroup {
    const list = nodes(children, 'agencyList')[0];
    return {
      role: tokens(children, 'RoleWord')[0]?.image ?? null,
      agencies: list ? (this.visit(list) as string[]) : [],
    };
  }

  agencyList(children: Children): string[] {
    return nodes(children, 'agencyItem')
      .map((item) => this.visit(item) as string | null)
      .filter((name): name is string => !!name);
  }

  agencyItem(children: Children): string | null {
    const agency = nodes(children, 'agency')[0];
    return agency ? (this.visit(agency) as string | null) : null;
  }

  agency(children: Children): string | null {
    const name = tokens(children, 'AgencyName')[0];
    if (!name) return null;
    // Most names have no shared modifier (`市、县应急管理局` has one): nothing to join then.
    const modifiers = children['SharedModifier'] as IToken[] | undefined;
    return modifiers ? modifiers.map((t) => t.image).join('') + name.image : name.image;
  }
}

const visitor = new ClauseVisitor();

/** Reads a clause CST (from `parseClause`) into its shape. */
export function clauseShape(cst: CstNode): ClauseShape {
  return visitor.visit(cst) as ClauseShape;
}
