/**
 * Targets: what `targetPhrase` read → what the phrase prints (comparator words, verb,
 * amount, unit, bound), and the rules that decide whether a printed amount is a target.
 */
import { BOUND_WORDS, COMPARATOR_SYMBOLS, COMPARATOR_WORDS, CONDITION_COMPARATORS, type Comparison } from '../../grammar/data/comparators.js';
import { chineseToInt, foldDigits } from '../../grammar/data/numerals.js';
import { unitKind } from '../../grammar/data/units.js';
import type { Quantity, TargetPhraseSyntax } from '../../grammar/phrase/syntax.js';

/** What a target phrase prints. */
export interface TargetReading {
  /** Comparator words in order (`至少`, `达到`). */
  comparators: string[];
  /** The verb right before the amount, and whether its object (quota) or its subject (change) is the metric. */
  verb: { image: string; role: 'quota' | 'change' } | null;
  /** `教师总数的` between comparator and amount. */
  of: string | null;
  /** One value, or two for a printed range (`1-5 个`). */
  values: number[];
  unit: string | null;
  /** The amount was a fraction (`三分之一`) or Chinese numerals (`一个`). */
  fraction: boolean;
  chinese: boolean;
  bound: string | null;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** What the amount prints: its values, unit, and whether it was a fraction or Chinese numerals. */
function amountOf(quantity: Quantity): Pick<TargetReading, 'values' | 'unit' | 'fraction' | 'chinese'> {
  if (quantity.fraction) {
    const denominator = chineseToInt(quantity.fraction.denominator.image) ?? NaN;
    const numerator = chineseToInt(quantity.fraction.numerator.image) ?? NaN;
    // 百分之三十 is a percentage; 三分之一 a plain fraction, written to 4 places (0.3333).
    if (denominator === 100) return { values: [numerator], unit: '%', fraction: true, chinese: true };
    return { values: [Math.round((numerator / denominator) * 10000) / 10000], unit: null, fraction: true, chinese: true };
  }
  // 一半: half of the whole, as a percentage.
  if (quantity.half) return { values: [50], unit: '%', fraction: true, chinese: true };
  const first = quantity.amount!;
  const values = [numberValue(first.image)];
  if (quantity.upper) values.push(numberValue(quantity.upper.image));
  return { values, unit: quantity.unit ? squash(quantity.unit.image) : null, fraction: false, chinese: first.tokenType.name === 'ChineseNumeral' };
}

function numberValue(image: string): number {
  const folded = foldDigits(squash(image)).replace('．', '.');
  return /^\d+(\.\d+)?$/.test(folded) ? Number(folded) : chineseToInt(folded) ?? NaN;
}

/** Reads what `targetPhrase` read. */
export function readTarget(syntax: TargetPhraseSyntax): TargetReading {
  const amount = amountOf(syntax.quantity);
  return {
    comparators: syntax.comparators.map((t) => t.image),
    verb: syntax.verb ? { image: syntax.verb.word.image, role: syntax.verb.role } : null,
    of: syntax.of ? squash(syntax.of.map((t) => t.image).join('')) + '的' : null,
    bound: syntax.bound ? syntax.bound.image : null,
    ...amount,
  };
}

/** The comparison a reading prints: its first comparator word, else its bound, else `=`. */
export function comparisonOf(reading: TargetReading): Comparison {
  for (const w of reading.comparators) {
    const c = COMPARATOR_WORDS[w];
    if (c) return c;
  }
  if (reading.bound) return BOUND_WORDS[reading.bound] ?? '=';
  return '=';
}

/** What follows the phrase, for the decision below. */
export interface Surroundings {
  /** The amount closes its clause (a delimiter or the paragraph end follows). */
  closesClause: boolean;
  /** A metric was found before the phrase. */
  hasSubject: boolean;
  /** The clause goes on to a goal verb with no amount after it (`50平方公里以上建设用地面积达到…要求`). */
  goalAfter?: boolean;
}

/**
 * A strict comparison that does not close its clause states a condition a noun must meet
 * (`装配率超过 50%且…的项目`, see `CONDITION_COMPARATORS`): neither it nor its amount alone is
 * a target.
 */
export function isCondition(reading: TargetReading, closesClause: boolean): boolean {
  return !closesClause && reading.comparators.some((w) => CONDITION_COMPARATORS.includes(w));
}

/**
 * Whether a printed amount is a target (precision over recall):
 * - never a duration (`7 天`, `3 个月`) or a value that is not a number;
 * - `达到` cannot reach past a `…的` (`占达标煤矿的 55%` is a share, not a floor);
 * - Chinese numerals (`一个`) only with a comparator or a verb, and 一 only with a comparator
 *   (`只开设一个`; in `打造一批吕梁特色的技术能手` it is an article);
 * - a bare number without unit only after a symbol (`≥2.3`) or closing its clause after a word;
 * - an amount with only a bound (`90%以上`) only when it closes its clause: before a noun
 *   (`60 万吨/年以下煤矿`) it describes the noun;
 * - a bare amount without comparator, verb or bound: percentages and money always, counts
 *   only as the predicate of a clause that names its metric (`培训任务 600 人；`, not
 *   `98 所培训机构的专业特长`);
 * - an amount, with a bound or a count, that sizes what must reach a goal (`50平方公里以上
 *   建设用地面积达到…要求`, `goalAfter`) is one though a noun follows it;
 * - a standard (`年一遇`) only after a comparator, an area (`平方公里`) only after one or
 *   sizing what must reach a goal.
 */
export function isTarget(reading: TargetReading, around: Surroundings): boolean {
  if (reading.values.some((v) => !Number.isFinite(v))) return false;
  const kind = reading.unit ? unitKind(reading.unit) : null;
  if (kind === 'duration') return false;
  const hasComparator = reading.comparators.length > 0;
  if (reading.of && !reading.verb && reading.comparators.every((w) => w === '达' || w === '达到')) return false;
  if (reading.chinese && !reading.fraction && !hasComparator && !reading.verb) return false;
  // Without a comparator, 一 before a classifier is an article (`打造一批…`, `组织一次…`), not a quota.
  if (reading.chinese && !reading.fraction && !hasComparator && reading.values[0] === 1) return false;
  if (reading.chinese && !reading.fraction && !reading.unit) return false;
  if (!reading.unit && !reading.fraction) {
    const symbol = reading.comparators.some((w) => (COMPARATOR_SYMBOLS as readonly string[]).includes(w));
    return symbol || (hasComparator && around.closesClause);
  }
  if (hasComparator || reading.verb) return true;
  // A bound alone qualifies a noun when one follows (`60 万吨/年以下煤矿`): a target only as a predicate.
  if (kind === 'standard') return false;
  if (kind === 'area') return around.goalAfter === true;
  if (reading.bound) return around.closesClause || around.goalAfter === true;
  if (kind === 'percent' || kind === 'money') return true;
  return kind === 'count' && ((around.closesClause && around.hasSubject) || around.goalAfter === true);
}
