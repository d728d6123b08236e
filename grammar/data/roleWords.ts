/**
 * The words of a responsibility clause other than agency names, as data: the labels
 * that open a clause (`责任单位：`), the role words that close each group of agencies
 * (`牵头`, `配合`, `按职责分工负责`…) and the `等` tails that end an open list.
 *
 * A domain reader can extend these tables without touching the clause grammar
 * (`grammar/clause/`), which builds its tokens from them.
 */

/** How a role word relates its agencies to the task (see MODEL.md, Responsibility). */
export interface RoleWord {
  /** As printed. */
  word: string;
  /** The agencies lead the task (`lead`). */
  leads: boolean;
  /** The agencies assist (`support` wherever they stand). */
  assists: boolean;
  /** Shared duty: after a lead group these agencies are `support` (按职责分工负责 / 分别负责). */
  shares: boolean;
}

const role = (word: string, kind: 'lead' | 'assist' | 'share' | 'own' = 'own'): RoleWord => ({
  word,
  leads: kind === 'lead',
  assists: kind === 'assist',
  shares: kind === 'share',
});

/**
 * Every role word the seed prints (fixtures/seed/input.txt), plus a few plain variants.
 * The lexer matches the longest first, so `牵头负责` is one role, not `牵头` + `负责`.
 */
export const ROLE_WORDS: readonly RoleWord[] = [
  // 50 号 (line 58 …) and 58 号 instrument (1950 …): the usual shared duty.
  role('按职责分工负责', 'share'),
  // 58 号 instrument 3069, 3091, 3106, 3140, 3160; 附件6 8580.
  role('按照职责分工负责', 'share'),
  // 58 号 附件2 4573: 各行业主管部门根据职责分工负责.
  role('根据职责分工负责', 'share'),
  // 58 号 附件7 9891, 9909: 市交通局、吕梁公路分局分工负责.
  role('分工负责', 'share'),
  // 64 号 15836 … : 按职责分别负责; 16060 and 16415 print 按照职责分别负责.
  role('按职责分别负责', 'share'),
  role('按照职责分别负责', 'share'),
  role('根据职责分别负责', 'share'),
  role('分别负责', 'share'),
  // 64 号 15806: 市发展改革委、人行吕梁中心支行牵头，各部门配合; 15989/16264: 牵头负责.
  role('牵头负责', 'lead'),
  // `市人力社保局、市农业农村局分别牵头`: each leads its own share of the task.
  role('分别牵头', 'lead'),
  role('牵头', 'lead'),
  role('配合', 'assist'),
  role('协助', 'assist'),
  // `（A牵头，B、C参与）` (GONGWEN.md, clause forms).
  role('参与', 'assist'),
  role('参加', 'assist'),
  // `（A会同B负责）`: the group before 会同 leads, the one after it joins (see `JOINING_ROLES`).
  role('会同', 'lead'),
  // 58 号 instrument 2049 …: 各行业主管部门督促指导, 各企业具体落实; 附件2 4392: …等部门按职责督促指导.
  role('按职责督促指导', 'own'),
  role('按照职责督促指导', 'own'),
  role('督促指导', 'own'),
  role('具体落实', 'own'),
  // 64 号 15889: 各行业协会商会具体负责; 58 号 附件12 13044: 交城县政府负责落实.
  role('具体负责', 'own'),
  role('负责落实', 'own'),
  role('共同负责', 'own'),
  // 50 号 127: 市行政审批局负责.
  role('负责', 'own'),
];

/**
 * Role words printed between two groups with no separator, that make the group after them
 * support: `（A会同B负责）`, where A leads and B joins.
 */
export const JOINING_ROLES: readonly string[] = ['会同'];

/**
 * Labels that open a clause or one of its segments, with the standing they give the
 * agencies after them: `（责任单位：…）` (58 号 instrument 1950 …), `（责任部门:…）`
 * (58 号 instrument 3160–3214), `（负责部门：…；适用范围：…）` (国发〔2018〕38号),
 * `(牵头单位：…;配合单位：…)` (沪奉府办发〔2021〕18号). 责任单位 and its kin give no
 * standing (`own`): the role words inside the segment decide.
 */
export const CLAUSE_LABEL_WORDS: readonly RoleWord[] = [
  role('责任单位'),
  role('责任部门'),
  role('负责单位'),
  role('负责部门'),
  role('责任主体'),
  role('牵头单位', 'lead'),
  role('牵头部门', 'lead'),
  role('配合单位', 'assist'),
  role('配合部门', 'assist'),
  role('协办单位', 'assist'),
  role('参与单位', 'assist'),
];

/** The clause labels as printed. */
export const CLAUSE_LABELS: readonly string[] = CLAUSE_LABEL_WORDS.map((l) => l.word);

/** The role words and the labels that carry a standing, by their printed form. */
export const ROLE_BY_WORD: ReadonlyMap<string, RoleWord> = new Map([...ROLE_WORDS, ...CLAUSE_LABEL_WORDS].map((r) => [r.word, r]));

/**
 * Labels of a clause's second sentence, which says something other than who: `；适用范围：…`
 * (国发〔2018〕38号: where the measure applies), `。时间节点：2025年3月` (沪交法〔2025〕175号:
 * by when). The clause's agencies end before them; the text keeps them.
 */
export const ANNEX_LABELS: readonly string[] = ['适用范围', '时间节点', '完成时限', '完成时间', '时间要求', '时限要求', '备注'];

/**
 * Notes that may close a clause after its agencies and say nothing of who: `（责任单位：市教育局，
 * 下同）` (the same agencies for the tasks below). The agencies end before them; the text
 * keeps them.
 */
export const CLOSING_NOTES: readonly string[] = ['下同'];

/**
 * How a clause's closing time segment opens when it has no label: `（A牵头，B配合，2023年12月
 * 底前完成）`, `（A负责，长期坚持）`. A year (Arabic or Chinese numerals) is read by the
 * pattern below; these are the words. The clause's agencies end before the segment, the
 * text keeps it, and the date finder reads its deadline as in any sentence.
 */
export const TIME_SEGMENT_OPENINGS: readonly string[] = ['长期', '持续', '每年', '每半年', '每季度', '每月', '年底前', '年内', '当年'];

/**
 * The standing rule a document states once, in its first clause or in prose: the agency
 * listed first in every clause from here on leads (`，排在第一位的部门为牵头部门，下同`,
 * 国发〔2019〕3号; `列第一位者为牵头单位，下同`). Regex sources over text with
 * whitespace removed; the clause's agencies end before the rule.
 */
export const LEAD_FIRST_RULES: readonly string[] = [
  '(?:排在|排|列在|列)(?:第一位|首位|第一)(?:的)?(?:部门|单位|者)?(?:为|是)牵头(?:或[\u4e00-\u9fff]{1,4})?(?:部门|单位)(?:[，,]?下同)?',
];

/**
 * Tails that close an open list and are dropped from the agencies: `等`, `等部门`
 * (64 号 15854 …), `等单位`, and `等负有…职责(的)部门` (58 号 instrument 2196:
 * `市应急管理局等负有危化品监管职责部门按职责分工负责`). Regex sources, longest first;
 * a tail counts only where a role word, a separator or the clause end follows it, so
 * `等` inside a name (`中等职业学校`) is not one.
 */
export const LIST_TAILS: readonly string[] = [
  '等负有[\\u4e00-\\u9fff]{1,16}?职责的?部门',
  '等有关部门',
  '等相关部门',
  '等有关单位',
  '等相关单位',
  '等部门',
  '等单位',
  '等',
];
