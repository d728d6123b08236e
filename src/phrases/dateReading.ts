/**
 * Date phrases: the CST of `datePhrase` → what the phrase says (a visitor), then → the
 * model's ISO dates, with years taken from context where the phrase prints none.
 */
import type { CstNode, IToken } from 'chevrotain';
import { DURATION_DESIGNATORS, FIVE_YEAR_PLANS, HALF_YEARS, PUBLICATION_VERBS, YEAR_RANGE, ZERO_VARIANTS } from '../../grammar/data/dateWords.js';
import { chineseToInt, foldDigits } from '../../grammar/data/numerals.js';
import { phraseParser } from '../../grammar/phrase/parser.js';
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

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const BaseVisitor = phraseParser.getBaseCstVisitorConstructorWithDefaults();

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

/** Reads the CST of `datePhrase`. Throws `NotADateError` for matches that are not dates. */
class DateVisitor extends BaseVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  datePhrase(ctx: Children): DateReading {
    for (const key in ctx) return this.visit(ctx[key]![0] as CstNode) as DateReading;
    throw new Error('empty datePhrase');
  }

  yearlyDate(ctx: Children): DateReading {
    const at = ctx.monthPart
      ? (this.visit(ctx.monthPart[0] as CstNode) as DatePoint)
      : point({ endOf: true }); // 每年年底
    if (at.month !== null && at.day === null && !at.endOf) reject('unwritable', 'a yearly month has no ISO form');
    const by = Boolean(ctx.DeadlineSuffix) || (at.day === null);
    return { kind: by ? 'by' : 'on', start: by ? null : at, end: at, recurring: true, nextYear: Boolean(ctx.NextYear), publication: false };
  }

  quarterlyDate(ctx: Children): DateReading {
    if (ctx.dayPart) this.visit(ctx.dayPart[0] as CstNode);
    const by = Boolean(ctx.DeadlineSuffix) || Boolean(ctx.EndOf);
    return { kind: by ? 'by' : 'on', start: null, end: null, recurring: true, nextYear: false, publication: false, every: 'quarter' };
  }

  relativeLimit(ctx: Children): DateReading {
    const within = duration((ctx.Numeral![0] as IToken).image, ((ctx.Ri ?? ctx.Unit)![0] as IToken).image);
    return { kind: 'by', start: null, end: null, recurring: false, nextYear: false, publication: false, within, needsOpener: true };
  }

  latestLimit(ctx: Children): DateReading {
    const within = duration((ctx.Numeral![0] as IToken).image, ((ctx.Ri ?? ctx.Unit)![0] as IToken).image);
    return { kind: 'by', start: null, end: null, recurring: false, nextYear: false, publication: false, within };
  }

  planPeriod(ctx: Children): DatePoint {
    const plan = chineseToInt((ctx.FiveYearPlan![0] as IToken).image.slice(1, -2));
    if (plan === null || plan < FIVE_YEAR_PLANS.first) reject('ambiguous');
    return point({ year: FIVE_YEAR_PLANS.firstEnd + 5 * (plan! - FIVE_YEAR_PLANS.first), endOf: true });
  }

  startPhrase(ctx: Children): DateReading {
    if (ctx.publicationDay) {
      this.visit(ctx.publicationDay[0] as CstNode);
      return { kind: 'from', start: point(), end: null, recurring: false, nextYear: false, publication: true };
    }
    const inner = this.visit(ctx.dateOrRange![0] as CstNode) as DateReading;
    if (inner.kind === 'range') return inner;
    const at = inner.start ?? inner.end!;
    return { kind: 'from', start: at, end: null, recurring: false, nextYear: false, publication: false };
  }

  publicationDay(ctx: Children): void {
    const verb = (ctx.Word as IToken[]).map((t) => t.image).join('').replace(/\s+/g, '');
    if (!(PUBLICATION_VERBS as readonly string[]).some((v) => verb.endsWith(v))) reject('event', `${verb}之日 is an event, not a date`);
  }

  deadline(ctx: Children): DateReading {
    const at = this.visit((ctx.calendarDate ?? ctx.planPeriod)![0] as CstNode) as DatePoint;
    if (at.years !== null) reject('duration');
    if (at.months) reject('ambiguous');
    return { kind: 'by', start: null, end: at, recurring: false, nextYear: false, publication: false };
  }

  yearRange(ctx: Children): DateReading {
    const [from, to] = (ctx.Number as IToken[]).map((t) => yearValue(t.image));
    if (from === null || to === null || to < from) reject('duration');
    return { kind: 'range', start: point({ year: from }), end: point({ year: to }), recurring: false, nextYear: false, publication: false };
  }

  dateOrRange(ctx: Children): DateReading {
    const at = this.visit(ctx.calendarDate![0] as CstNode) as DatePoint;
    const base = { recurring: false, nextYear: false, publication: false };
    const tail = ctx.dateTail ? (this.visit(ctx.dateTail[0] as CstNode) as DatePoint | 'by' | 'from') : null;
    if (at.years !== null) {
      // `三年内`: a goal's horizon when the words before it say so (the reader checks).
      if (tail) reject('duration');
      return { kind: 'by', start: null, end: null, ...base, within: `P${at.years}Y`, needsOpener: true };
    }
    if (tail === 'by') return { kind: 'by', start: null, end: at, ...base };
    if (tail === 'from') return { kind: 'from', start: at, end: null, ...base };
    if (tail) return { kind: 'range', start: at, end: tail, ...base };
    return single(at);
  }

  /** The range's end, or the kind a deadline or start word gives. */
  dateTail(ctx: Children): DatePoint | 'by' | 'from' {
    if (ctx.rangeEnd) return this.visit(ctx.rangeEnd[0] as CstNode) as DatePoint;
    return ctx.DeadlineSuffix ? 'by' : 'from';
  }

  rangeEnd(ctx: Children): DatePoint {
    const nextYear = Boolean(ctx.NextYear);
    if (ctx.dayPart) return point({ day: this.visit(ctx.dayPart[0] as CstNode) as number, nextYear });
    const at = this.visit(ctx.calendarDate![0] as CstNode) as DatePoint;
    if (at.years !== null) reject('duration');
    if (nextYear && at.year !== null) reject('ambiguous');
    return { ...at, nextYear };
  }

  period(ctx: Children): DateReading {
    const months = this.visit(ctx.periodOfYear![0] as CstNode) as readonly [number, number];
    return single(point({ months }));
  }

  withinYear(ctx: Children): DateReading {
    void ctx;
    return { kind: 'by', start: null, end: point({ endOf: true }), recurring: false, nextYear: false, publication: false };
  }

  calendarDate(ctx: Children): DatePoint {
    if (!ctx.yearPart) return this.visit(ctx.monthPart![0] as CstNode) as DatePoint;
    const year = this.visit(ctx.yearPart[0] as CstNode) as DatePoint;
    if (!ctx.yearDetail) return year;
    if (year.years !== null) reject('duration');
    const detail = this.visit(ctx.yearDetail[0] as CstNode) as DatePoint;
    if (year.within && (detail.month !== null || detail.months)) reject('ambiguous');
    return { ...detail, year: year.year, within: year.within };
  }

  yearDetail(ctx: Children): DatePoint {
    if (ctx.yearEnd) return point({ endOf: true });
    if (ctx.periodOfYear) return point({ months: this.visit(ctx.periodOfYear[0] as CstNode) as readonly [number, number] });
    return this.visit(ctx.monthPart![0] as CstNode) as DatePoint;
  }

  yearPart(ctx: Children): DatePoint {
    const printed = (ctx.Numeral![0] as IToken);
    const year = yearValue(printed.image);
    if (year === null) {
      // `三年内` (a goal's horizon, read on by `dateOrRange`); `5 年`, `三年` are durations.
      const years = numberValue(printed.image);
      if (ctx.WithinYear && years !== null && years > 0 && years <= 99) return point({ years });
      reject('duration', `${printed.image} 年 is not a year`);
    }
    return point({ year, within: Boolean(ctx.WithinYear) });
  }

  monthPart(ctx: Children): DatePoint {
    const printed = (ctx.Numeral![0] as IToken);
    const month = numberValue(printed.image);
    const chineseMonth = printed.tokenType.name === 'ChineseNumeral';
    if (month === null || month < 1 || month > 12) reject('invalid', `「${printed.image}月」 is not a month`);
    const detail = ctx.monthDetail ? (this.visit(ctx.monthDetail[0] as CstNode) as number | 'end') : null;
    return point({ month, day: typeof detail === 'number' ? detail : null, endOf: detail === 'end', chineseMonth });
  }

  /** The day, or `'end'` for `底`. */
  monthDetail(ctx: Children): number | 'end' {
    return ctx.dayPart ? (this.visit(ctx.dayPart[0] as CstNode) as number) : 'end';
  }

  dayPart(ctx: Children): number {
    const printed = (ctx.Numeral![0] as IToken);
    const day = numberValue(printed.image);
    if (day === null || day < 1 || day > 31) reject('invalid', `「${printed.image}日」 is not a day`);
    return day!;
  }

  periodOfYear(ctx: Children): readonly [number, number] {
    if (ctx.HalfYear) return HALF_YEARS[(ctx.HalfYear[0] as IToken).image]!;
    const q = numberValue((ctx.Numeral![0] as IToken).image);
    if (q === null || q < 1 || q > 4) reject('invalid', 'not a quarter');
    return [q! * 3 - 2, q! * 3] as const;
  }
}

