/**
 * The phrase grammar: date and deadline phrases, quantitative targets and citations, as
 * they are printed inside a paragraph. It parses the tokens of `tokens.ts`, and each rule
 * returns what it read (`syntax.ts`): the parts a phrase prints, as tokens. There is no
 * syntax tree to visit; `src/phrases/` reads these values.
 *
 * A phrase sits inside free text, so no rule parses a whole paragraph: `scan.ts` tries
 * `datePhrase`, `targetPhrase` or `citation` at every token that can start one and keeps
 * the matches. Each rule's comment quotes the seed line (fixtures/seed/input.txt) that
 * motivated it.
 */
import { EmbeddedActionsParser, EOF, tokenMatcher } from '../chevrotain.js';
import type { IOrAlt, IToken } from 'chevrotain';
import type {
  CalendarDate,
  CitationSyntax,
  CitedNumber,
  DateOrRange,
  DatePhraseSyntax,
  DateTail,
  MonthPart,
  Parsed,
  PeriodOfYear,
  Quantity,
  RangeEnd,
  TargetPhraseSyntax,
  YearDetail,
  YearPart,
} from './syntax.js';
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

/**
 * How many tokens the phrase parser looks ahead to choose. Every choice of the grammar is
 * decided within two: at 2 Chevrotain computes the same lookahead paths for all its choices
 * as at 3 (test/dates.test.ts compares them for every choice), for about a fifth less of the
 * parser's start-up (33 → 26 ms CPU).
 */
export const PHRASE_LOOKAHEAD = 2;

