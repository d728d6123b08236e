/**
 * Lines that belong to tables and leader lists (领导组名单). Such lines are never
 * joined with their neighbours by the layout stage, and the structure stage groups
 * runs of them into `tables`. Seen in the seed: 59 号 附件 1 (序号 试点领域 责任单位),
 * 65 号 附件 (a county × quota grid), 54/55/59 号 leader lists.
 */

/** A row led by its index with at least two more cells: `1 重大建设项目领域 市发改委`. */
const INDEXED_ROW = /^[0-9０-９]{1,3}\s+[\u4e00-\u9fff][^\s]*\s+[\u4e00-\u9fff]/;
/** A label followed by three or more numbers: `交城 5218 3700 240 618 500 160 0`. */
const LABELLED_NUMBERS = /^[\u4e00-\u9fff、]{1,10}(?:\s+[0-9０-９.]+){3,}$/;
/** Numbers only, three or more: `3000 0 0 0 0 0 3000`. */
const NUMBERS_ONLY = /^[0-9０-９.]+(?:\s+[0-9０-９.]+){2,}$/;
/** A bare row index whose cells follow on the next lines: `10`. */
const BARE_INDEX = /^[0-9０-９]{1,3}$/;
/** A header of short CJK cells: `序号 试点领域 责任单位`, `县别 总任务数`. */
const HEADER_CELLS = /^[\u4e00-\u9fff]{2,8}(?:\s+[\u4e00-\u9fff]{2,8})+$/;

/** Table lines: rows, bare indexes and header rows. */
export const TABLE_LINE_PATTERNS: readonly RegExp[] = [INDEXED_ROW, LABELLED_NUMBERS, NUMBERS_ONLY, BARE_INDEX, HEADER_CELLS];

/** Leader-list labels, possibly letter-spaced: `组 长：`, `副组长：`, `成 员：`, `成员单位：`. */
export const LEADER_LABELS = ['组长', '副组长', '成员', '成员单位', '主任', '副主任', '办公室主任', '秘书长', '联系人', '联系电话'];

/** A line opening with a leader-list label. */
export const LEADER_LABEL_LINE = new RegExp(
  `^(?:${LEADER_LABELS.map((l) => [...l].join('\\s*')).join('|')})\\s*[:：]`,
);
/** The labels' first characters: a line opening with none of them is no `LEADER_LABEL_LINE`. */
export const LEADER_LABEL_FIRST_CHARS = [...new Set(LEADER_LABELS.map((l) => l[0]!))].join('');
/** How the post in a member line ends: 市长, 局长, 主任, 总经理, 书记… */
export const LEADER_POST_ENDINGS = ['长', '主任', '经理', '书记', '委员', '主席', '专员', '秘书', '负责人', '成员'];

/**
 * A member line: a 2–4 character name (perhaps letter-spaced), a space, a post:
 * `李安林 副市长`, `权 威 市政府秘书长、办公室主任`. Not `第一条 为进一步…` (a marker).
 */
export const LEADER_MEMBER_LINE = new RegExp(
  `^(?!第[一二三四五六七八九十百]+[章节条])(?:[\\u4e00-\\u9fff]\\s?){1,3}[\\u4e00-\\u9fff]\\s+[\\u4e00-\\u9fff][\\u4e00-\\u9fff、（）()]{0,30}(?:${LEADER_POST_ENDINGS.join('|')})(?:（兼）)?$`,
);

/**
 * Header words of a task table's columns (任务分解表, 责任清单: `序号 | 主要工作任务 |
 * 责任单位`, 嘉政办发〔2023〕7号). A table is a task table when one column names the task
 * and another names who is responsible (a clause label: 责任单位, 牵头单位, 配合单位…);
 * a column of areas or fields (`试点领域`) is no task. Compared with whitespace removed.
 */
export const TASK_COLUMN_WORDS: readonly string[] = ['任务', '工作内容', '重点工作', '主要工作', '工作事项', '具体措施', '工作措施', '措施', '事项', '目标'];

/** Header words of a task table's deadline column (`完成时限`). */
export const DEADLINE_COLUMN_WORDS: readonly string[] = ['完成时限', '完成时间', '时间节点', '时限', '进度安排', '时间安排', '完成期限'];

/** Header words of a column of row numbers. */
export const INDEX_COLUMN_WORDS: readonly string[] = ['序号', '编号', '序'];

/** Column separators of a table row printed as text (`1 | 地区生产总值增长6%左右。 | 市发展改革委 |`). */
export const CELL_SEPARATORS: readonly string[] = ['|', '｜'];
