/**
 * The responsibility-clause grammar: the inside of one bracketed note that says who
 * must do a task — `（市市场监管局、市公安局按职责分工负责)` (50 号 58),
 * `（市发展改革委牵头，各部门配合）` (64 号 15806), `（责任单位：市应急管理局牵头，…
 * 按职责分工负责；各县市区党委政府负责）` (58 号 instrument 1950).
 *
 * Each rule returns what it read — the clause's role groups, as tokens — and
 * `src/phrases/responsibilityShape.ts` turns them into the model. Error recovery is off on
 * purpose: a bracket whose inside does not parse as a whole is not a clause (`（以下简称…）`,
 * `（包括主要负责人…）`), and a partly recovered parse must never be reported — a wrong
 * clause is worse than a missed one.
 */
import { EmbeddedActionsParser } from '../chevrotain.js';
import type { IToken } from 'chevrotain';
import {
  AgencyName,
  CLAUSE_TOKENS,
  clauseLexer,
  Colon,
  Comma,
  Conjunction,
  Enumerator,
  FullStop,
  JoinWord,
  Label,
  RoleWord,
  Semicolon,
  SharedModifier,
  Tail,
  Unreadable,
} from './tokens.js';

/** One agency as printed: its name, and the first modifier that shares its head (`市、` of `市、县应急管理局`). */
export interface AgencySyntax {
  modifier: IToken | null;
  name: IToken;
}

/**
 * One role group as printed: its label, its agencies — one list, or one per side of each
 * `会同` (`A会同B负责`), with the join words between — and the role word after them.
 */
export interface GroupSyntax {
  label: IToken | null;
  lists: AgencySyntax[][];
  joins: IToken[];
  role: IToken | null;
}

/** The clause grammar's parser (use the singleton `clauseParser()`; tests build a validating one). */
export class ClauseParser extends EmbeddedActionsParser {
  /** `validate`: run Chevrotain's grammar validations (skipped in the singleton for start-up time). */
  constructor(validate = false) {
    super(CLAUSE_TOKENS, { recoveryEnabled: false, maxLookahead: 2, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /**
   * A whole clause: role groups split by `，` `；` or `。`, the first perhaps labelled, then
   * an optional full stop. 58 号 instrument 2049: `责任单位：各县市区党委政府负责，
   * 各行业主管部门督促指导，各企业具体落实` is a label and three groups. A labelled segment
   * may also follow with no separator: `【牵头单位】A【配合单位】B`. The groups in printed order.
   */
  public responsibilityClause = this.RULE('responsibilityClause', (): GroupSyntax[] => {
    const groups = [this.SUBRULE(this.roleGroup)];
    this.MANY(() => {
      groups.push(
        this.OR([
          {
            ALT: () => {
              this.OR2([{ ALT: () => this.CONSUME(Comma) }, { ALT: () => this.CONSUME(Semicolon) }, { ALT: () => this.CONSUME(FullStop) }]);
              return this.SUBRULE2(this.roleGroup);
            },
          },
          { ALT: () => this.SUBRULE(this.labelledGroup) },
        ]),
      );
    });
    this.OPTION(() => this.CONSUME2(FullStop));
    return groups;
  });

  /** `责任单位：` / `责任部门:` / `【牵头单位】` (58 号 instrument 1950, 3172); OCR may drop the colon. */
  public clauseLabel = this.RULE('clauseLabel', (): IToken => {
    const label = this.CONSUME(Label);
    this.OPTION(() => this.CONSUME(Colon));
    return label;
  });

  /**
   * Agencies and the role word printed after them (`市应急管理局牵头`), or none: a bare
   * group (`各县市区党委政府，` before `市X、市Y按职责分工负责`, 58 号 instrument 2174;
   * the bare lists of 附件1, 3631 …), perhaps after a label, and perhaps joined to the
   * next agencies by `会同` (`A会同B负责`).
   */
  public roleGroup = this.RULE('roleGroup', (): GroupSyntax => {
    const label = this.OPTION(() => this.SUBRULE(this.clauseLabel)) ?? null;
    return this.SUBRULE(this.groupBody, { ARGS: [label] });
  });

  /** A group that opens with its label (`【配合单位】B` right after `【牵头单位】A`). */
  public labelledGroup = this.RULE('labelledGroup', (): GroupSyntax => {
    const label = this.SUBRULE(this.clauseLabel);
    return this.SUBRULE(this.groupBody, { ARGS: [label] });
  });

  /** Agencies, the agencies each `会同` joins to them, and the closing role word (`label`: the group's, read before). */
  public groupBody = this.RULE('groupBody', (label: IToken | null = null): GroupSyntax => {
    const lists = [this.SUBRULE(this.agencyList)];
    const joins: IToken[] = [];
    this.MANY(() => {
      joins.push(this.CONSUME(JoinWord));
      lists.push(this.SUBRULE2(this.agencyList));
    });
    const role = this.OPTION(() => this.CONSUME(RoleWord)) ?? null;
    return { label, lists, joins, role };
  });

  /**
   * Agencies joined by `、` or a joiner (`和` `及` `与` `以及`): 50 号 109
   * `…市农业农村局和各县市区人民政府`; 58 号 instrument 2466 `市人防办及其他有关行业部门`.
   */
  public agencyList = this.RULE('agencyList', (): AgencySyntax[] => {
    const agencies = [this.SUBRULE(this.agency)];
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(Enumerator) }, { ALT: () => this.CONSUME(Conjunction) }]);
      agencies.push(this.SUBRULE2(this.agency));
    });
    return agencies;
  });

  /**
   * One name, with the modifiers that share its head (`市、县应急管理局`, 58 号 附件4 6463) and
   * the `等` tail that may close the list (64 号 15872: `…市气象局等部门和各县级人民政府`); the
   * tail is dropped. One rule, not two: every rule invocation costs Chevrotain bookkeeping
   * (measured on the seed's 477 clauses: ≈ 4 % less parse time than with a rule per item).
   */
  public agency = this.RULE('agency', (): AgencySyntax => {
    let modifier: IToken | null = null;
    this.MANY(() => {
      const token = this.CONSUME(SharedModifier);
      modifier ??= token;
    });
    const name = this.CONSUME(AgencyName);
    this.OPTION(() => this.CONSUME(Tail));
    return { modifier, name };
  });
}

let singleton: ClauseParser | undefined;

/**
 * The clause parser, built on first use and then reused (`parser.input = tokens` resets
 * it): a process that never reads a bracket that names a role does not build it.
 */
export function clauseParser(): ClauseParser {
  return (singleton ??= new ClauseParser());
}

/**
 * Lexes and parses the inside of a bracket (whitespace already removed): the clause's role
 * groups, or null when the inside holds a character no clause token reads, or does not
 * parse as a whole.
 */
export function parseClause(text: string): GroupSyntax[] | null {
  const { tokens } = clauseLexer().tokenize(text);
  if (tokens.some((t) => t.tokenType === Unreadable)) return null;
  const parser = clauseParser();
  parser.input = tokens;
  const groups = parser.responsibilityClause();
  // Without error recovery a failed parse returns no value; tokens left after a clause are an error too.
  return groups !== undefined && parser.errors.length === 0 ? groups : null;
}