/** The phrase grammar's parser (use the singleton `phraseParser()`; tests build a validating one). */
export class PhraseParser extends EmbeddedActionsParser {
  /** `validate`: run Chevrotain's grammar validations (skipped in the singleton for start-up time). */
  constructor(validate = false) {
    // No recovery: a phrase either parses or is not there. Where a few tokens of lookahead
    // cannot decide (`至 12 月` is a range end, `至 50 人` is not), the optional part is
    // tried first and entered only when it parses (`parses`).
    super(PHRASE_TOKENS, { recoveryEnabled: false, maxLookahead: PHRASE_LOOKAHEAD, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /**
   * Does `rule` parse at the next token? One token cannot tell `2021 年 10 月` from
   * `2021 年 50%的` (58 号's attachment, line 8425), nor `2021 年到 2022 年` from `2021 年到位`:
   * an optional part is entered only when it parses, found by Chevrotain's backtracking
   * (the part is parsed twice when it fits: once to test, once for real). Only called
   * inside an `OPTION`, whose own lookahead has checked the first token.
   */
  private parses(rule: () => unknown): boolean {
    return this.BACKTRACK(rule).call(this);
  }

  /**
   * A start rule's value, with the last token it consumed. The tokens after the phrase are
   * the paragraph's text, not an error: they are skipped, so that the parse ends at the end
   * of its input (Chevrotain records an error for input left over).
   */
  private parsed<T>(syntax: T): Parsed<T> {
    const last = this.LA(0);
    this.ACTION(() => {
      while (!tokenMatcher(this.LA(1), EOF)) this.SKIP_TOKEN();
    });
    return { syntax, last };
  }

  // ─── Dates ────────────────────────────────────────────────────────────────

  /**
   * The forms of a date phrase, longest first. Made once: ten alternatives would otherwise
   * be ten closures made at every attempt (Chevrotain's guide, "Caching Arrays of Alternatives").
   */
  private readonly dateForms: IOrAlt<DatePhraseSyntax>[] = [
    { ALT: () => this.SUBRULE(this.yearlyDate) },
    { ALT: () => this.SUBRULE(this.quarterlyDate) },
    { ALT: () => this.SUBRULE(this.startPhrase) },
    { ALT: () => this.SUBRULE(this.deadline) },
    { ALT: () => this.SUBRULE(this.yearRange) },
    { ALT: () => this.SUBRULE(this.relativeLimit) },
    { ALT: () => ({ form: 'dateOrRange', date: this.SUBRULE(this.dateOrRange) }) },
    { ALT: () => this.SUBRULE(this.period) },
    { ALT: () => this.SUBRULE(this.withinYear) },
    { ALT: () => this.SUBRULE(this.latestLimit) },
  ];

  /** Any date phrase (`dateForms`). */
  public datePhrase = this.RULE('datePhrase', (): Parsed<DatePhraseSyntax> => this.parsed(this.OR(this.dateForms)));

  /**
   * `每季度最后一个月的30日前` (蔡政办〔2023〕1号), `每季度末`: a quarterly recurring date. A
   * frequency (`每季度至少一次`) prints no day and is not one.
   */
  public quarterlyDate = this.RULE('quarterlyDate', (): DatePhraseSyntax => {
    this.CONSUME(Quarterly);
    const at = this.OR<{ endOf: boolean; day: IToken | null }>([
      { ALT: () => ({ endOf: this.CONSUME(EndOf) !== undefined, day: null }) },
      {
        ALT: () => {
          this.OPTION(() => {
            this.CONSUME(LastMonth);
            this.OPTION2(() => this.CONSUME(De));
          });
          return { endOf: false, day: this.SUBRULE(this.dayPart) };
        },
      },
    ]);
    const deadline = this.OPTION3(() => this.CONSUME(DeadlineSuffix)) !== undefined;
    return { form: 'quarterly', endOf: at.endOf, day: at.day, deadline };
  });

  /**
   * A limit counted from an event or a goal's horizon: `20日内` (`自受理申请之日起20日内`,
   * 国务院令第706号), `5 个工作日内`, `3个月内`. `三年内` is read by `yearPart`. Whether the
   * words before it make it a limit is the reader's call (`LIMIT_OPENERS`).
   */
  public relativeLimit = this.RULE('relativeLimit', (): DatePhraseSyntax => {
    const amount = this.CONSUME(Numeral);
    const unit = this.OR([{ ALT: () => this.CONSUME(Ri) }, { ALT: () => this.CONSUME(Unit) }]);
    this.CONSUME(Within);
    return { form: 'relativeLimit', amount, unit };
  });

  /** `最迟不超过4个小时` (国办函〔2005〕57号): a limit by itself. */
  public latestLimit = this.RULE('latestLimit', (): DatePhraseSyntax => {
    this.CONSUME(Latest);
    this.OPTION(() => this.CONSUME(Comparator));
    const amount = this.CONSUME(Numeral);
    const unit = this.OR([{ ALT: () => this.CONSUME(Ri) }, { ALT: () => this.CONSUME(Unit) }]);
    this.OPTION2(() => this.CONSUME(Within));
    return { form: 'latestLimit', amount, unit };
  });

  /**
   * `每年 11 月 30 日前` (3497-3499), `每年 12 月 10 日前` (7299), `每年年底前`; `次年 1 月 15 日` after
   * a yearly date (`每年 7 月 15日和次年 1 月 15 日`, 11689-11691).
   */
  public yearlyDate = this.RULE('yearlyDate', (): DatePhraseSyntax => {
    const nextYear = this.OR([{ ALT: () => this.CONSUME(Yearly) && false }, { ALT: () => this.CONSUME(NextYear) && true }]);
    const month = this.OR2<MonthPart | null>([
      { ALT: () => this.SUBRULE(this.monthPart) },
      { ALT: () => this.SUBRULE(this.yearEnd) && null },
    ]);
    const deadline = this.OPTION(() => this.CONSUME(DeadlineSuffix)) !== undefined;
    return { form: 'yearly', nextYear, month, deadline };
  });

  /** `自 2020 年 10 月 1 日起` (15016), `从 2020 年 6 月至 2022 年 12 月` (a 58 号 attachment), `本办法自印发之日起施行` (15722). */
  public startPhrase = this.RULE('startPhrase', (): DatePhraseSyntax => {
    this.CONSUME(StartPrefix);
    return this.OR<DatePhraseSyntax>([
      { ALT: () => ({ form: 'start', date: this.SUBRULE(this.dateOrRange) }) },
      { ALT: () => ({ form: 'publication', words: this.SUBRULE(this.publicationDay) }) },
    ]);
  });

  /** `印发之日起` (15722): the document's own date (which verbs count is data: `PUBLICATION_VERBS`; `营业之日`, 14934, is an event). */
  public publicationDay = this.RULE('publicationDay', (): IToken[] => {
    const words: IToken[] = [];
    this.AT_LEAST_ONE(() => words.push(this.CONSUME(Word)));
    this.CONSUME(DayOf);
    this.CONSUME(StartSuffix);
    return words;
  });

  /**
   * A deadline written before its date: `到 2022年底` (6872), `截止 2021 年 12 月 31日` (14995),
   * and the end of a plan period: `到“十四五”末`, `至“十四五”期末` (沪奉府办发〔2021〕18号).
   */
  public deadline = this.RULE('deadline', (): DatePhraseSyntax => {
    const at = this.OR<{ date: CalendarDate | null; plan: IToken | null }>([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(DeadlinePrefix) }, { ALT: () => this.CONSUME(To) }]);
          return this.OR3<{ date: CalendarDate | null; plan: IToken | null }>([
            { ALT: () => ({ date: this.SUBRULE(this.calendarDate), plan: null }) },
            { ALT: () => ({ date: null, plan: this.SUBRULE(this.planPeriod) }) },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(RangeConnector);
          return { date: null, plan: this.SUBRULE2(this.planPeriod) };
        },
      },
    ]);
    this.OPTION(() => this.CONSUME(DeadlineSuffix));
    return { form: 'deadline', date: at.date, plan: at.plan };
  });

