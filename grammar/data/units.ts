/**
 * Units printed after a number, as data. The phrase lexer only reads a unit right after a
 * number (so 人 in 人民政府 is plain text). Target units make a quantity; duration units
 * are read too, so that `3 个月` is never taken for `3 个`, and then rejected: a duration
 * is not a target. Grades (`三级以上`) have no unit here and so are never targets — which
 * also avoids the inverted comparison of a grade where 1 is the highest.
 */

/** Percent signs: a bare percentage is always a target (`分值权重 4%`). */
export const PERCENT_UNITS = ['%', '％', '‰'] as const;

/** Money: a bare amount is a target (`拿出 1000 万元`). */
export const MONEY_UNITS = ['万亿元', '亿元', '万元', '元'] as const;

/** Counts and measures. A bare count is a target only as the predicate of its clause. */
export const COUNT_UNITS = [
  '批次/千人',
  '万吨/年',
  '万平方米',
  '平方米',
  '万人次',
  '人次',
  '万人',
  '万户',
  '万亩',
  '万吨',
  '公里',
  '千米',
  '学时',
  '课时',
  '批次',
  '人',
  '名',
  '种',
  '个',
  '次',
  '座',
  '所',
  '家',
  '户',
  '项',
  '批',
  '台',
  '辆',
  '套',
  '处',
  '亩',
  '吨',
  '米',
  '件',
  '场',
  '期',
  '支',
] as const;

/**
 * Areas of land: a target only after a comparator or a verb, or sizing what must reach a
 * goal (`面积达50公顷`, `52.12平方公里达到…要求`, 嘉府办发〔2024〕23号); a bare area
 * (`马鬃山村面积10.92平方公里`) describes a place.
 */
export const AREA_UNITS = ['平方公里', '万公顷', '公顷'] as const;

/**
 * Standards a measure reaches (`排水能力达到3-5年一遇`, 嘉府办发〔2024〕23号): a target after
 * a comparator, never a bare amount (`100年一遇洪水标准` names a standard).
 */
export const STANDARD_UNITS = ['年一遇'] as const;

/**
 * A half, written in words: `一半以上`, `超过一半` (国发〔2019〕4号), read as 50 %.
 */
export const HALF_WORDS = ['一半', '半数'] as const;

/** Durations: read so they are not mistaken for counts, never targets (`7 天`, `3 个月`). */
export const DURATION_UNITS = ['个工作日', '个小时', '工作日', '个月', '小时', '分钟', '周岁', '天', '周', '秒'] as const;

/**
 * Names with a number and a unit inside, never amounts: `提高五人小组履职尽责能力` (58 号
 * 2380, 7051; the mine-safety 五人小组), and other set phrases of government text.
 */
export const NUMBERED_NAMES: readonly string[] = ['五人小组', '一岗双责', '一次性', '两个责任', '四不两直'];

/** Every unit the lexer reads, longest first (so `万人` wins over `万`, `个月` over `个`). */
export const ALL_UNITS: readonly string[] = [...PERCENT_UNITS, ...MONEY_UNITS, ...COUNT_UNITS, ...AREA_UNITS, ...STANDARD_UNITS, ...DURATION_UNITS].sort(
  (a, b) => b.length - a.length,
);

/** What kind of unit a printed unit is. */
export function unitKind(unit: string): 'percent' | 'money' | 'count' | 'area' | 'standard' | 'duration' | null {
  const u = unit.replace(/\s+/g, '');
  if ((AREA_UNITS as readonly string[]).includes(u)) return 'area';
  if ((STANDARD_UNITS as readonly string[]).includes(u)) return 'standard';
  if ((PERCENT_UNITS as readonly string[]).includes(u)) return 'percent';
  if ((MONEY_UNITS as readonly string[]).includes(u)) return 'money';
  if ((COUNT_UNITS as readonly string[]).includes(u)) return 'count';
  if ((DURATION_UNITS as readonly string[]).includes(u)) return 'duration';
  return null;
}
