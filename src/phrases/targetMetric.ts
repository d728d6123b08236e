/**
 * Where a target's metric is printed, read from the paragraph's text around the phrase:
 * the counted noun after a quota verb's amount (`配备 2 名以上理论课教师和实习指导教师`), or the
 * noun phrase that opens the clause (`主要农作物化肥利用率达 40%以上`), cleaned of scope,
 * dates and modal words; the label before a colon (`培训规模：7500 人`). Never invented: when
 * nothing is printed the metric is null (the caller may continue the previous one).
 */
import {
  COUNTED_NOUN_STOPS,
  MAX_METRIC_LENGTH,
  QUOTA_VERBS,
  METRIC_LEAD_VERBS,
  METRIC_LEADING_WORDS,
  METRIC_TRAILING_WORDS,
  VERB_MARKING_ADVERBS,
} from '../../grammar/data/comparators.js';
import { codeSet, isSpace } from './chars.js';

/** Clause punctuation: a metric never crosses it. */
const CLAUSE_END = codeSet('，,。；;：:！!？?');
const COLON = codeSet('：:');
/** Section markers at the start of a heading paragraph (`五、`, `（三）`, `2.`). */
const LEADING_MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[①-⑳])/;
const isCjk = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const ENUMERATION_COMMA = '、'.charCodeAt(0);

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const LEADING = byLength(METRIC_LEADING_WORDS);
const TRAILING = byLength(METRIC_TRAILING_WORDS);
const LEAD_VERBS = byLength(METRIC_LEAD_VERBS);
const STOPS = byLength(COUNTED_NOUN_STOPS);
const OPENING_VERBS = byLength(QUOTA_VERBS.filter((v) => !v.startsWith('新')));

/** A metric and where it starts in the paragraph's text (when it is printed right before the phrase). */
export interface MetricFound {
  metric: string | null;
  /** Offset of the metric's first character when nothing but spaces separates it from the phrase. */
  adjacentStart: number | null;
  /** The clause printed nothing before the phrase (after dates and scope are removed). */
  emptyClause: boolean;
}

/** Text spans to leave out of a metric (date phrases). */
export type Span = readonly [number, number];

/** Offset where the clause holding `offset` starts. */
function clauseStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !CLAUSE_END.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The spans of `cut` (in text order, not overlapping) that reach into `[from, to)`, found by
 * binary search: a paragraph may hold many dates, and this is asked for every target.
 */
function spansWithin(cut: readonly Span[], from: number, to: number): readonly Span[] {
  let lo = 0;
  let hi = cut.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cut[mid]![1] <= from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < cut.length && cut[end]![0] < to) end++;
  return cut.slice(lo, end);
}

/**
 * The clause text before `offset`, without whitespace and without the given spans, with a map
 * back to offsets. Read in runs of kept characters, each one slice: a string built a character
 * at a time (a new one-character string and a longer one per character) was most of what the
 * target finder allocated.
 */
function clauseBefore(text: string, from: number, to: number, cut: readonly Span[]): { chars: string; at: number[] } {
  const inside = spansWithin(cut, from, to);
  const runs: string[] = [];
  const at: number[] = [];
  let span = 0; // the first span of `inside` that ends after the character read
  let run = -1; // where the run of kept characters being read starts (-1: none)
  for (let i = from; i < to; i++) {
    while (span < inside.length && inside[span]![1] <= i) span++;
    if (isSpace(text.charCodeAt(i)) || (span < inside.length && inside[span]![0] <= i)) {
      if (run >= 0) runs.push(text.slice(run, i));
      run = -1;
      continue;
    }
    if (run < 0) run = i;
    at.push(i);
  }
  if (run >= 0) runs.push(text.slice(run, to));
  return { chars: runs.join(''), at };
}

