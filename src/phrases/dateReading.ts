/**
 * Date phrases: what `datePhrase` read → what the phrase says, then → the model's ISO
 * dates, with years taken from context where the phrase prints none.
 */
import type { IToken } from 'chevrotain';
import { DURATION_DESIGNATORS, FIVE_YEAR_PLANS, HALF_YEARS, PUBLICATION_VERBS, YEAR_RANGE, ZERO_VARIANTS } from '../../grammar/data/dateWords.js';
import { chineseToInt, foldDigits } from '../../grammar/data/numerals.js';
import type { CalendarDate, DateOrRange, DatePhraseSyntax, DateTail, MonthPart, PeriodOfYear, YearPart } from '../../grammar/phrase/syntax.js';
import type { DatePhrase } from '../model.js';

/** A date as printed: any part may be missing. */
export interface DatePoint {
  year: number | null;
  month: number | null;
  day: number | null;
  /** `底`: the last day of the month (or of the year when no month). */
  endOf: boolean;
  /** `年内`. */
  within: boolean;
  /** `上半年`, `第三季度`: first and last month. */
  months: readonly [number, number] | null;
  /** The month was written in Chinese numerals (`十月`). */
  chineseMonth: boolean;
  /** `至次年 3 月`: the year after the range's start. */
  nextYear: boolean;
  /** `三年内`: a number of years that is no year (a duration), with 年内. */
  years: number | null;
}

/** What a date phrase says, before years are resolved. */
export interface DateReading {
  kind: DatePhrase['kind'];
  start: DatePoint | null;
  end: DatePoint | null;
  /** `每年…`. */
  recurring: boolean;
  /** `次年…` (after a yearly date). */
  nextYear: boolean;
  /** `自印发之日起`: the start is the document's own date. */
  publication: boolean;
  /** A limit relative to an event, as an ISO 8601 duration (`30日内` → `P30D`), or null. */
  within?: string;
  /** The limit counts only after an event or a goal's horizon printed right before it (`LIMIT_OPENERS`). */
  needsOpener?: boolean;
  /** `每季度…`: a recurrence with no yearly date. */
  every?: 'quarter';
}

/**
 * Why a matched phrase is not a date. `invalid` ones deserve a diagnostic; `event` and
 * `unwritable` ones (`从营业之日起`, `每年9月份`) are consumed whole, so no part of them is
 * read as a date either; the others let the scan try again one token on.
 */
export interface NotADate {
  rejected: 'duration' | 'ambiguous' | 'event' | 'unwritable' | 'invalid';
  message?: string;
}

const point = (p: Partial<DatePoint> = {}): DatePoint => ({
  year: null,
  month: null,
  day: null,
  endOf: false,
  within: false,
  months: null,
  chineseMonth: false,
  nextYear: false,
  years: null,
  ...p,
});

class NotADateError extends Error {
  constructor(readonly reason: NotADate) {
    super(reason.message ?? reason.rejected);
  }
}

const reject = (rejected: NotADate['rejected'], message?: string): never => {
  throw new NotADateError({ rejected, message });
};

const ZERO_VARIANT = new RegExp(`[${ZERO_VARIANTS.join('')}]`, 'g');
/** A reading that recurs not, is no `次年…` and no publication date. */
function plain(kind: DatePhrase['kind'], start: DatePoint | null, end: DatePoint | null): DateReading {
  return { kind, start, end, recurring: false, nextYear: false, publication: false };
}

/** A limit counted from an event (`20日内`) or a goal's horizon (`三年内`): `needsOpener` when words before it must say so. */
function limit(within: string, needsOpener: boolean): DateReading {
  return { kind: 'by', start: null, end: null, recurring: false, nextYear: false, publication: false, within, needsOpener };
}

/**
 * What a date phrase says, part by part, in the order it is printed (so that the first
 * impossible part is the one reported). Throws `NotADateError` for matches that are not dates.
 */
