/**
 * The shapes of a notice's head and signature, as data: what an organ's name ends with,
 * what a masthead (发文机关标志) and a signatory line look like, the genre words a title
 * ends with, the disclosure and closing notes. Shapes, not names: any issuer's
 * `…人民政府办公室`, `…委员会`, `…局` or `国务院` reads as an organ, whatever its place.
 * Every pattern reads text folded to simplified characters (`foldTraditional`) with its
 * white space removed, unless it says otherwise.
 */

/**
 * Endings of an organ's name (GONGWEN.md: 部 委 委员会 局 厅 办 办公室 署 院 行 会 中心 站 所 队
 * 支队 政府 管委会 指挥部 集团 公司…), longest first where one ends another.
 */
export const ORGAN_ENDINGS = [
  '人民政府办公室', '人民政府办公厅', '人民政府', '政府', '办公室', '办公厅', '委员会', '管委会', '领导小组',
  '工作组', '专家组', '小组', '指挥部', '办事处', '中心', '党委', '总局', '分局', '总署', '支队', '大队', '集团',
  '公司', '银行', '院', '部', '委', '署', '局', '厅', '办', '会', '室', '处', '所', '站', '社', '组',
] as const;

/** The longest organ line read as an issuer: joint signatures print two or three names on one line. */
export const ISSUER_MAX_LENGTH = 60;

const CJK = '\\u4e00-\\u9fff\\u3400-\\u4dbf';

/** One organ's name (white space removed): CJK characters ending in an organ ending. */
export const ORGAN_NAME = new RegExp(`^[${CJK}（）()]{1,${ISSUER_MAX_LENGTH}}(?:${ORGAN_ENDINGS.join('|')})$`);

/**
 * An issuer line: one organ's name, or several printed side by side (`市交通委      市公安局`)
 * or run together (`黄浦区发展和改革委员会黄浦区建设和管理委员会`, one name to the pattern).
 * Each piece between spaces must be an organ's name. A function, not one pattern: a repeated
 * group of names would backtrack exponentially on a long line of organ-ending characters.
 */
export function isIssuerLine(text: string): boolean {
  const pieces = text.trim().split(/[\s\u3000]+/);
  let length = 0;
  for (const piece of pieces) {
    length += piece.length;
    if (!ORGAN_NAME.test(piece)) return false;
  }
  return length <= ISSUER_MAX_LENGTH;
}

/**
 * A masthead (发文机关标志): an organ's name + 文件 (`XX市人民政府文件`, `中共XX委办公室 XX人民
 * 政府办公室文件`), or a decree's `中华人民共和国国务院令`, `XX市人民政府令`.
 */
export const MASTHEAD_LINE = new RegExp(`^[${CJK}（）()\\s\\u3000]{1,${ISSUER_MAX_LENGTH}}(?:${ORGAN_ENDINGS.join('|')})(?:文件|令)$`);

/** What a masthead adds to the organ's name (stripped to give the issuer). */
export const MASTHEAD_ENDING = /(?:文件|令)$/;

/**
 * The titles of a person who signs a decree or a letter (`总理　李克强`, `市长 张三`): a
 * signatory line is one of these, white space, and a name of two to four characters.
 */
export const SIGNATORY_TITLES = [
  '总理', '副总理', '国务委员', '主席', '省长', '副省长', '市长', '副市长', '区长', '副区长', '县长', '副县长', '州长', '镇长',
  '乡长', '主任', '局长', '厅长', '部长', '署长', '院长', '书记', '组长', '会长',
] as const;

/** A signatory line (see `SIGNATORY_TITLES`), read with its white space. */
export const SIGNATORY_LINE = new RegExp(`^(?:${SIGNATORY_TITLES.join('|')})[\\s\\u3000]+[${CJK}·]{2,4}$`);

/** Words that join an issuing organ to the matter in a title: `国务院关于…`, `…办公室转发…`. */
export const TITLE_ISSUER_JOINS = ['关于', '转发', '印发', '批转', '颁布', '公布'] as const;

/** The kinds of instrument a notice encloses (印发…方案/办法/安排…): a title ends with one. */
export const INSTRUMENT_GENRES = [
  '实施方案', '方案', '实施办法', '办法', '安排', '措施', '规划', '意见', '实施意见', '规定',
  '细则', '实施细则', '计划', '行动计划', '名单', '制度', '规则', '要点', '标准', '清单',
  '指南', '章程', '条例', '决定', '通告', '预案', '分工表', '分解表', '目录', '导则',
  '纲要', '规程', '准则', '守则', '指引', '任务书', '报告', '意见书', '说明',
] as const;

/** The document genre is the last word of the title: 通知, 意见, 通告, 决定, 批复… (复函 is a 函). */
export const DOCUMENT_GENRES = [
  '通知', '意见', '通告', '公告', '决定', '批复', '报告', '请示', '函', '命令', '令', '议案',
  '决议', '公报', '纪要', '通报',
] as const;

/** Every word a title may end with: a document's genre or the kind of the instrument it carries. */
export const TITLE_GENRES: readonly string[] = [...new Set<string>([...DOCUMENT_GENRES, ...INSTRUMENT_GENRES])];

/**
 * What may follow a title's genre word: closing quotes and brackets, and a status in
 * brackets (`…管理办法（试行）`).
 */
export const TITLE_TRAILER = /(?:[（(](?:试行|暂行|修订|修订稿|草案|征求意见稿)[）)])?[”"」』》）)]*$/;

/**
 * Disclosure notes (公开属性) as printed inside their brackets. GB/T 9704 leaves the wording
 * free; these are the usual ones.
 */
export const DISCLOSURE_VALUES = [
  '此件公开发布', '此件主动公开', '此件依申请公开', '此件删减后公开', '此件不予公开', '此件不公开',
] as const;

/**
 * Other notes (附注) printed after a signature, in brackets: an editor's note that the
 * published text is abridged, a contact line. They close a document like the disclosure
 * note but are not its 公开属性.
 */
export const CLOSING_NOTE_OPENINGS = ['本文有删减', '此文有删减', '本件有删减', '联系人', '联系单位', '联系电话'] as const;
