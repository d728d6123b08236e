/**
 * Quantitative targets of one paragraph (issue 5): the phrase grammar's `targetPhrase` is
 * tried along the paragraph (never inside a date phrase or a citation), each match is read
 * (`targetReading.ts`), kept only when it is a target, and given its metric from the text
 * around it (`targetMetric.ts`). Precision over recall.
 */
import type { IToken } from 'chevrotain';
import { FORMULA_SIGNS, GOAL_VERBS, NOT_SCOPE_WORDS, SCOPE_WORDS } from '../../grammar/data/comparators.js';
import { NUMBERED_NAMES } from '../../grammar/data/units.js';
import { markerDigitsEnd, phraseTokens, scan } from '../../grammar/phrase/scan.js';
import type { Target } from '../model.js';
import { positionAt } from '../structure/sourceMap.js';
import { citationFindings, type CitationFinding } from './citations.js';
import { dateFindings, type DateFinding } from './dates.js';
import type { PhraseContext } from './index.js';
import { comparisonOf, isCondition, isTarget, readTarget } from './targetReading.js';
import { codeSet, holdsAny, isSpace } from './chars.js';
import { cleanMetric, countedNounAfter, metricBefore, type Span } from './targetMetric.js';

const CLAUSE_END = codeSet('，,。；;：:！!？?、');
/** The punctuation that ends the clause a metric is read from (`targetMetric.ts`): not `、`, which lists amounts of one clause. */
const METRIC_CLAUSE_END = codeSet('，,。；;：:！!？?');
const SENTENCE_END = codeSet('。；;！!？?');
const AMOUNT_TAIL = new Set(['Number', 'Unit', 'Bound', 'RangeConnector']);
const QUANTITY_FOLLOWERS = new Set(['Unit', 'Bound', 'RangeConnector', 'FractionOf']);

/** Clause ends that also end a scope phrase: not `、`, which lists the bounds of one place. */
const SCOPE_END = codeSet('，,。；;：:！!？?');

/** Does the phrase at `[start, end)` lie inside a name with a number (`五人小组`, `NUMBERED_NAMES`)? */
function namesAThing(text: string, start: number, end: number): boolean {
  // Only where a name could overlap the phrase: a search to the paragraph's end per phrase
  // would make a long paragraph of targets quadratic.
  return NUMBERED_NAMES.some((name) => {
    for (let at = Math.max(0, start - name.length + 1); at < end; at++) if (text.startsWith(name, at)) return true;
    return false;
  });
}

/** Does the clause before `start` name a place's bounds (`距离…`, `SCOPE_WORDS`)? */
function scopedBefore(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && !SCOPE_END.has(text.charCodeAt(from - 1))) from--;
  let clause = text.slice(from, start);
  for (const w of NOT_SCOPE_WORDS) clause = clause.replaceAll(w, '');
  return SCOPE_WORDS.some((w) => clause.includes(w));
}

const FORMULA = codeSet(FORMULA_SIGNS.join(''));

/** Is the amount at `start` the end of a formula (`…×100%`, `FORMULA_SIGNS`)? */
function inFormula(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i > 0 && FORMULA.has(text.charCodeAt(i - 1));
}

/** The longest noun between an amount and the goal verb after it (`建设用地面积` in `…以上建设用地面积达到…`). */
const MAX_GOAL_NOUN = 16;
/** The longest clause after an amount that is read for a goal (a longer one is prose). */
const MAX_GOAL_CLAUSE = 80;
const DIGITS = codeSet('0123456789０１２３４５６７８９');

/**
 * Where the clause after an amount goes on to a goal verb (`GOAL_VERBS`) with no amount
 * after it: the noun between and the clause's end, or null.
 */
function goalAfter(text: string, from: number): { noun: string; end: number } | null {
  let end = from;
  while (end < text.length && !CLAUSE_END.has(text.charCodeAt(end))) if (++end - from > MAX_GOAL_CLAUSE) return null;
  const clause = text.slice(from, end);
  const verb = Math.min(...GOAL_VERBS.map((v) => clause.indexOf(v)).filter((i) => i >= 0));
  if (!Number.isFinite(verb) || verb > MAX_GOAL_NOUN || holdsAny(text, from, end, DIGITS)) return null;
  return { noun: clause.slice(0, verb).replace(/\s+/g, ''), end };
}

/** Finds targets in one paragraph. */
export function findTargets(ctx: PhraseContext): Target[] {
  const tokens = phraseTokens(ctx.block.text);
  if (tokens.length === 0) return [];
  return targetsOf(ctx, tokens, dateFindings(ctx, tokens), citationFindings(ctx, tokens));
}

