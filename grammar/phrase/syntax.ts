/**
 * What the phrase grammar's rules return: the parts a phrase prints, as the tokens that
 * carry them, one small object per part. No reading here — what a numeral is worth, whether
 * a date exists, whether an amount is a target is decided in `src/phrases/` from these.
 */
import type { IToken } from 'chevrotain';

// ─── Dates ──────────────────────────────────────────────────────────────────

/** `2020 年`, `2019 年度`, `2020 年内`, `三年内`: the numeral, and whether the word was 年内. */
export interface YearPart {
  numeral: IToken;
  withinYear: boolean;
}

/** `10 月`, `10 月 28 日`, `11 月底`: the month's numeral, the day's, and whether 底 closes it. */
export interface MonthPart {
  numeral: IToken;
  day: IToken | null;
  endOf: boolean;
}

/** `上半年` (its word) or `第三季度`, `四季度` (the quarter's numeral). */
export interface PeriodOfYear {
  halfYear: IToken | null;
  quarter: IToken | null;
}

/** What narrows a year: `年底`, a month, a half year or quarter. */
export type YearDetail = { kind: 'yearEnd' } | { kind: 'month'; month: MonthPart } | { kind: 'period'; period: PeriodOfYear };

/** A calendar date as printed: a year with what narrows it, or a month (`year` null). */
export interface CalendarDate {
  year: YearPart | null;
  detail: YearDetail | null;
  month: MonthPart | null;
}

/** The second half of a range: a bare day (`至 31 日`) or a date, perhaps in the next year (`至次年 3 月`). */
export interface RangeEnd {
  nextYear: boolean;
  day: IToken | null;
  date: CalendarDate | null;
}

/** What follows a date: a range's end, a deadline word (`前`) or a start word (`起`, `以来`). */
export type DateTail = { kind: 'range'; end: RangeEnd } | { kind: 'by' } | { kind: 'from' };

/** A date with what follows it. */
export interface DateOrRange {
  date: CalendarDate;
  tail: DateTail | null;
}

/** A date phrase, by its form (the grammar's alternatives of `datePhrase`). */
export type DatePhraseSyntax =
  /** `每年 11 月 30 日前`, `每年年底前` (month null), `次年 1 月 15 日`. */
  | { form: 'yearly'; nextYear: boolean; month: MonthPart | null; deadline: boolean }
  /** `每季度最后一个月的30日前`, `每季度末`. */
  | { form: 'quarterly'; endOf: boolean; day: IToken | null; deadline: boolean }
  /** `自 2020 年 10 月 1 日起`. */
  | { form: 'start'; date: DateOrRange }
  /** `自印发之日起`: the words before 之日. */
  | { form: 'publication'; words: IToken[] }
  /** `到 2022年底`, `至“十四五”期末`: a date or a five-year plan's end. */
  | { form: 'deadline'; date: CalendarDate | null; plan: IToken | null }
  /** `2020—2022 年`. */
  | { form: 'yearRange'; from: IToken; to: IToken }
  /** `20日内` (relative), `最迟不超过4个小时` (latest): an amount and its unit. */
  | { form: 'relativeLimit' | 'latestLimit'; amount: IToken; unit: IToken }
  /** A date, alone or with what follows it. */
  | { form: 'dateOrRange'; date: DateOrRange }
  /** `上半年`, `第三季度` with no year. */
  | { form: 'period'; period: PeriodOfYear }
  /** `年内`, `年底前`. */
  | { form: 'withinYear' };

// ─── Targets ────────────────────────────────────────────────────────────────

/** An amount: a fraction (`三分之一`: its two numerals), a half in words, or a number with its upper end and unit. */
export interface Quantity {
  fraction: { denominator: IToken; numerator: IToken } | null;
  half: boolean;
  amount: IToken | null;
  /** The upper end of `1-5 个`. */
  upper: IToken | null;
  unit: IToken | null;
}

/** A target as printed: comparator words, the verb before the amount, `…的`, the amount and its bound. */
export interface TargetPhraseSyntax {
  comparators: IToken[];
  /** A counting verb (`选定`: its object is counted) or a verb of change (`压缩`). */
  verb: { word: IToken; role: 'quota' | 'change' } | null;
  /** The words of `教师总数的` (before 的). */
  of: IToken[] | null;
  quantity: Quantity;
  bound: IToken | null;
}

// ─── Citations ──────────────────────────────────────────────────────────────

/** `〔2020〕38 号`, with the words printed before it inside brackets (`（国办发〔2019〕35 号）`). */
export interface CitedNumber {
  year: IToken;
  serial: IToken;
  /** Words and numerals between the bracket and the number, in order (null: a bare number). */
  prefix: IToken[] | null;
}

/** A cited title (`《…》`) with the number after it, or a bare number. */
export interface CitationSyntax {
  title: IToken | null;
  number: CitedNumber | null;
}

/** A start rule's value with its last token, so the scan knows how many tokens the phrase used. */
export interface Parsed<T> {
  syntax: T;
  last: IToken;
}
