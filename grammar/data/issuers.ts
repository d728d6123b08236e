/**
 * What an issuing organ's name looks like (发文机关): a place or body followed by one of
 * these endings. Used to recognise the issuer line above a notice's title and in its
 * signature. Extend for other issuers (e.g. 厅, 委员会办公室).
 */
export const ISSUER_ENDINGS = [
  '人民政府办公室',
  '人民政府办公厅',
  '人民政府',
  '办公室',
  '办公厅',
  '委员会',
  '领导小组',
] as const;

/** An issuer name is short: longer lines are sentences that happen to end in 办公室. */
export const ISSUER_MAX_LENGTH = 24;

/** Whole-line issuer pattern (whitespace already removed). */
export const ISSUER_LINE = new RegExp(`^[\\u4e00-\\u9fff（）]{2,${ISSUER_MAX_LENGTH}}(?:${ISSUER_ENDINGS.join('|')})$`);

/** The kinds of instrument a notice encloses (印发…方案/办法/安排…): a title ends with one. */
export const INSTRUMENT_GENRES = [
  '实施方案', '方案', '实施办法', '办法', '安排', '措施', '规划', '意见', '实施意见', '规定',
  '细则', '实施细则', '计划', '行动计划', '名单', '制度', '规则', '要点', '标准', '清单',
  '指南', '章程', '条例', '决定', '通告', '预案', '分工表', '分解表', '目录', '导则',
] as const;

/** The document genre is the last word of the title: 通知, 意见, 通告, 决定, 批复… */
export const DOCUMENT_GENRES = [
  '通知', '意见', '通告', '公告', '决定', '批复', '报告', '请示', '函', '命令', '令', '议案',
  '决议', '公报', '纪要',
] as const;

/**
 * Disclosure notes (公开属性) as printed inside their brackets. The seed prints only
 * 此件公开发布; the others are the wordings other gazettes use (GB/T 9704 leaves it free).
 */
export const DISCLOSURE_VALUES = [
  '此件公开发布', '此件主动公开', '此件依申请公开', '此件删减后公开', '此件不予公开', '此件不公开',
] as const;
