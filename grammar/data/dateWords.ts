/**
 * The words of date and deadline phrases, as data: what marks a deadline, a start, a
 * range, a period or a yearly recurrence. The phrase lexer builds its tokens from these
 * lists (longest first), and the date visitor reads their meaning from here, so a domain
 * person can extend them without touching the grammar.
 */

/** `…前`, `…以前`, `…之前`: the date is a deadline (kind `by`). */
export const DEADLINE_SUFFIXES = ['以前', '之前', '前'] as const;

/** `到 2022 年底`, `截止 2021 年 12 月 31 日`: a word before the date that makes it a deadline. */
export const DEADLINE_PREFIXES = ['截止到', '截止至', '截止', '截至', '到'] as const;

/** `自…`, `从…`: a word before the date that makes it a start (kind `from`). */
export const START_PREFIXES = ['自', '从'] as const;

/** `…起`, `…开始`: a word after the date that makes it a start. */
export const START_SUFFIXES = ['开始', '起'] as const;

/** `2012 年以来`: since the date (kind `from`). */
export const SINCE_SUFFIXES = ['以来'] as const;

/**
 * Between the two ends of a range: `至`, the dashes OCR leaves (— – － - ～ ~). `到` also
 * joins a range (`从 2020 年 6 月到 2022 年 12 月`) but is its own token: alone it is a deadline.
 */
export const RANGE_CONNECTORS = ['至', '——', '—', '–', '－', '-', '～', '~', '―'] as const;

/** `…结束`, `…止`: closes a range (`2020 年 6 月开始至 2022 年 12 月结束`). */
export const RANGE_CLOSERS = ['结束', '止'] as const;

/**
 * `底`, `末`: the last day of the month or year before it (`11 月底` → the 30th, `2035年末`);
 * `期末` after a plan period (`至“十四五”期末`).
 */
export const END_OF_PERIOD = ['期末', '底', '末'] as const;

/** `每年 11 月 30 日前`: a yearly recurring date (written `--MM-DD`). */
export const YEARLY = '每年';

/**
 * `自印发之日起`: verbs whose `之日` is the document's own date. Other `…之日` (营业之日) are
 * events with no date.
 */
export const PUBLICATION_VERBS = ['印发', '发布', '公布', '颁布', '发文', '签发', '施行', '实施'] as const;

/** Half years and their months (kind `period`). */
export const HALF_YEARS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
};

/** `第三季度`, `四季度`: the quarter word; quarter n covers months 3n-2 … 3n. */
export const QUARTER = '季度';

/**
 * A relative deadline the issue names: `年内` (within the year) ends on the last day of the
 * document's year. Other relative words (`本年度`, `下年度`, `今年`, `当年`, `全年`) are not dates:
 * the hand-read lists exclude them.
 */
export const WITHIN_YEAR = '年内';

/** `次年 1 月 15 日` after a yearly date: the following year, so still yearly. */
export const NEXT_YEAR = '次年';

/**
 * Years a gazette can mean. A number outside (`5 年内`, `20 年以上`) is a duration, not a
 * year; so is any year not printed with four digits (`三年`).
 */
export const YEAR_RANGE = { min: 1900, max: 2099 } as const;

/**
 * A limit counted from an event or a goal's horizon (`自受理申请之日起20日内`, 国务院令第706号;
 * `争取三年内实现…`, 国办发〔2019〕6号) counts only after one of these words, printed right
 * before it: otherwise `N日内`, `N年内` is a duration (`按照国家 5 年内分期分批`, `事故结案一年内
 * 整改`, `五年内免征`, a benefit period).
 */
export const LIMIT_OPENERS = ['之日起', '日起', '争取', '力争', '确保'] as const;

/** `内` after a duration (`30日内`): a limit. `以内` is read as the targets' bound. */
export const WITHIN = '内';

/** `最迟不超过4个小时` (国办函〔2005〕57号): a limit by itself. */
export const LATEST = ['最迟', '最晚'] as const;

/** `每季度最后一个月的30日前` (蔡政办〔2023〕1号), `每季度末`: a quarterly recurring date. */
export const QUARTERLY = ['每季度', '每季'] as const;

/** `最后一个月` inside a quarterly date. */
export const LAST_MONTH = ['最后一个月', '最后1个月'] as const;

/**
 * Five-year plans by their printed name in quotes (`“十四五”`): the 6th plan ran 1981–1985
 * and every plan since covers the next five years. `十四五` → 14th → 2021–2025.
 */
export const FIVE_YEAR_PLANS = { first: 6, firstEnd: 1985 } as const;

/** Durations of a relative limit, as ISO 8601 duration designators (`P30D`, `P3Y`, `PT4H`). */
export const DURATION_DESIGNATORS: Readonly<Record<string, string>> = {
  日: 'D',
  天: 'D',
  个工作日: 'D',
  工作日: 'D',
  周: 'W',
  个月: 'M',
  月: 'M',
  年: 'Y',
  小时: 'H',
  个小时: 'H',
};

/** OCR's stand-ins for 〇 inside Chinese-numeral years (`二○二○年`). */
export const ZERO_VARIANTS = ['○', '◯'] as const;

/**
 * How the zero of a year in Chinese numerals is printed in a whole date (a signature's
 * 成文日期): `〇`, `零`, OCR's circles, and the letter O that web pages and typists put in
 * its place (`二OO三年十二月四日`, `二ＯＯ四年`). Only read in a whole date, where the
 * month and day in Chinese numerals follow: a letter O in running text is no zero.
 */
export const DATE_YEAR_ZEROS = `〇零${ZERO_VARIANTS.join('')}ＯO`;