function reading(syntax: DatePhraseSyntax): DateReading {
  switch (syntax.form) {
    case 'yearly': {
      const at = syntax.month ? monthPoint(syntax.month) : point({ endOf: true }); // 每年年底
      if (at.month !== null && at.day === null && !at.endOf) reject('unwritable', 'a yearly month has no ISO form');
      const by = syntax.deadline || at.day === null;
      return { kind: by ? 'by' : 'on', start: by ? null : at, end: at, recurring: true, nextYear: syntax.nextYear, publication: false };
    }
    case 'quarterly': {
      if (syntax.day) dayValue(syntax.day);
      const by = syntax.deadline || syntax.endOf;
      return { kind: by ? 'by' : 'on', start: null, end: null, recurring: true, nextYear: false, publication: false, every: 'quarter' };
    }
    case 'relativeLimit':
      return limit(duration(syntax.amount.image, syntax.unit.image), true);
    case 'latestLimit':
      return limit(duration(syntax.amount.image, syntax.unit.image), false);
    case 'start': {
      const inner = dateOrRange(syntax.date);
      if (inner.kind === 'range') return inner;
      return plain('from', inner.start ?? inner.end!, null);
    }
    case 'publication': {
      const verb = syntax.words.map((t) => t.image).join('').replace(/\s+/g, '');
      if (!(PUBLICATION_VERBS as readonly string[]).some((v) => verb.endsWith(v))) reject('event', `${verb}之日 is an event, not a date`);
      return { kind: 'from', start: point(), end: null, recurring: false, nextYear: false, publication: true };
    }
    case 'deadline': {
      const at = syntax.date ? calendarPoint(syntax.date) : planEnd(syntax.plan!);
      if (at.years !== null) reject('duration');
      if (at.months) reject('ambiguous');
      return plain('by', null, at);
    }
    case 'yearRange': {
      const from = yearValue(syntax.from.image);
      const to = yearValue(syntax.to.image);
      if (from === null || to === null || to < from) reject('duration');
      return plain('range', point({ year: from }), point({ year: to }));
    }
    case 'dateOrRange':
      return dateOrRange(syntax.date);
    case 'period':
      return single(point({ months: periodMonths(syntax.period) }));
    case 'withinYear':
      return plain('by', null, point({ endOf: true }));
  }
}

/** `“十四五”末`: the last year of the plan. */
function planEnd(plan: IToken): DatePoint {
  const n = chineseToInt(plan.image.slice(1, -2));
  if (n === null || n < FIVE_YEAR_PLANS.first) reject('ambiguous');
  return point({ year: FIVE_YEAR_PLANS.firstEnd + 5 * (n! - FIVE_YEAR_PLANS.first), endOf: true });
}

function dateOrRange(syntax: DateOrRange): DateReading {
  const at = calendarPoint(syntax.date);
  const tail = syntax.tail ? tailOf(syntax.tail) : null;
  if (at.years !== null) {
    // `三年内`: a goal's horizon when the words before it say so (the reader checks).
    if (tail) reject('duration');
    return limit(`P${at.years}Y`, true);
  }
  if (tail === 'by') return plain('by', null, at);
  if (tail === 'from') return plain('from', at, null);
  if (tail) return plain('range', at, tail);
  return single(at);
}

/** The range's end, or the kind a deadline or start word gives. */
function tailOf(tail: DateTail): DatePoint | 'by' | 'from' {
  if (tail.kind !== 'range') return tail.kind;
  const { nextYear, day, date } = tail.end;
  if (day) return point({ day: dayValue(day), nextYear });
  const at = calendarPoint(date!);
  if (at.years !== null) reject('duration');
  if (nextYear && at.year !== null) reject('ambiguous');
  return { ...at, nextYear };
}

function calendarPoint(date: CalendarDate): DatePoint {
  if (!date.year) return monthPoint(date.month!);
  const year = yearPoint(date.year);
  if (!date.detail) return year;
  if (year.years !== null) reject('duration');
  const detail = date.detail;
  const narrowed =
    detail.kind === 'yearEnd' ? point({ endOf: true }) : detail.kind === 'period' ? point({ months: periodMonths(detail.period) }) : monthPoint(detail.month);
  if (year.within && (narrowed.month !== null || narrowed.months)) reject('ambiguous');
  return { ...narrowed, year: year.year, within: year.within };
}