  /** `“十四五”`, `“十四五”末`, `“十四五”期末`: a five-year plan, or its end. */
  public planPeriod = this.RULE('planPeriod', (): IToken => {
    const plan = this.CONSUME(FiveYearPlan);
    this.OPTION(() => this.CONSUME(EndOf));
    return plan;
  });

  /**
   * `2020—2022 年`, `（2020-2035 年）`: a range of years printed with one 年. The seed prints it
   * only inside a title (53 号, line 926: `《…（2020-2035 年）》`), which is no date; the form is the issue's.
   */
  public yearRange = this.RULE('yearRange', (): DatePhraseSyntax => {
    const from = this.CONSUME(NumberToken);
    this.CONSUME(RangeConnector);
    const to = this.CONSUME2(NumberToken);
    this.CONSUME(Nian);
    return { form: 'yearRange', from, to };
  });

  /**
   * A date with what follows it: a range end (`2020 年 6 月至 2022 年 12 月`, 3227), a deadline
   * word (`2020 年 10 月 28 日前`, 641), a start word (`2020 年起`, 14640; `2012 年以来`, 1090), or
   * nothing (`2020 年`, 28; `2020 年 6 月`, 3231).
   */
  public dateOrRange = this.RULE('dateOrRange', (): DateOrRange => {
    const date = this.SUBRULE(this.calendarDate);
    const tail = this.OPTION(() => (this.parses(this.dateTail) ? this.SUBRULE(this.dateTail) : undefined)) ?? null;
    return { date, tail };
  });

  /** What follows a date: a range end (3227), a deadline word (641), a start word (14640) — kept only if it parses: `2021 年到位` is no range. */
  public dateTail = this.RULE('dateTail', (): DateTail => {
    return this.OR<DateTail>([
      { ALT: () => ({ kind: 'range', end: this.SUBRULE(this.rangeEnd) }) },
      { ALT: () => this.CONSUME(DeadlineSuffix) && { kind: 'by' } },
      { ALT: () => this.CONSUME(StartSuffix) && { kind: 'from' } },
      { ALT: () => this.CONSUME(SinceSuffix) && { kind: 'from' } },
    ]);
  });

