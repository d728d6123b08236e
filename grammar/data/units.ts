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
export const MONEY_UNITS = ['亿元', '万元', '元'] as const;

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

/** Durations: read so they are not mistaken for counts, never targets (`7 天`, `3 个月`). */
export const DURATION_UNITS = ['个工作日', '个小时', '工作日', '个月', '小时', '分钟', '周岁', '天', '周', '秒'] as const;

/**
 * Names with a number and a unit inside, never amounts: `提高五人小组履职尽责能力` (58 号
 * 2380, 7051; the mine-safety 五人小组), and other set phrases of government text.
 */
export const NUMBERED_NAMES: readonly string[] = ['五人小组', '一岗双责', '一次性', '两个责任', '四不两直'];

/** Every unit the lexer reads, longest first (so `万人` wins over `万`, `个月` over `个`). */
export const ALL_UNITS: readonly string[] = [...PERCENT_UNITS, ...MONEY_UNITS, ...COUNT_UNITS, ...DURATION_UNITS].sort(
  (a, b) => b.length - a.length,
);

/** What kind of unit a printed unit is. */
export function unitKind(unit: string): 'percent' | 'money' | 'count' | 'duration' | null {
  const u = unit.replace(/\s+/g, '');
  if ((PERCENT_UNITS as readonly string[]).includes(u)) return 'percent';
  if ((MONEY_UNITS as readonly string[]).includes(u)) return 'money';
  if ((COUNT_UNITS as readonly string[]).includes(u)) return 'count';
  if ((DURATION_UNITS as readonly string[]).includes(u)) return 'duration';
  return null;
}