function yearPoint(part: YearPart): DatePoint {
  const printed = part.numeral;
  const year = yearValue(printed.image);
  if (year === null) {
    // `三年内` (a goal's horizon, read on by `dateOrRange`); `5 年`, `三年` are durations.
    const years = numberValue(printed.image);
    if (part.withinYear && years !== null && years > 0 && years <= 99) return point({ years });
    reject('duration', `${printed.image} 年 is not a year`);
  }
  return point({ year, within: part.withinYear });
}

function monthPoint(part: MonthPart): DatePoint {
  const printed = part.numeral;
  const month = numberValue(printed.image);
  const chineseMonth = printed.tokenType.name === 'ChineseNumeral';
  if (month === null || month < 1 || month > 12) reject('invalid', `「${printed.image}月」 is not a month`);
  return point({ month, day: part.day ? dayValue(part.day) : null, endOf: part.endOf, chineseMonth });
}

function dayValue(numeral: IToken): number {
  const day = numberValue(numeral.image);
  if (day === null || day < 1 || day > 31) reject('invalid', `「${numeral.image}日」 is not a day`);
  return day!;
}

function periodMonths(period: PeriodOfYear): readonly [number, number] {
  if (period.halfYear) return HALF_YEARS[period.halfYear.image]!;
  const q = numberValue(period.quarter!.image);
  if (q === null || q < 1 || q > 4) reject('invalid', 'not a quarter');
  return [q! * 3 - 2, q! * 3] as const;
}

/** `30` + `日` → `P30D`; `4` + `个小时` → `PT4H`. */
function duration(amount: string, unit: string): string {
  const n = numberValue(amount.replace(/\s+/g, ''));
  const designator = DURATION_DESIGNATORS[unit.replace(/\s+/g, '')];
  if (n === null || n <= 0 || !designator) return reject('duration');
  return designator === 'H' ? `PT${n}H` : `P${n}${designator}`;
}

function single(at: DatePoint): DateReading {
  if (at.endOf || at.within) return plain('by', null, at);
  if (at.months) return plain('period', at, at);
  if (at.day !== null) return plain('on', at, at);
  if (at.month !== null) return plain('month', at, at);
  return plain('year', at, at);
}

