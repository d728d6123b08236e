/**
 * The phrase grammar: date and deadline phrases, quantitative targets and citations, as
 * they are printed inside a paragraph. It parses the tokens of `tokens.ts`; it has no
 * actions — the model is built from the CST by the visitors in `src/phrases/`.
 *
 * A phrase sits inside free text, so no rule parses a whole paragraph: `scan.ts` tries
 * `datePhrase`, `targetPhrase` or `citation` at every token that can start one and keeps
 * the matches. Each rule's comment quotes the seed line (fixtures/seed/input.txt) that
 * motivated it.
 */
import { EOF } from '../chevrotainForPhrases.js';
import type { IToken } from 'chevrotain';
import {
  BookTitle,
  Bound,
  ChangeVerb,
  ChineseNumeral,
  Comparator,
  DayOf,
  De,
  DeadlinePrefix,
  DeadlineSuffix,
  EndOf,
  FiveYearPlan,
  FractionOf,
  Half,
  HalfYear,
  Hao,
  LastMonth,
  Latest,
  LParen,
  Nian,
  NextYear,
  NumberToken,
  Numeral,
  Ordinal,
  PHRASE_TOKENS,
  Quarter,
  Quarterly,
  QuotaVerb,
  RangeCloser,
  RangeConnector,
  Ri,
  RParen,
  SinceSuffix,
  StartPrefix,
  StartSuffix,
  To,
  Unit,
  WithinYear,
  Within,
  Word,
  Yearly,
  YearInBrackets,
  YearOfAccount,
  Yue,
} from './tokens.js';
import { isParseFailure, QuietCstParser } from './quietParser.js';

