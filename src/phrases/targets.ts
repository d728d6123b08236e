/**
 * Quantitative targets of one paragraph (issue 5): the phrase grammar's `targetPhrase` is
 * tried along the paragraph (never inside a date phrase or a citation), each match is read
 * (`targetReading.ts`), kept only when it is a target, and given its metric from the text
 * around it (`targetMetric.ts`). Precision over recall.
 */
import { phraseTokens, scan } from '../../grammar/phrase/scan.js';
import type { Target } from '../model.js';
import { positionAt } from '../structure/sourceMap.js';
import { citationFindings } from './citations.js';
import { dateFindings } from './dates.js';
import type { PhraseContext } from './index.js';
import { comparisonOf, isTarget, readTarget } from './targetReading.js';
import { countedNounAfter, metricBefore, type Span } from './targetMetric.js';

const CLAUSE_END = /[，,。；;：:！!？?、]/;
const SENTENCE_END = /[。；;！!？?]/;
const AMOUNT_TAIL = new Set(['Number', 'Unit', 'Bound', 'RangeConnector']);
const QUANTITY_FOLLOWERS = new Set(['Unit', 'Bound', 'RangeConnector', 'FractionOf']);

/** Finds targets in one paragraph. */
export function findTargets(ctx: PhraseContext): Target[] {
  const { block } = ctx;
  const text = block.text;
  const tokens = phraseTokens(text);
  if (tokens.length === 0) return [];
  const dates = dateFindings(ctx);
  const citations = citationFindings(ctx);
  const taken = new Set<number>();
  for (const f of [...dates, ...citations]) for (let i = f.first; i <= f.last; i++) taken.add(i);
  const dateSpans: Span[] = dates.map((d) => [d.start, d.end] as const);

  /**
   * Where the last amount in digits before token `first` ends, with its unit and bound (not
   * counting dates and citations; Chinese numerals belong to words like 每万人, 百万吨).
   */
  const amountEndBefore = (first: number): number => {
    for (let i = first - 1; i >= 0; i--) {
      if (taken.has(i) || tokens[i]!.tokenType.name !== 'Number') continue;
      let j = i;
      while (j + 1 < first && AMOUNT_TAIL.has(tokens[j + 1]!.tokenType.name)) j++;
      return tokens[j]!.startOffset + tokens[j]!.image.length;
    }
    return 0;
  };

  /**
   * A number followed by no unit, bound, range or fraction can only be a target after a
   * comparator, where the scan starts at the comparator: skipping it saves most attempts
   * (section numbers, years, serials).
   */
  const bareNumber = (i: number): boolean => {
    const type = tokens[i]!.tokenType.name;
    if (type !== 'Number' && type !== 'ChineseNumeral') return false;
    return !QUANTITY_FOLLOWERS.has(tokens[i + 1]?.tokenType.name ?? '');
  };

  const out: Target[] = [];
  let previous: { metric: string | null; end: number } | null = null;
  scan(
    'targetPhrase',
    tokens,
    (match) => {
      for (let i = match.first; i <= match.last; i++) if (taken.has(i)) return 0;
      const reading = readTarget(match.cst);
      let next = match.end;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      const closesClause = next === text.length || CLAUSE_END.test(text[next]!);

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
        if (metric === null && before.emptyClause && previous && !SENTENCE_END.test(text.slice(previous.end, match.start))) {
          // `自 2021 年起不得少于 90%` continues the metric of the clause before.
          metric = previous.metric;
        }
      }
      if (!isTarget(reading, { closesClause, hasSubject: metric !== null })) return 0;

      const position = positionAt(block, start);
      const base = { text: text.slice(start, end), metric, unit: reading.unit, sectionPath: ctx.sectionPath, ...position };
      if (reading.values.length === 2) {
        // `1-5 个`: a floor and a cap.
        out.push({ ...base, comparator: '>=', value: reading.values[0]! });
        out.push({ ...base, comparator: '<=', value: reading.values[1]! });
      } else {
        out.push({ ...base, comparator: comparisonOf(reading), value: reading.values[0]! });
      }
      previous = { metric, end: match.end };
      return match.last - match.first + 1;
    },
    (i) => taken.has(i) || bareNumber(i),
  );
  return out.map(({ text: t, metric, comparator, value, unit, sectionPath, line, column }) => ({
    text: t,
    metric,
    comparator,
    value,
    unit,
    sectionPath,
    line,
    column,
  }));
}