/** Is `image` all ASCII digits (the common case, which needs no folding)? */
function asciiDigits(image: string): boolean {
  for (let i = 0; i < image.length; i++) {
    const code = image.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return image.length > 0;
}

/** `28`, `２８`, `二十八` → 28. */
function numberValue(image: string): number | null {
  if (asciiDigits(image)) return Number(image);
  const folded = foldDigits(image.replace(ZERO_VARIANT, '〇'));
  if (/^\d+$/.test(folded)) return Number(folded);
  return chineseToInt(folded);
}

/** A printed year: four digits (or four Chinese digits) within `YEAR_RANGE`; else null (a duration). */
export function yearValue(image: string): number | null {
  const folded = asciiDigits(image) ? image : foldDigits(image.replace(ZERO_VARIANT, '〇'));
  const value = /^\d{4}$/.test(folded) ? Number(folded) : /^[〇零一二三四五六七八九]{4}$/.test(folded) ? chineseToInt(folded) : null;
  return value !== null && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max ? value : null;
}

/** Reads what `datePhrase` read: what the phrase says, or why it is not a date. */
export function readDate(syntax: DatePhraseSyntax): DateReading | NotADate {
  try {
    const said = reading(syntax);
    const points = [said.start, said.end].filter((p): p is DatePoint => p !== null);
    // A month in Chinese numerals with no year and no day is a frequency (`一月一调度`), not January.
    if (points.some((p) => p.chineseMonth && p.year === null && p.day === null)) return { rejected: 'ambiguous' };
    return said;
  } catch (e) {
    if (e instanceof NotADateError) return e.reason;
    throw e;
  }
}

/** The ISO form and the resolved model fields of a reading. */
export interface ResolvedDate {
  kind: DatePhrase['kind'];
  start: string | null;
  end: string | null;
  yearInferred: boolean;
  recurring: boolean;
  within?: string;
  every?: 'quarter';
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Is y-m-d a day of the calendar (any leap year for a yearly date)? */
function realDay(year: number | null, month: number, day: number): boolean {
  return day >= 1 && day <= lastDay(year ?? 2000, month);
}

/**
 * Resolves a reading against the document's date: a missing year comes from the range's
 * other end, else from the document; `底` becomes the last day. Null when the phrase
 * cannot be written (a day that does not exist, no year anywhere).
 */
export function resolveDate(reading: DateReading, documentDate: string | null): ResolvedDate | NotADate {
  const docYear = documentDate ? Number(documentDate.slice(0, 4)) : null;
  if (reading.within || reading.every) {
    const base = { kind: reading.kind, start: null, end: null, yearInferred: false, recurring: reading.recurring };
    return { ...base, ...(reading.within ? { within: reading.within } : {}), ...(reading.every ? { every: reading.every } : {}) };
  }
  if (reading.publication) {
    if (!documentDate) return { rejected: 'ambiguous' };
    return { kind: 'from', start: documentDate, end: null, yearInferred: true, recurring: false };
  }
  if (reading.recurring) {
    const at = reading.end!;
    const month = at.month ?? 12;
    const day = at.day ?? lastDay(2001, month);
    if (!realDay(null, month, day)) return { rejected: 'invalid', message: `--${pad(month)}-${pad(day)} is not a day of the year` };
    const iso = `--${pad(month)}-${pad(day)}`;
    return { kind: reading.kind, start: reading.kind === 'by' ? null : iso, end: iso, yearInferred: false, recurring: true };
  }

  const start = reading.start ? { ...reading.start } : null;
  const end = reading.end && reading.end !== reading.start ? { ...reading.end } : start;
  let inferred = false;
  if (reading.kind === 'range' && start && end) {
    // The end inherits the start's year and month (`2020 年 7 月至 12 月`, `8 月 24 日至 31 日`).
    if (end.month === null && end.year === null && end.day !== null) end.month = start.month;
    if (start.year === null && end.year !== null) {
      start.year = end.year;
      inferred = true;
    }
    if (start.year === null) {
      if (docYear === null) return { rejected: 'ambiguous' };
      start.year = docYear;
      inferred = true;
    }
    if (end.year === null) {
      end.year = start.year;
      // `11 月至次年 3 月`, and `11 月至 3 月` too, run into the next year.
      if (end.nextYear || compare(end, start) < 0) end.year += 1;
    }
  } else {
    for (const p of [start, end]) {
      if (p && p.year === null) {
        if (docYear === null) return { rejected: 'ambiguous' };
        p.year = docYear;
        inferred = true;
      }
    }
  }
  for (const p of [start, end]) {
    if (p && p.month !== null && p.day !== null && !realDay(p.year, p.month, p.day)) {
      return { rejected: 'invalid', message: `${p.year}-${pad(p.month)}-${pad(p.day)} is not a calendar date` };
    }
  }
  const iso = (p: DatePoint | null, side: 'start' | 'end'): string | null => {
    if (!p) return null;
    if (p.months) return `${p.year}-${pad(side === 'start' ? p.months[0] : p.months[1])}`;
    if (p.month === null) return p.endOf || p.within ? `${p.year}-12-31` : `${p.year}`;
    if (p.day !== null) return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    if (p.endOf) return `${p.year}-${pad(p.month)}-${pad(lastDay(p.year!, p.month))}`;
    return `${p.year}-${pad(p.month)}`;
  };
  return {
    kind: reading.kind,
    start: reading.kind === 'by' ? null : iso(start, 'start'),
    end: reading.kind === 'from' ? null : iso(end, 'end'),
    yearInferred: inferred,
    recurring: false,
  };
}

/** Orders two points of the same year by month and day (missing parts count as equal). */
function compare(a: DatePoint, b: DatePoint): number {
  if (a.year !== b.year) return (a.year ?? 0) - (b.year ?? 0);
  if (a.month !== null && b.month !== null && a.month !== b.month) return a.month - b.month;
  if (a.day !== null && b.day !== null) return a.day - b.day;
  return 0;
}