  /**
   * The second half of a range: `至 12 月` (3239-3241), `—12 月` (1474-1476), `至 8 月 31 日`
   * (1217-1219), `开始至 2022 年 12 月结束` (13254), a bare day `至 31 日`, and `至次年 3 月`.
   */
  public rangeEnd = this.RULE('rangeEnd', (): RangeEnd => {
    this.OPTION(() => this.CONSUME(StartSuffix));
    this.OR([{ ALT: () => this.CONSUME(RangeConnector) }, { ALT: () => this.CONSUME(To) }]);
    const nextYear = this.OPTION3(() => this.CONSUME(NextYear)) !== undefined;
    const end = this.OR2<{ day: IToken | null; date: CalendarDate | null }>([
      { ALT: () => ({ day: null, date: this.SUBRULE(this.calendarDate) }) },
      { ALT: () => ({ day: this.SUBRULE(this.dayPart), date: null }) },
    ]);
    this.OPTION2(() => this.CONSUME(RangeCloser));
    return { nextYear, day: end.day, date: end.date };
  });

  /**
   * `上半年`, `第三季度` with no year printed (the year comes from the document). The seed prints
   * none (its `每季度`, `每半年`, `一季一通报` are frequencies); the forms are the issue's.
   */
  public period = this.RULE('period', (): DatePhraseSyntax => {
    return { form: 'period', period: this.SUBRULE(this.periodOfYear) };
  });

  /** `年内` (3682: `年内完成`) and a bare `年底前`: deadlines in the document's own year. */
  public withinYear = this.RULE('withinYear', (): DatePhraseSyntax => {
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
    return { form: 'withinYear' };
  });

  /**
   * A calendar date as printed: a year with what narrows it, or a month with its day.
   * What follows the year is kept only if it parses (`parses`): one token cannot tell `2021 年 10 月`
   * from `2021 年 50%的…` (7.4.2 of 58 号's attachment, line 8425).
   */
  public calendarDate = this.RULE('calendarDate', (): CalendarDate => {
    return this.OR<CalendarDate>([
      {
        ALT: () => {
          const year = this.SUBRULE(this.yearPart);
          const detail = this.OPTION(() => (this.parses(this.yearDetail) ? this.SUBRULE(this.yearDetail) : undefined)) ?? null;
          return { year, detail, month: null };
        },
      },
      { ALT: () => ({ year: null, detail: null, month: this.SUBRULE2(this.monthPart) }) },
    ]);
  });

  /** What narrows a year: `年底` (2013), `10 月 28 日` (641), `第三季度`. */
  public yearDetail = this.RULE('yearDetail', (): YearDetail => {
    return this.OR<YearDetail>([
      { ALT: () => this.SUBRULE(this.yearEnd) && { kind: 'yearEnd' } },
      { ALT: () => ({ kind: 'month', month: this.SUBRULE(this.monthPart) }) },
      { ALT: () => ({ kind: 'period', period: this.SUBRULE(this.periodOfYear) }) },
    ]);
  });

  /** `2020 年` (28), `二〇二〇年` (signatures print it so), `2019 年度` (1030), `2020 年内`. */
  public yearPart = this.RULE('yearPart', (): YearPart => {
    const numeral = this.CONSUME(Numeral);
    const withinYear = this.OR([
      { ALT: () => this.CONSUME(Nian) && false },
      { ALT: () => this.CONSUME(YearOfAccount) && false },
      { ALT: () => this.CONSUME(WithinYear) && true },
    ]);
    return { numeral, withinYear };
  });

  /** `年底` after a year: `2020 年底前` (2041-2043), `2021 年年底前` (14228). */
  public yearEnd = this.RULE('yearEnd', (): IToken => {
    this.OPTION(() => this.CONSUME(Nian));
    return this.CONSUME(EndOf);
  });

  /** `10 月`, `9 月份`, `十月`, with a day or `底`: `10 月 28 日` (641), `11 月底` (14297). */
  public monthPart = this.RULE('monthPart', (): MonthPart => {
    const numeral = this.CONSUME(Numeral);
    this.CONSUME(Yue);
    const detail = this.OPTION(() => (this.parses(this.monthDetail) ? this.SUBRULE(this.monthDetail) : undefined)) ?? null;
    return { numeral, day: detail?.day ?? null, endOf: detail !== null && detail.day === null };
  });