/** The paragraph's targets, from its phrase tokens, never inside one of its dates or citations. */
export function targetsOf(ctx: PhraseContext, tokens: readonly IToken[], dates: readonly DateFinding[], citations: readonly CitationFinding[]): Target[] {
  const { block } = ctx;
  const text = block.text;
  if (tokens.length === 0) return [];
  // Tokens inside a date or a citation, by index (a byte each: this is per paragraph).
  const taken = new Uint8Array(tokens.length);
  for (const f of dates) taken.fill(1, f.first, f.last + 1);
  for (const f of citations) taken.fill(1, f.first, f.last + 1);
  const dateSpans: Span[] = dates.map((d) => [d.start, d.end] as const);

  /**
   * Where the last amount in digits before token `first` ends, with its unit and bound (not
   * counting dates and citations; Chinese numerals belong to words like 每万人, 百万吨).
   * Only the amounts of the same clause matter (a metric never crosses clause punctuation):
   * the search stops at the clause's start, so a paragraph of many targets stays linear.
   */
  const amountEndBefore = (first: number): number => {
    let clauseStart = tokens[first]!.startOffset;
    while (clauseStart > 0 && !METRIC_CLAUSE_END.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
    // The digits of an item's marker that opens the clause (`1.生产总值增长6%以上`) are no amount.
    const marker = markerDigitsEnd(text, clauseStart);
    for (let i = first - 1; i >= 0 && tokens[i]!.startOffset >= clauseStart; i--) {
      if (taken[i] || tokens[i]!.tokenType.name !== 'Number' || tokens[i]!.startOffset < marker) continue;
      let j = i;
      while (j + 1 < first && AMOUNT_TAIL.has(tokens[j + 1]!.tokenType.name)) j++;
      return tokens[j]!.startOffset + tokens[j]!.image.length;
    }
    return 0;
  };

  /**
   * Attempts that could only be rejected, skipped before parsing (they would be most):
   * - a number followed by no unit, bound, range or fraction can only be a target after a
   *   comparator, where the scan starts at the comparator (section numbers, years, serials);
   * - an amount in Chinese numerals (`一批`, `三个`) is a target only after a comparator or a
   *   verb (`isTarget`), where the scan starts too — unless it is a fraction (`三分之一`).
   */
  const rejectedAmount = (i: number): boolean => {
    const type = tokens[i]!.tokenType.name;
    const next = tokens[i + 1]?.tokenType.name ?? '';
    if (type === 'ChineseNumeral') return next !== 'FractionOf';
    return type === 'Number' && !QUANTITY_FOLLOWERS.has(next);
  };

  const out: Target[] = [];
  let previous: { metric: string | null; end: number } | null = null;
  scan(
    'targetPhrase',
    tokens,
    (match) => {
      for (let i = match.first; i <= match.last; i++) if (taken[i]) return 0;
      const consumed = match.last - match.first + 1;
      // Amounts that are not goals, passed over whole so that the amount is not read again
      // without its comparator: part of a name (五人小组), a place's bounds (距离…3 公里), a
      // formula's factor (…×100%), a condition (超过 50%且…).
      if (namesAThing(text, match.start, match.end) || scopedBefore(text, match.start) || inFormula(text, match.start)) return consumed;
      const reading = readTarget(match.syntax);
      let next = match.end;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      const closesClause = next === text.length || CLAUSE_END.has(text.charCodeAt(next));
      if (isCondition(reading, closesClause)) return consumed;

      let metric: string | null;
      let start = match.start;
      let end = match.end;
      if (reading.verb?.role === 'quota') {
        // The verb's object is what is counted: `选定 1-5 个乡镇、街道或县直部门`.
        const noun = countedNounAfter(text, match.end);
        metric = noun.noun;
        end = noun.end;
      } else {
        const before = metricBefore(text, match.start, dateSpans, amountEndBefore(match.first));
        metric = before.metric;
        if (before.adjacentStart !== null) start = before.adjacentStart;
        if (metric === null && before.emptyClause && previous && !holdsAny(text, previous.end, match.start, SENTENCE_END)) {
          // `自 2021 年起不得少于 90%` continues the metric of the clause before.
          metric = previous.metric;
        }
      }
      if (!isTarget(reading, { closesClause, hasSubject: metric !== null })) {
        // An amount that sizes what must reach a goal: the text runs to the goal, the noun between is the metric.
        const goal = closesClause || reading.comparators.length > 0 || reading.verb ? null : goalAfter(text, match.end);
        if (!goal || !isTarget(reading, { closesClause, hasSubject: metric !== null, goalAfter: true })) return 0;
        end = goal.end;
        while (end > match.end && isSpace(text.charCodeAt(end - 1))) end--;
        metric = cleanMetric(goal.noun).metric || metric;
      }

      const { line, column } = positionAt(block, start);
      const printed = text.slice(start, end);
      const target = (comparator: Target['comparator'], value: number): Target => ({
        text: printed,
        metric,
        comparator,
        value,
        unit: reading.unit,
        sectionPath: ctx.sectionPath,
        line,
        column,
      });
      if (reading.values.length === 2) {
        // `1-5 个`: a floor and a cap.
        out.push(target('>=', reading.values[0]!), target('<=', reading.values[1]!));
      } else {
        out.push(target(comparisonOf(reading), reading.values[0]!));
      }
      previous = { metric, end: match.end };
      return consumed;
    },
    (i) => taken[i] === 1 || rejectedAmount(i),
  );
  return out;
}