/** Brackets and quotes left open or closed at either end of a clause. */
const LEADING_PUNCTUATION = /^[（(“"‘《「【\[、）)]+/;
const TRAILING_PUNCTUATION = /[）)”"’》」】\]]+$/;

/** Strips scope, purpose and modal words from both ends of a noun phrase. */
export function cleanMetric(raw: string): { metric: string; strippedEnd: boolean } {
  let s = raw.replace(LEADING_MARKER, '').replace(LEADING_PUNCTUATION, '');
  // A quota verb that opens the clause is not part of what it counts (`建成|智能综采工作面 15 个`).
  const verb = OPENING_VERBS.find((v) => s.startsWith(v) && s.length > v.length);
  if (verb) s = s.slice(verb.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length);
        changed = true;
        if ((VERB_MARKING_ADVERBS as readonly string[]).includes(w)) {
          const verb = LEAD_VERBS.find((v) => s.startsWith(v) && s.length > v.length);
          if (verb) s = s.slice(verb.length);
        }
        break;
      }
    }
  }
  let strippedEnd = TRAILING_PUNCTUATION.test(s);
  s = s.replace(TRAILING_PUNCTUATION, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of TRAILING) {
      if (s.endsWith(w)) {
        s = s.slice(0, -w.length);
        changed = strippedEnd = true;
        break;
      }
    }
  }
  return { metric: s, strippedEnd };
}

/**
 * The metric printed before a phrase starting at `start`: the clause's noun phrase, or the
 * label before a colon when the clause is only the amount. `floor`: where an amount printed
 * earlier in the clause ends (`智能煤矿2座,建成智能综采工作面15个（…`: each amount has its own noun).
 */
export function metricBefore(text: string, start: number, cut: readonly Span[], floor = 0): MetricFound {
  const from = Math.max(clauseStart(text, start), floor);
  const { chars, at } = clauseBefore(text, from, start, cut);
  const near = spansWithin(cut, from, start);
  if (chars === '' && from > 0 && COLON.has(text.charCodeAt(from - 1)) && clauseStart(text, start) === from) {
    // `培训规模：7500 人` — the label before the colon names the amount (and opens the text).
    const label = metricBefore(text, from - 1, cut);
    return { metric: label.metric, adjacentStart: label.adjacentStart, emptyClause: label.metric === null };
  }
  const { metric, strippedEnd } = cleanMetric(chars);
  const value = plausible(metric);
  // Adjacent: nothing stripped from the end and no date cut between metric and phrase. The
  // text then opens at the head noun: after the last 的 (`其他渠道发布的|政策解读量`).
  let adjacentStart: number | null = null;
  if (value && !strippedEnd && chars.endsWith(metric)) {
    const head = metric.slice(metric.lastIndexOf('的') + 1);
    const lastAt = at[at.length - 1]!;
    if (!near.some(([s, e]) => s >= lastAt && e <= start)) adjacentStart = at[at.length - head.length]!;
  }
  return { metric: value, adjacentStart, emptyClause: metric === '' };
}

/**
 * The counted noun printed after an amount (`…2 名以上|理论课教师和实习指导教师|。`): from
 * `end` to the first clause punctuation, stop word or bracket; null when none is printed.
 */
export function countedNounAfter(text: string, end: number): { noun: string | null; end: number } {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const from = i;
  let noun = '';
  let last = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (!(isCjk(code) || code === ENUMERATION_COMMA)) break;
    if (STOPS.some((w) => text.startsWith(w, i))) break;
    noun += text[i];
    i++;
    if (code !== ENUMERATION_COMMA) last = i;
  }
  noun = noun.replace(/、+$/, '');
  return { noun: noun === '' ? null : plausible(noun), end: noun === '' ? end : last };
}

/**
 * A noun phrase: not empty, not cut off after a 的 (`一级占达标煤矿的`), and not a whole clause —
 * a long one keeps its head after the last 的 (`涉及…设施的|自动化系统装备投用率`).
 */
function plausible(metric: string): string | null {
  if (metric === '' || metric.endsWith('的')) return null;
  if (metric.length <= MAX_METRIC_LENGTH) return metric;
  const head = metric.slice(metric.lastIndexOf('的') + 1);
  return head !== metric && head.length >= 2 && head.length <= MAX_METRIC_LENGTH ? head : null;
}