  /** What narrows a month: its day (641), or `底` (14216). */
  public monthDetail = this.RULE('monthDetail', (): { day: IToken | null } => {
    return this.OR<{ day: IToken | null }>([
      { ALT: () => ({ day: this.SUBRULE(this.dayPart) }) },
      { ALT: () => this.CONSUME(EndOf) && { day: null } },
    ]);
  });

  /** `28 日` (641), `十五日`: the day's numeral. */
  public dayPart = this.RULE('dayPart', (): IToken => {
    const numeral = this.CONSUME(Numeral);
    this.CONSUME(Ri);
    return numeral;
  });

  /** `上半年`, `第三季度`, `四季度` (see `period`). */
  public periodOfYear = this.RULE('periodOfYear', (): PeriodOfYear => {
    return this.OR<PeriodOfYear>([
      { ALT: () => ({ halfYear: this.CONSUME(HalfYear), quarter: null }) },
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(Ordinal));
          const quarter = this.CONSUME(Numeral);
          this.CONSUME(Quarter);
          return { halfYear: null, quarter };
        },
      },
    ]);
  });

  // ─── Targets ──────────────────────────────────────────────────────────────

  /**
   * A quantitative target, from its comparator or verb to its unit and bound:
   * `达到 98%` (440), `至少达到 4 批次/千人` (436), `只开设一个` (14503), `选定 1-5 个` (14208),
   * `压缩三分之一` (127), `7500 人` (1472), `90%以上` (246). Whether a match is a target, and
   * its metric, is decided by the reader from the text around it.
   */
  public targetPhrase = this.RULE('targetPhrase', (): Parsed<TargetPhraseSyntax> => {
    const syntax = this.OR<TargetPhraseSyntax>([
      {
        ALT: () => {
          const comparators = this.SUBRULE(this.comparator);
          const quota = this.OPTION(() => this.CONSUME(QuotaVerb));
          const of = this.OPTION2(() => this.SUBRULE(this.ofPhrase)) ?? null;
          const quantity = this.SUBRULE(this.quantity);
          const bound = this.OPTION3(() => this.CONSUME(Bound)) ?? null;
          return { comparators, verb: quota ? { word: quota, role: 'quota' } : null, of, quantity, bound };
        },
      },
      {
        ALT: () => {
          const verb = this.SUBRULE(this.quotaVerb);
          const of = this.OPTION4(() => this.SUBRULE2(this.ofPhrase)) ?? null;
          const quantity = this.SUBRULE2(this.quantity);
          const bound = this.OPTION5(() => this.CONSUME2(Bound)) ?? null;
          return { comparators: [], verb, of, quantity, bound };
        },
      },
      {
        ALT: () => {
          const quantity = this.SUBRULE3(this.quantity);
          const bound = this.OPTION6(() => this.CONSUME3(Bound)) ?? null;
          return { comparators: [], verb: null, of: null, quantity, bound };
        },
      },
    ]);
    return this.parsed(syntax);
  });

  /** `至少达到` (436), `不得少于` (14621), `≥` (14902): one or more comparator words. */
  public comparator = this.RULE('comparator', (): IToken[] => {
    const words: IToken[] = [];
    this.AT_LEAST_ONE(() => words.push(this.CONSUME(Comparator)));
    return words;
  });

  /** `淘汰` (238), `选定` (14208), `拿出` (15057), `压缩` (127): a verb right before the amount. */
  public quotaVerb = this.RULE('quotaVerb', (): TargetPhraseSyntax['verb'] => {
    return this.OR<TargetPhraseSyntax['verb']>([
      { ALT: () => ({ word: this.CONSUME(QuotaVerb), role: 'quota' }) },
      { ALT: () => ({ word: this.CONSUME(ChangeVerb), role: 'change' }) },
    ]);
  });

  /** `教师总数的` in `不少于教师总数的四分之一` (16856), `现存的` in `淘汰现存的 10 种` (238): the words before 的. */
  public ofPhrase = this.RULE('ofPhrase', (): IToken[] => {
    const words: IToken[] = [];
    this.AT_LEAST_ONE(() => words.push(this.CONSUME(Word)));
    this.CONSUME(De);
    return words;
  });

  /** `98%`, `4.1 万人`, `1-5 个` (14208), `一个` (14503), `三分之一` (127), `一半` (国发〔2019〕4号). */
  public quantity = this.RULE('quantity', (): Quantity => {
    return this.OR<Quantity>([
      { ALT: () => ({ fraction: this.SUBRULE(this.fraction), half: false, amount: null, upper: null, unit: null }) },
      { ALT: () => this.CONSUME(Half) && { fraction: null, half: true, amount: null, upper: null, unit: null } },
      {
        ALT: () => {
          const amount = this.CONSUME(Numeral);
          const upper = this.OPTION(() => (this.parses(this.upperValue) ? this.SUBRULE(this.upperValue) : undefined)) ?? null;
          const unit = this.OPTION2(() => this.CONSUME(Unit)) ?? null;
          return { fraction: null, half: false, amount, upper, unit };
        },
      },
    ]);
  });

  /** `-5` of `1-5 个` (14208): the upper end. */
  public upperValue = this.RULE('upperValue', (): IToken => {
    this.CONSUME(RangeConnector);
    return this.CONSUME(NumberToken);
  });

  /** `三分之一` (127), `四分之一` (16856): the denominator and the numerator. */
  public fraction = this.RULE('fraction', (): NonNullable<Quantity['fraction']> => {
    const denominator = this.CONSUME(ChineseNumeral);
    this.CONSUME(FractionOf);
    const numerator = this.CONSUME2(ChineseNumeral);
    return { denominator, numerator };
  });

  // ─── Citations ────────────────────────────────────────────────────────────

  /** A cited law or document: a `《…》` title (71), its number in brackets after it (15752), or a bare number. */
  public citation = this.RULE('citation', (): Parsed<CitationSyntax> => {
    const syntax = this.OR<CitationSyntax>([
      { ALT: () => this.SUBRULE(this.titleCitation) },
      { ALT: () => ({ title: null, number: this.SUBRULE(this.citedNumber) }) },
    ]);
    return this.parsed(syntax);
  });

  /**
   * `（国办发〔2019〕35 号）` after a title (15749-15758), `（安监总管三 〔2017〕1 号)` (5580); the
   * closing bracket may be lost.
   */
  public bracketedNumber = this.RULE('bracketedNumber', (): CitedNumber => {
    this.CONSUME(LParen);
    const prefix: IToken[] = [];
    this.MANY(() => prefix.push(this.OR([{ ALT: () => this.CONSUME(Word) }, { ALT: () => this.CONSUME(ChineseNumeral) }])));
    const number = this.SUBRULE(this.citedNumber);
    this.OPTION(() => this.CONSUME(RParen));
    return { year: number.year, serial: number.serial, prefix };
  });

  /**
   * `《国务院办公厅关于…的指导意见》（国办发〔2019〕35 号）` (15749): a title, and the number
   * in brackets after it when there is one (kept only if it parses: `（以下简称…）` is not).
   */
  public titleCitation = this.RULE('titleCitation', (): CitationSyntax => {
    const title = this.CONSUME(BookTitle);
    const number = this.OPTION(() => (this.parses(this.bracketedNumber) ? this.SUBRULE(this.bracketedNumber) : undefined)) ?? null;
    return { title, number };
  });

  /** `〔2020〕38 号` of `晋政办发〔2020〕38 号` (14166-14168); its prefix is text, read by the reader. */
  public citedNumber = this.RULE('citedNumber', (): CitedNumber => {
    const year = this.CONSUME(YearInBrackets);
    const serial = this.CONSUME(NumberToken);
    this.CONSUME(Hao);
    return { year, serial, prefix: null };
  });
}

let singleton: PhraseParser | undefined;

/**
 * The phrase parser, built on first use and then reused (`parser.input = tokens` resets it
 * for each attempt): a process that never reaches the phrase stage does not build it.
 */
export function phraseParser(): PhraseParser {
  return (singleton ??= new PhraseParser());
}

/** The rules `scan.ts` starts phrases with. */
export type StartRule = 'datePhrase' | 'targetPhrase' | 'citation';