/** The phrase grammar's parser (use the singleton `phraseParser`; tests build a validating one). */
export class PhraseParser extends QuietCstParser {
  /** `validate`: run Chevrotain's grammar validations (skipped in the singleton for start-up time). */
  constructor(validate = false) {
    // No recovery: a phrase either parses or is not there. Where a few tokens of lookahead
    // cannot decide (`至 12 月` is a range end, `至 50 人` is not), the optional part is
    // tried and undone when it fails (`ifItParses`).
    super(PHRASE_TOKENS, { recoveryEnabled: false, maxLookahead: 3, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /**
   * Chevrotain's hook after a top-level rule. A phrase is parsed from inside a paragraph, so
   * the tokens after it are expected: unlike the default, this does not report them as
   * `NotAllInputParsedException` (an exception per phrase found). It only drops the EOF
   * sentinels `onBeforeParse` appended, as the default does.
   */
  onAfterParse(ruleName: string): void {
    void ruleName;
    const vector = (this as unknown as { tokVector: IToken[] }).tokVector;
    while (vector.length > 0 && vector[vector.length - 1]!.tokenType === EOF) vector.pop();
  }

  /** Index (in the current input) of the last token consumed: how much a phrase used. */
  public lastConsumed(): number {
    return this.lexerPosition();
  }

  private lexerPosition(): number {
    return (this as unknown as { exportLexerState(): number }).exportLexerState();
  }

  /**
   * The body of an optional part that a few tokens of lookahead cannot decide: one token
   * cannot tell `2021 年 10 月` from `2021 年 50%的` (58 号's attachment, line 8425), nor
   * `2021 年到 2022 年` from `2021 年到位`. The part is parsed in place and, when it fails,
   * undone — the input position and the error list put back — as if the option had not
   * been entered. (The same outcome as a backtracking gate, which parses a part that fits
   * twice: once to test, once for real.) Its CST is only attached when it parses.
   */
  private ifItParses(part: () => unknown): void {
    const position = this.lexerPosition();
    const errors = this.parseErrors().length;
    try {
      part();
    } catch (e) {
      if (!isParseFailure(e)) throw e;
      (this as unknown as { importLexerState(state: number): void }).importLexerState(position);
      this.parseErrors().length = errors;
    }
  }

  // ─── Dates ────────────────────────────────────────────────────────────────

  /** Any date phrase; the alternatives are ordered longest first. */
  public datePhrase = this.RULE('datePhrase', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.yearlyDate) },
      { ALT: () => this.SUBRULE(this.quarterlyDate) },
      { ALT: () => this.SUBRULE(this.startPhrase) },
      { ALT: () => this.SUBRULE(this.deadline) },
      { ALT: () => this.SUBRULE(this.yearRange) },
      { ALT: () => this.SUBRULE(this.relativeLimit) },
      { ALT: () => this.SUBRULE(this.dateOrRange) },
      { ALT: () => this.SUBRULE(this.period) },
      { ALT: () => this.SUBRULE(this.withinYear) },
      { ALT: () => this.SUBRULE(this.latestLimit) },
    ]);
  });

  /**
   * `每季度最后一个月的30日前` (蔡政办〔2023〕1号), `每季度末`: a quarterly recurring date. A
   * frequency (`每季度至少一次`) prints no day and is not one.
   */
  public quarterlyDate = this.RULE('quarterlyDate', () => {
    this.CONSUME(Quarterly);
    this.OR([
      { ALT: () => this.CONSUME(EndOf) },
      {
        ALT: () => {
          this.OPTION(() => {
            this.CONSUME(LastMonth);
            this.OPTION2(() => this.CONSUME(De));
          });
          this.SUBRULE(this.dayPart);
        },
      },
    ]);
    this.OPTION3(() => this.CONSUME(DeadlineSuffix));
  });

  /**
   * A limit counted from an event or a goal's horizon: `20日内` (`自受理申请之日起20日内`,
   * 国务院令第706号), `5 个工作日内`, `3个月内`. `三年内` is read by `yearPart`. Whether the
   * words before it make it a limit is the reader's call (`LIMIT_OPENERS`).
   */
  public relativeLimit = this.RULE('relativeLimit', () => {
    this.CONSUME(Numeral);
    this.OR([{ ALT: () => this.CONSUME(Ri) }, { ALT: () => this.CONSUME(Unit) }]);
    this.CONSUME(Within);
  });

  /** `最迟不超过4个小时` (国办函〔2005〕57号): a limit by itself. */
  public latestLimit = this.RULE('latestLimit', () => {
    this.CONSUME(Latest);
    this.OPTION(() => this.CONSUME(Comparator));
    this.CONSUME(Numeral);
    this.OR([{ ALT: () => this.CONSUME(Ri) }, { ALT: () => this.CONSUME(Unit) }]);
    this.OPTION2(() => this.CONSUME(Within));
  });

  /**
   * `每年 11 月 30 日前` (3497-3499), `每年 12 月 10 日前` (7299), `每年年底前`; `次年 1 月 15 日` after
   * a yearly date (`每年 7 月 15日和次年 1 月 15 日`, 11689-11691).
   */
  public yearlyDate = this.RULE('yearlyDate', () => {
    this.OR([{ ALT: () => this.CONSUME(Yearly) }, { ALT: () => this.CONSUME(NextYear) }]);
    this.OR2([
      { ALT: () => this.SUBRULE(this.monthPart) },
      { ALT: () => this.SUBRULE(this.yearEnd) },
    ]);
    this.OPTION(() => this.CONSUME(DeadlineSuffix));
  });

  /** `自 2020 年 10 月 1 日起` (15016), `从 2020 年 6 月至 2022 年 12 月` (a 58 号 attachment), `本办法自印发之日起施行` (15722). */
  public startPhrase = this.RULE('startPhrase', () => {
    this.CONSUME(StartPrefix);
    this.OR([
      { ALT: () => this.SUBRULE(this.dateOrRange) },
      { ALT: () => this.SUBRULE(this.publicationDay) },
    ]);
  });

  /** `印发之日起` (15722): the document's own date (which verbs count is data: `PUBLICATION_VERBS`; `营业之日`, 14934, is an event). */
  public publicationDay = this.RULE('publicationDay', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(Word));
    this.CONSUME(DayOf);
    this.CONSUME(StartSuffix);
  });

  /**
   * A deadline written before its date: `到 2022年底` (6872), `截止 2021 年 12 月 31日` (14995),
   * and the end of a plan period: `到“十四五”末`, `至“十四五”期末` (沪奉府办发〔2021〕18号).
   */
  public deadline = this.RULE('deadline', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(DeadlinePrefix) }, { ALT: () => this.CONSUME(To) }]);
          this.OR3([{ ALT: () => this.SUBRULE(this.calendarDate) }, { ALT: () => this.SUBRULE(this.planPeriod) }]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(RangeConnector);
          this.SUBRULE2(this.planPeriod);
        },
      },
    ]);
    this.OPTION(() => this.CONSUME(DeadlineSuffix));
  });

  /** `“十四五”`, `“十四五”末`, `“十四五”期末`: a five-year plan, or its end. */
  public planPeriod = this.RULE('planPeriod', () => {
    this.CONSUME(FiveYearPlan);
    this.OPTION(() => this.CONSUME(EndOf));
  });

  /**
   * `2020—2022 年`, `（2020-2035 年）`: a range of years printed with one 年. The seed prints it
   * only inside a title (53 号, line 926: `《…（2020-2035 年）》`), which is no date; the form is the issue's.
   */
  public yearRange = this.RULE('yearRange', () => {
    this.CONSUME(NumberToken);
    this.CONSUME(RangeConnector);
    this.CONSUME2(NumberToken);
    this.CONSUME(Nian);
  });

  /**
   * A date with what follows it: a range end (`2020 年 6 月至 2022 年 12 月`, 3227), a deadline
   * word (`2020 年 10 月 28 日前`, 641), a start word (`2020 年起`, 14640; `2012 年以来`, 1090), or
   * nothing (`2020 年`, 28; `2020 年 6 月`, 3231).
   */
  public dateOrRange = this.RULE('dateOrRange', () => {
    this.SUBRULE(this.calendarDate);
    this.OPTION(() => this.ifItParses(() => this.SUBRULE(this.dateTail)));
  });

  /** What follows a date: a range end (3227), a deadline word (641), a start word (14640) — kept only if it parses: `2021 年到位` is no range. */
  public dateTail = this.RULE('dateTail', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.rangeEnd) },
      { ALT: () => this.CONSUME(DeadlineSuffix) },
      { ALT: () => this.CONSUME(StartSuffix) },
      { ALT: () => this.CONSUME(SinceSuffix) },
    ]);
  });

  /**
   * The second half of a range: `至 12 月` (3239-3241), `—12 月` (1474-1476), `至 8 月 31 日`
   * (1217-1219), `开始至 2022 年 12 月结束` (13254), a bare day `至 31 日`, and `至次年 3 月`.
   */
  public rangeEnd = this.RULE('rangeEnd', () => {
    this.OPTION(() => this.CONSUME(StartSuffix));
    this.OR([{ ALT: () => this.CONSUME(RangeConnector) }, { ALT: () => this.CONSUME(To) }]);
    this.OPTION3(() => this.CONSUME(NextYear));
    this.OR2([
      { ALT: () => this.SUBRULE(this.calendarDate) },
      { ALT: () => this.SUBRULE(this.dayPart) },
    ]);
    this.OPTION2(() => this.CONSUME(RangeCloser));
  });

  /**
   * `上半年`, `第三季度` with no year printed (the year comes from the document). The seed prints
   * none (its `每季度`, `每半年`, `一季一通报` are frequencies); the forms are the issue's.
   */
  public period = this.RULE('period', () => {
    this.SUBRULE(this.periodOfYear);
  });

  /** `年内` (3682: `年内完成`) and a bare `年底前`: deadlines in the document's own year. */
  public withinYear = this.RULE('withinYear', () => {
    this.OR([
      { ALT: () => this.CONSUME(WithinYear) },
      {
        ALT: () => {
          this.CONSUME(Nian);
          this.CONSUME(EndOf);
          this.OPTION(() => this.CONSUME(DeadlineSuffix));
        },
      },
    ]);
  });

  /**
   * A calendar date as printed: a year with what narrows it, or a month with its day.
   * What follows the year is kept only if it parses (`ifItParses`): one token cannot tell `2021 年 10 月`
   * from `2021 年 50%的…` (7.4.2 of 58 号's attachment, line 8425).
   */
  public calendarDate = this.RULE('calendarDate', () => {
    this.OR([
      {
        ALT: () => {
          this.SUBRULE(this.yearPart);
          this.OPTION(() => this.ifItParses(() => this.SUBRULE(this.yearDetail)));
        },
      },
      { ALT: () => this.SUBRULE2(this.monthPart) },
    ]);
  });

  /** What narrows a year: `年底` (2013), `10 月 28 日` (641), `第三季度`. */
  public yearDetail = this.RULE('yearDetail', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.yearEnd) },
      { ALT: () => this.SUBRULE(this.monthPart) },
      { ALT: () => this.SUBRULE(this.periodOfYear) },
    ]);
  });

  /** `2020 年` (28), `二〇二〇年` (signatures print it so), `2019 年度` (1030), `2020 年内`. */
  public yearPart = this.RULE('yearPart', () => {
    this.CONSUME(Numeral);
    this.OR([
      { ALT: () => this.CONSUME(Nian) },
      { ALT: () => this.CONSUME(YearOfAccount) },
      { ALT: () => this.CONSUME(WithinYear) },
    ]);
  });

  /** `年底` after a year: `2020 年底前` (2041-2043), `2021 年年底前` (14228). */
  public yearEnd = this.RULE('yearEnd', () => {
    this.OPTION(() => this.CONSUME(Nian));
    this.CONSUME(EndOf);
  });

  /** `10 月`, `9 月份`, `十月`, with a day or `底`: `10 月 28 日` (641), `11 月底` (14297). */
  public monthPart = this.RULE('monthPart', () => {
    this.CONSUME(Numeral);
    this.CONSUME(Yue);
    this.OPTION(() => this.ifItParses(() => this.SUBRULE(this.monthDetail)));
  });

  /** What narrows a month: its day (641), or `底` (14216). */
  public monthDetail = this.RULE('monthDetail', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.dayPart) },
      { ALT: () => this.CONSUME(EndOf) },
    ]);
  });

  /** `28 日` (641), `十五日`. */
  public dayPart = this.RULE('dayPart', () => {
    this.CONSUME(Numeral);
    this.CONSUME(Ri);
  });

  /** `上半年`, `第三季度`, `四季度` (see `period`). */
  public periodOfYear = this.RULE('periodOfYear', () => {
    this.OR([
      { ALT: () => this.CONSUME(HalfYear) },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(Ordinal));
          this.CONSUME(Numeral);
          this.CONSUME(Quarter);
        },
      },
    ]);
  });

  // ─── Targets ──────────────────────────────────────────────────────────────

  /**
   * A quantitative target, from its comparator or verb to its unit and bound:
   * `达到 98%` (440), `至少达到 4 批次/千人` (436), `只开设一个` (14503), `选定 1-5 个` (14208),
   * `压缩三分之一` (127), `7500 人` (1472), `90%以上` (246). Whether a match is a target, and
   * its metric, is decided by the visitor from the text around it.
   */
  public targetPhrase = this.RULE('targetPhrase', () => {
    this.OR([
      {
        ALT: () => {
          this.SUBRULE(this.comparator);
          this.OPTION(() => this.CONSUME(QuotaVerb));
          this.OPTION2(() => this.SUBRULE(this.ofPhrase));
          this.SUBRULE(this.quantity);
          this.OPTION3(() => this.CONSUME(Bound));
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.quotaVerb);
          this.OPTION4(() => this.SUBRULE2(this.ofPhrase));
          this.SUBRULE2(this.quantity);
          this.OPTION5(() => this.CONSUME2(Bound));
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.quantity);
          this.OPTION6(() => this.CONSUME3(Bound));
        },
      },
    ]);
  });

  /** `至少达到` (436), `不得少于` (14621), `≥` (14902): one or more comparator words. */
  public comparator = this.RULE('comparator', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(Comparator));
  });

  /** `淘汰` (238), `选定` (14208), `拿出` (15057), `压缩` (127): a verb right before the amount. */
  public quotaVerb = this.RULE('quotaVerb', () => {
    this.OR([{ ALT: () => this.CONSUME(QuotaVerb) }, { ALT: () => this.CONSUME(ChangeVerb) }]);
  });

  /** `教师总数的` in `不少于教师总数的四分之一` (16856), `现存的` in `淘汰现存的 10 种` (238). */
  public ofPhrase = this.RULE('ofPhrase', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(Word));
    this.CONSUME(De);
  });

  /** `98%`, `4.1 万人`, `1-5 个` (14208), `一个` (14503), `三分之一` (127), `一半` (国发〔2019〕4号). */
  public quantity = this.RULE('quantity', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.fraction) },
      { ALT: () => this.CONSUME(Half) },
      {
        ALT: () => {
          this.CONSUME(Numeral);
          this.OPTION(() => this.ifItParses(() => this.SUBRULE(this.upperValue)));
          this.OPTION2(() => this.CONSUME(Unit));
        },
      },
    ]);
  });

  /** `-5` of `1-5 个` (14208). */
  public upperValue = this.RULE('upperValue', () => {
    this.CONSUME(RangeConnector);
    this.CONSUME(NumberToken);
  });

  /** `三分之一` (127), `四分之一` (16856). */
  public fraction = this.RULE('fraction', () => {
    this.CONSUME(ChineseNumeral);
    this.CONSUME(FractionOf);
    this.CONSUME2(ChineseNumeral);
  });

  // ─── Citations ────────────────────────────────────────────────────────────

  /** A cited law or document: a `《…》` title (71), its number in brackets after it (15752), or a bare number. */
  public citation = this.RULE('citation', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.titleCitation) },
      { ALT: () => this.SUBRULE(this.citedNumber) },
    ]);
  });

  /**
   * `（国办发〔2019〕35 号）` after a title (15749-15758), `（安监总管三 〔2017〕1 号)` (5580); the
   * closing bracket may be lost.
   */
  public bracketedNumber = this.RULE('bracketedNumber', () => {
    this.CONSUME(LParen);
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(ChineseNumeral) }]));
    this.SUBRULE(this.citedNumber);
    this.OPTION(() => this.CONSUME(RParen));
  });

  /**
   * `《国务院办公厅关于…的指导意见》（国办发〔2019〕35 号）` (15749): a title, and the number
   * in brackets after it when there is one (kept only if it parses: `（以下简称…）` is not).
   */
  public titleCitation = this.RULE('titleCitation', () => {
    this.CONSUME(BookTitle);
    this.OPTION(() => this.ifItParses(() => this.SUBRULE(this.bracketedNumber)));
  });

  /** `〔2020〕38 号` of `晋政办发〔2020〕38 号` (14166-14168); its prefix is text, read by the visitor. */
  public citedNumber = this.RULE('citedNumber', () => {
    this.CONSUME(YearInBrackets);
    this.CONSUME(NumberToken);
    this.CONSUME(Hao);
  });
}

/** The singleton phrase parser (`parser.input = tokens` resets it for each attempt). */
export const phraseParser = new PhraseParser();

/** The rules `scan.ts` starts phrases with. */
export type StartRule = 'datePhrase' | 'targetPhrase' | 'citation';