/** `30` + `日` → `P30D`; `4` + `个小时` → `PT4H`. */
function duration(amount: string, unit: string): string {
  const n = numberValue(amount.replace(/\s+/g, ''));
  const designator = DURATION_DESIGNATORS[unit.replace(/\s+/g, '')];
  if (n === null || n <= 0 || !designator) return reject('duration');
  return designator === 'H' ? `PT${n}H` : `P${n}${designator}`;
}

function single(at: DatePoint): DateReading {
  const base = { recurring: false, nextYear: false, publication: false };
  if (at.endOf || at.within) return { kind: 'by', start: null, end: at, ...base };
  if (at.months) return { kind: 'period', start: at, end: at, ...base };
  if (at.day !== null) return { kind: 'on', start: at, end: at, ...base };
  if (at.month !== null) return { kind: 'month', start: at, end: at, ...base };
  return { kind: 'year', start: at, end: at, ...base };
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

const visitor = new DateVisitor();

/** Reads a `datePhrase` CST: what the phrase says, or why it is not a date. */
export function readDate(cst: CstNode): DateReading | NotADate {
  try {
    const reading = visitor.visit(cst) as DateReading;
    const points = [reading.start, reading.end].filter((p): p is DatePoint => p !== null);
    // A month in Chinese numerals with no year and no day is a frequency (`一月一调度`), not January.
    if (points.some((p) => p.chineseMonth && p.year === null && p.day === null)) return { rejected: 'ambiguous' };
    return reading;
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
