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

/** `底`: the last day of the month or year before it (`11 月底` → the 30th). */
export const END_OF_PERIOD = '底';

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

/** OCR's stand-ins for 〇 inside Chinese-numeral years (`二○二○年`). */
export const ZERO_VARIANTS = ['○', '◯'] as const;
