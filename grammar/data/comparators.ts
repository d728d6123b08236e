/**
 * The words of quantitative targets, as data: comparator words and the comparison they
 * mean, the bounds printed after a number (`以上`, `以下`), and the verbs and function words
 * that tell where a target's metric is printed. The phrase lexer builds tokens from the
 * word lists; the target visitor reads their meaning from here.
 */

/** A comparison as the output model writes it. */
export type Comparison = '>=' | '<=' | '=' | '>' | '<';

/**
 * Comparator words before a number, and what they mean. `只` (只开设一个 = no more than one)
 * is a cap. Matching is longest first, so `不低于` is never read as `低于`.
 */
export const COMPARATOR_WORDS: Readonly<Record<string, Comparison>> = {
  不得少于: '>=',
  不少于: '>=',
  不得低于: '>=',
  不低于: '>=',
  不小于: '>=',
  至少: '>=',
  达到: '>=',
  达: '>=',
  '≥': '>=',
  '⩾': '>=',
  不得超过: '<=',
  不超过: '<=',
  不得高于: '<=',
  不高于: '<=',
  不大于: '<=',
  不多于: '<=',
  最多: '<=',
  至多: '<=',
  控制在: '<=',
  只: '<=',
  '≤': '<=',
  '⩽': '<=',
  超过: '>',
  高于: '>',
  大于: '>',
  多于: '>',
  低于: '<',
  少于: '<',
  小于: '<',
};

/** Comparator words written as symbols: a bare number after them is a target. */
export const COMPARATOR_SYMBOLS = ['≥', '⩾', '≤', '⩽'] as const;

/** Bounds printed after the number: `90%以上`, `60 万吨/年以下`. */
export const BOUND_WORDS: Readonly<Record<string, Comparison>> = {
  及以上: '>=',
  以上: '>=',
  及以下: '<=',
  以下: '<=',
  以内: '<=',
};

/**
 * Verbs whose object is the thing counted: `配备 2 名以上理论课教师`, `选定 1-5 个乡镇`,
 * `淘汰现存的 10 种高毒农药`, `拿出 1000 万元`. The metric is the noun printed after the
 * number (null when none is printed), never the subject before the verb.
 */
export const QUOTA_VERBS = [
  '配备',
  '组织',
  '开设',
  '选定',
  '淘汰',
  '拿出',
  '建成',
  '新建',
  '新增',
  '招录',
  '培育',
  '打造',
  '投入',
  '举办',
  '创建',
] as const;

/**
 * Verbs of change whose subject is the metric: `审批时限压缩三分之一`. A bare amount (`=`).
 */
export const CHANGE_VERBS = ['压缩', '减少', '降低', '缩短', '提高', '增长', '下降'] as const;

/**
 * Words stripped from the front of a metric: scope (`各级各部门`), purpose (`确保`), place
 * (`在`) and the label before a list (`其中`). Tried repeatedly, longest first.
 */
export const METRIC_LEADING_WORDS = [
  '各县（市、区）',
  '各县(市、区)',
  '各级各部门',
  '市直各部门',
  '各有关部门',
  '各级',
  '各部门',
  '全市',
  '其中',
  '确保',
  '力争',
  '全年',
  '累计',
  '共',
  '在',
  '按照',
  '根据',
  '以及',
  '并且',
  '请',
  '使',
] as const;

/**
 * Adverbs that mark the next word as a verb: after them a verb of `METRIC_LEAD_VERBS` is
 * stripped too (`共培训建档立卡农村劳动力` → `建档立卡农村劳动力`, `全年完成对日劳务输出` →
 * `对日劳务输出`), while a bare `培训任务` keeps its 培训.
 */
export const VERB_MARKING_ADVERBS = ['全年', '累计', '力争', '确保', '共'] as const;

/** Verbs stripped after one of `VERB_MARKING_ADVERBS`. */
export const METRIC_LEAD_VERBS = ['培训', '完成', '实现', '建成', '输出', '新增', '达到'] as const;

/** Modal words and adverbs stripped from the end of a metric (`专职教师一般` → `专职教师`). */
export const METRIC_TRAILING_WORDS = ['原则上', '共计', '基本', '一般', '应当', '必须', '要求', '需要', '全部', '完成', '均', '于', '应', '要', '须', '需', '都', '将', '占'] as const;

/**
 * Words that end the counted noun after a number (`1-5 个乡镇、街道或县直部门作为县级示范`):
 * function words and verbs that start a new predicate.
 */
export const COUNTED_NOUN_STOPS = ['作为', '进行', '予以', '根据', '按照', '用于', '参加', '开展', '并', '的', '以', '给', '对', '由', '为', '和各'] as const;

/** A metric longer than this is a clause, not a noun phrase: only its head after the last 的 is kept, if any. */
export const MAX_METRIC_LENGTH = 32;

/**
 * Strict comparisons state a condition a noun must meet more often than a goal: inside a
 * clause that goes on, the amount is a condition (`装配率超过 50%且只有少量潜在投标人可供选择的
 * 装配式建筑项目`, 66 号 17311; `严禁新批新建…总坝高超过 200 米以及…的尾矿库`, 58 号 7366);
 * a target only when it closes its clause (`增速超过 10%。`).
 */
export const CONDITION_COMPARATORS: readonly string[] = ['超过', '高于', '大于', '多于', '低于', '少于', '小于'];

/**
 * Words earlier in a clause that make its amounts the bounds of a place, not goals: `在距离
 * 黄河干流岸线 3 公里、重要支流岸线 1 公里范围内` (58 号 7366), `东距巴东县城18公里`.
 */
export const SCOPE_WORDS: readonly string[] = ['距离', '距'];

/** Words holding a scope word that are no scope: `差距` (a gap) is no distance. */
export const NOT_SCOPE_WORDS: readonly string[] = ['差距'];

/**
 * Signs of a formula before an amount: `出院患者手术台次数/同期出院患者总人次数×100%`
 * (国办发〔2019〕4号's indicator table) computes a rate, it sets none.
 */
export const FORMULA_SIGNS: readonly string[] = ['×', '*', '＊', '÷', '/', '／', '=', '＝'];

/**
 * Verbs of a goal reached by what an amount sizes: `到2025年底，50平方公里以上建设用地面积达到
 * 海绵城市建设目标要求` (嘉府办发〔2024〕23号). An amount whose clause goes on to one of them,
 * with no amount after it, is a target though a noun follows it.
 */
export const GOAL_VERBS: readonly string[] = ['达到', '实现'];
