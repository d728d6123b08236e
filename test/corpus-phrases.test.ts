/**
 * Issue 12: responsibility clauses, deadlines and targets in other issuers' wording — real
 * paragraphs of the development corpus (fixtures/corpus-phrases/excerpts.tsv: State Council,
 * Shanghai and local task breakdowns), one test per form, and the forms no corpus text
 * prints, invented (fixtures/invented-clause-forms, fixtures/invented-task-table-md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tasksTable } from '../src/emit/tables.js';
import { parseMarkdown } from '../src/input/markdown.js';
import type { Block } from '../src/layout/paragraphs.js';
import type { DatePhrase, Responsibility, Target } from '../src/model.js';
import { findPhrases, newDocumentState, type DocumentPhraseState, type PhraseFindings } from '../src/phrases/index.js';
import { fixturePath } from './helpers/seed.js';
import { readTsv, squash } from './helpers/tsv.js';

const EXCERPTS = new Map(readTsv('corpus-phrases/excerpts.tsv').map((r) => [r['id']!, r]));

/** One excerpt as the paragraph of its source line (column 1 = its first character). */
function excerpt(id: string): Block {
  const row = EXCERPTS.get(id);
  if (!row) throw new Error(`no excerpt ${id}`);
  const line = Number(row['line']);
  return { text: row['text']!, startLine: line, endLine: line, segments: [{ offset: 0, line, column: 1 }], region: 'main', short: false };
}

/** The phrases of excerpts read in order as paragraphs of one document (its date: 2020-01-01 unless given). */
function read(ids: readonly string[], documentDate: string | null = '2020-01-01', document: DocumentPhraseState = newDocumentState()): PhraseFindings[] {
  return ids.map((id) => findPhrases({ block: excerpt(id), sectionPath: [], documentDate, diagnostics: [], document }));
}

const clauses = (id: string): Responsibility[] => read([id])[0]!.responsibilities;
const dates = (id: string, documentDate?: string | null): DatePhrase[] => read([id], documentDate)[0]!.dates;
const targets = (id: string): Target[] => read([id])[0]!.targets;
const who = (r: Responsibility) => [r.agencies, r.lead, r.support];

describe('responsibility clauses of other issuers (fixtures/corpus-phrases)', () => {
  it('reads central departments printed without a scope (税务总局、财政部、海关总署负责, 国发〔2019〕3号)', () => {
    const [r] = clauses('lead-next');
    expect([r!.agencies, r!.canonical, r!.mode, r!.column]).toEqual([['海关总署', '财政部', '税务总局'], ['海关总署', '财政部', '国家税务总局'], '负责', 75]);
  });

  it('takes the first agency for the lead from the clause that says so to the end of the document (排在第一位的部门为牵头部门，下同)', () => {
    const [first, next] = read(['lead-rule', 'lead-next']).map((f) => f.responsibilities[0]!);
    expect(squash(first!.text)).toBe('税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同');
    expect(who(first!)).toEqual([['税务总局', '财政部', '海关总署'], ['税务总局'], ['财政部', '海关总署']]);
    expect(who(next!)).toEqual([['海关总署', '财政部', '税务总局'], ['海关总署'], ['财政部', '税务总局']]);
    // Without the rule, a bare 负责 names no lead.
    expect(who(clauses('lead-next')[0]!)).toEqual([['海关总署', '财政部', '税务总局'], null, null]);
  });

  it('drops an 等有关部门 tail (商务部、海关总署等有关部门负责)', () => {
    expect(clauses('central-tail').map((r) => r.agencies)).toEqual([['商务部', '海关总署']]);
  });

  it('ends a labelled clause’s agencies at its second sentence: ；适用范围：… and ，适用范围：… (国发〔2018〕38号)', () => {
    const [semicolon] = clauses('scope-semicolon');
    expect([semicolon!.agencies, semicolon!.mode, semicolon!.closed]).toEqual([['人力资源社会保障部', '住房城乡建设部', '商务部'], '负责部门', true]);
    expect(squash(semicolon!.text)).toMatch(/^负责部门：.*；适用范围：所有自贸试验区，.*适用范围均为所有自贸试验区$/);
    expect(clauses('scope-comma').map((r) => r.agencies)).toEqual([['海关总署']]);
    expect(clauses('scope-etc').map((r) => r.agencies)).toEqual([['人民银行']]); // 人民银行等部门
  });

  it('finds each clause run into a paragraph at its own bracket (国办发〔2018〕121号 （十）)', () => {
    expect(clauses('mid-paragraph').map((r) => [r.agencies.join('、'), r.column])).toEqual([
      ['市场监管总局', 40],
      ['体育总局、教育部', 125],
      ['体育总局、网信办、科技部、工业和信息化部', 235],
    ]);
  });

  it('reads 牵头单位：…;配合单位：… with half-width punctuation: lead and support from the labels (沪奉府办发〔2021〕18号)', () => {
    const [r] = clauses('lead-support-half');
    expect(who(r!)).toEqual([['区绿化市容局', '区规划资源局', '区水务局', '区交通委', '各街镇', '开发区'], ['区绿化市容局'], ['区规划资源局', '区水务局', '区交通委', '各街镇', '开发区']]);
    expect([r!.mode, r!.roles.map((g) => g.role)]).toEqual(['牵头单位', ['牵头单位', '配合单位']]);
  });

  it('reads district forms and collective parties: 区建管委, 打浦桥街道管理办, 各街镇, 各区政府, 临港新片区管委会, 团区委, 区委党校', () => {
    const [own] = clauses('own-line');
    expect([own!.column, own!.agencies.length, own!.agencies.slice(-2)]).toEqual([1, 12, ['打浦桥街道管理办', '半淞园路街道管理办']]);
    expect(clauses('collective')[0]!.agencies.slice(-2)).toEqual(['各区政府', '临港新片区管委会']);
    expect(clauses('district-each')[0]!.agencies.at(-1)).toBe('各街镇');
    expect(clauses('district-short')[0]!.agencies).toEqual(expect.arrayContaining(['团区委', '区委党校', '区总工会', '区妇联', '区双拥办']));
  });

  it('reads （责任部门：…。时间节点：2025年3月）: the time node is a date, not an agency (沪交法〔2025〕175号)', () => {
    const [found] = read(['time-node']);
    expect(found!.responsibilities.map((r) => [r.agencies, r.mode])).toEqual([[['市交通委', '市公安局'], '责任部门']]);
    expect(found!.dates.map((d) => [d.text, d.kind, d.end])).toEqual([['2025年3月', 'month', '2025-03']]);
  });

  it('reads a 责任单位: line with no brackets, and nothing from one cut short (蔡政办〔2023〕1号)', () => {
    expect(clauses('label-line').map((r) => [r.text, r.agencies, r.column])).toEqual([['责任单位:区发展和改革局', ['区发展和改革局'], 1]]);
    expect(clauses('label-line-cut')).toEqual([]); // 责任单位:区 — the source is cut off there
  });

  it('reads a clause in traditional characters and keeps them (東府〔2021〕54號)', () => {
    const [r] = clauses('traditional');
    expect([r!.agencies, r!.canonical[2], r!.mode]).toEqual([['市人力資源社會保障局', '市醫保局', '市財政局', '市稅務局'], '市财政局', '负责']);
  });

  it('never takes a duty stated in prose for a clause', () => {
    // 第五条 国务院专利行政部门负责…; （5）铁道部、交通部负责…; 本预案由国务院办公厅负责解释;
    // (一)区发展改革委：负责…; 教育部为牵头单位; …牵头组织开发…
    for (const id of ['prose-duty-article', 'prose-duty-item', 'prose-interpret', 'prose-duty-list', 'prose-lead', 'prose-mid']) expect(clauses(id), id).toEqual([]);
  });
});

describe('task tables printed with | (嘉政办发〔2023〕7号)', () => {
  const rows = ['table-header', 'table-row', 'table-row-list', 'table-row-space', 'table-row-cut'];

  it('takes the header for the columns and each row’s 责任单位 cell for a clause', () => {
    const found = read(rows);
    expect(found.map((f) => f.responsibilities.map((r) => [r.text, r.agencies.join('、'), r.mode, r.column]))).toEqual([
      [],
      [['市发展改革委', '市发展改革委', '责任单位', 21]],
      [['市发展改革委、市生态环境局', '市发展改革委、市生态环境局', '责任单位', 24]],
      [['市金融办、人行嘉兴市中心支行、 嘉兴银保监分局', '市金融办、人行嘉兴市中心支行、嘉兴银保监分局', '责任单位', 55]],
      [], // row 16 is cut off before its 责任单位 cell
    ]);
  });

  it('reads the task cell’s target without the separators, and no clause without a header', () => {
    const [, row] = read(rows);
    expect(row!.targets.map((t) => [t.text, t.metric, t.column])).toEqual([['地区生产总值增长6%', '地区生产总值', 5]]);
    expect(read(['table-row'])[0]!.responsibilities).toEqual([]);
  });

  it('reads rows a layout joined into one paragraph, and gives each task-table row its own task', () => {
    const block = excerpt('table-row');
    const joined: Block = { ...block, text: `${block.text}${excerpt('table-row-list').text}` };
    const document = newDocumentState();
    read(['table-header'], null, document);
    const found = findPhrases({ block: joined, sectionPath: [], documentDate: null, diagnostics: [], document });
    expect(found.responsibilities.map((r) => r.agencies.join('、'))).toEqual(['市发展改革委', '市发展改革委、市生态环境局']);
  });
});

describe('invented clause forms (fixtures/invented-clause-forms)', () => {
  const lines = readFileSync(fixturePath('invented-clause-forms/input.txt'), 'utf8').split('\n');
  const document = newDocumentState();
  const found = lines.map((text, i) =>
    findPhrases({ block: { text, startLine: i + 1, endLine: i + 1, segments: [{ offset: 0, line: i + 1, column: 1 }], region: 'main', short: false }, sectionPath: [], documentDate: null, diagnostics: [], document }).responsibilities,
  );
  const at = (line: number) => found[line - 1]!.map((r) => [...who(r), r.roles.map((g) => g.role), r.mode]);

  it('drops a generic party joined by 会同 when an agency is named', () => {
    expect(at(1)).toEqual([[['市大数据局'], null, null, ['负责'], '负责']]);
  });

  it('reads （A牵头，B、C参与）: B and C support', () => {
    expect(at(2)).toEqual([[['市发展改革委', '市财政局', '市商务局'], ['市发展改革委'], ['市财政局', '市商务局'], ['牵头', '参与'], '牵头']]);
  });

  it('reads （A会同B负责）: A leads, B joins', () => {
    expect(at(3)).toEqual([[['市市场监管局', '市公安局'], ['市市场监管局'], ['市公安局'], ['会同', '负责'], '牵头']]);
  });

  it('reads （A、B等和各省级人民政府负责）', () => {
    expect(at(4)).toEqual([[['应急管理部', '公安部', '各省级人民政府'], null, null, ['负责'], '负责']]);
  });

  it('takes 列第一位者为牵头单位，下同 for the lead rule of this clause and the next', () => {
    expect(at(5)).toEqual([[['市委宣传部'], ['市委宣传部'], null, ['负责'], '负责']]);
    expect(at(6)).toEqual([[['市公安局', '市交通委'], ['市公安局'], ['市交通委'], ['负责'], '负责']]);
  });

  it('reads 【牵头单位】A【配合单位】B run into a paragraph', () => {
    expect(at(7)).toEqual([[['区城管执法局', '区建管委', '各街镇'], ['区城管执法局'], ['区建管委', '各街镇'], ['牵头单位', '配合单位'], '牵头单位']]);
  });

  it('does not take a sentence that names an agency for a name (此项工作市教育局负责)', () => {
    expect(at(8)).toEqual([]);
  });

  it('ends the agencies at a closing time segment without a label (…配合，2023年12月底前完成; …负责，长期坚持)', () => {
    expect(at(9)).toEqual([[['市住房城乡建设局', '市自然资源局', '市生态环境局'], ['市住房城乡建设局'], ['市自然资源局', '市生态环境局'], ['牵头', '配合'], '牵头']]);
    expect(squash(found[8]![0]!.text)).toBe('市住房城乡建设局牵头，市自然资源局、市生态环境局配合，2023年12月底前完成');
    // The lead rule of line 5 still holds: the one agency listed first leads.
    expect(at(10)).toEqual([[['市政府督查室'], ['市政府督查室'], null, ['负责'], '负责']]);
  });

  it('reads A、B分别牵头: each leads', () => {
    expect(at(11)).toEqual([[['市人力社保局', '市农业农村局'], ['市人力社保局', '市农业农村局'], null, ['分别牵头'], '责任单位']]);
  });

  it('ends a 责任单位 line’s agencies at a note that states the lead rule, and takes the rule (列第一位为牵头或汇总单位，下同)', () => {
    expect(at(12)).toEqual([[['市发改委', '市经信局', '市财政局'], ['市发改委'], ['市经信局', '市财政局'], [null], '责任单位']]);
    // Read in a document of its own, the note states the rule: the next clause's first agency leads.
    const document = newDocumentState();
    const para = (text: string, line: number) =>
      findPhrases({ block: { text, startLine: line, endLine: line, segments: [{ offset: 0, line, column: 1 }], region: 'main', short: false }, sectionPath: [], documentDate: null, diagnostics: [], document }).responsibilities;
    para(lines[11]!, 12);
    expect(para('加强监管。（市市场监管局、市公安局负责）', 13).map(who)).toEqual([[['市市场监管局', '市公安局'], ['市市场监管局'], ['市公安局']]]);
  });

  it('reads a clause in 〔〕, its agencies ending at a second sentence that is no clause of its own', () => {
    expect(at(14).map(([agencies]) => agencies)).toEqual([['省发展改革委', '省市场监管局']]);
    expect(squash(found[13]![0]!.text)).toBe('责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及各市（州）人民政府，不再做分工，下同');
    expect(at(15).map(([agencies]) => agencies)).toEqual([['省市场监管局']]);
  });

  it('ends the agencies at a closing 下同, and takes a labelled bracket for a clause only when its names may be agencies', () => {
    expect(at(16).map(([agencies]) => agencies)).toEqual([['市教育局']]);
    expect(at(17)).toEqual([]);
    expect(at(18)).toEqual([]);
  });

  it('reads a name that holds a bracketed list of levels in half-width brackets (各县(市、区)政府)', () => {
    expect(at(13).map(([agencies]) => agencies)).toEqual([['市投资促进局', '市发改委', '各县(市、区)政府', '市开发区管委会']]);
  });
});

describe('a task table in Markdown (fixtures/invented-task-table-md)', () => {
  const result = parseMarkdown(readFileSync(fixturePath('invented-task-table-md/input.md')), { name: 'input.md' });
  const [doc] = result.documents;

  it('reads 牵头单位 and 配合单位 cells as one clause per row, and the 完成时限 cells as deadlines', () => {
    expect(doc!.responsibilities.map((r) => [r.line, r.column, ...who(r), r.mode])).toEqual([
      [9, 23, ['市发展改革委', '市统计局'], ['市发展改革委'], ['市统计局'], '牵头单位'],
      [10, 23, ['市科技局', '市财政局', '市经信局'], ['市科技局'], ['市财政局', '市经信局'], '牵头单位'],
      [11, 25, ['市人力社保局'], ['市人力社保局'], null, '牵头单位'],
    ]);
    expect(doc!.dates.map((d) => [d.line, d.text, d.kind, d.end, d.every ?? null])).toEqual([
      [9, '2023年12月底前', 'by', '2023-12-31', null],
      [10, '2023年6月', 'month', '2023-06', null],
      [11, '每季度末', 'by', null, 'quarter'],
    ]);
  });

  it('gives each row a task in the tasks table', () => {
    expect(tasksTable(result).map((t) => [t.line, t.heading, t.lead, t.support, t.deadlines, t.targets])).toEqual([
      [9, '地区生产总值增长6%左右。', '市发展和改革委员会', '市统计局', '2023-12-31', '地区生产总值 = 6%'],
      [10, '研发投入强度达到3.5%。', '市科学技术局', '市财政局、市经信局', '2023-06', '研发投入强度 >= 3.5%'],
      [11, '城镇调查失业率控制在5%以内。', '市人力社保局', '', 'R/P3M', '城镇调查失业率 <= 5%'],
    ]);
  });
});

describe('deadlines of other issuers (fixtures/corpus-phrases)', () => {
  const brief = (d: DatePhrase) => [squash(d.text), d.kind, d.start, d.end, d.within ?? null];

  it('reads a limit counted from an event: 自…之日起20日内 (国务院令第706号), 验收合格之日起15日内, 之日起10日内', () => {
    expect(dates('within-event').map(brief)).toEqual([['20日内', 'by', null, null, 'P20D']]);
    expect(dates('within-event-2').map(brief)).toEqual([['30日内', 'by', null, null, 'P30D']]);
    expect(dates('within-event-3').map(brief)).toEqual([['15日内', 'by', null, null, 'P15D']]);
    expect(dates('within-event-4').map(brief)).toEqual([['10日内', 'by', null, null, 'P10D']]);
  });

  it('reads a goal’s horizon (争取三年内实现…, 国办发〔2019〕6号) but not a benefit period (五年内免征…)', () => {
    expect(dates('within-goal').map(brief)).toEqual([['三年内', 'by', null, null, 'P3Y']]);
    expect(dates('benefit-period').filter((d) => d.within)).toEqual([]);
  });

  it('reads 最迟不超过4个小时 as a limit (国办函〔2005〕57号)', () => {
    expect(dates('latest').map(brief)).toEqual([['最迟不超过4个小时', 'by', null, null, 'PT4H']]);
  });

  it('reads the end of a five-year plan: 至“十四五”期末, 到“十四五”末 → 2025-12-31 (沪奉府办发〔2021〕18号)', () => {
    expect(dates('plan-end').map(brief)).toContainEqual(['至“十四五”期末', 'by', null, '2025-12-31', null]);
    expect(dates('plan-end-2').map(brief)).toEqual([['到“十四五”末', 'by', null, '2025-12-31', null]]);
  });

  it('reads 年末 as the end of the year (在年中和年末向国务院报告, 国发〔2004〕18号)', () => {
    expect(dates('midyear-yearend', '2004-06-26').map(brief)).toEqual([['年末', 'by', null, '2004-12-31', null]]);
  });

  it('reads a date glued to its item marker: 1.9月30日前 (沪崇府办发〔2017〕39号)', () => {
    expect(dates('marker-glued', '2017-09-06').map(brief)).toEqual([['9月30日前', 'by', null, '2017-09-30', null]]);
  });

  it('reads a quarterly limit: 每季度最后一个月的30日前, after the start point 从2023年第一季度开始 (蔡政办〔2023〕1号)', () => {
    expect(dates('quarterly').map((d) => [squash(d.text), d.kind, d.recurring, d.every ?? null])).toEqual([
      ['从2023年第一季度开始', 'from', false, null],
      ['每季度最后一个月的30日前', 'by', true, 'quarter'],
    ]);
  });

  it('reads a range whole and the end points after 至 (東府〔2021〕54號)', () => {
    expect(dates('ranges').map((d) => [d.text, d.kind, d.start, d.end])).toEqual([
      ['2021年12月31日', 'on', '2021-12-31', '2021-12-31'],
      ['2021年4月30日', 'on', '2021-04-30', '2021-04-30'],
      ['2021年5月1日起', 'from', '2021-05-01', null],
      ['2021年5月1日至2022年4月30日', 'range', '2021-05-01', '2022-04-30'],
      ['2022年4月30日', 'on', '2022-04-30', '2022-04-30'],
    ]);
  });
});

describe('targets of other issuers (fixtures/corpus-phrases)', () => {
  it('keeps an item’s marker out of the metric (5.项目变更原则上应控制在原建安费的5%以内, 崇明区港沿镇)', () => {
    expect(targets('item-marker-metric').map((t) => [t.metric, t.comparator, t.value, t.unit])).toEqual([['项目变更', '<=', 5, '%']]);
  });

  const brief = (t: Target) => [squash(t.text), t.metric, t.comparator, t.value, t.unit];

  it('reads 达到2万亿元 (国办发〔2018〕121号)', () => {
    expect(targets('target-trillion').map(brief)).toContainEqual(['体育竞赛表演产业总规模达到2万亿元', '体育竞赛表演产业总规模', '>=', 2, '万亿元']);
  });

  it('reads a half written in words: 一半以上, 超过一半 (国发〔2019〕4号)', () => {
    expect(targets('target-half').map((t) => [t.comparator, t.value, t.unit, squash(t.text).slice(-4)])).toEqual([
      ['>=', 50, '%', '一半以上'],
      ['>', 50, '%', '超过一半'],
    ]);
  });

  it('reads an amount that sizes what must reach a goal: 50平方公里以上建设用地面积达到…要求 (嘉府办发〔2024〕23号)', () => {
    expect(targets('target-goal-area').map(brief)).toEqual([
      ['50平方公里以上建设用地面积达到海绵城市建设目标要求', '建设用地面积', '>=', 50, '平方公里'],
      ['80平方公里以上建设用地面积达到海绵城市建设目标要求', '建设用地面积', '>=', 80, '平方公里'],
    ]);
    // The metric is printed before the amount, with 共计 between: the text starts at the amount.
    expect(targets('target-goal-amount').map(brief)[0]).toEqual(['52.12平方公里达到海绵城市建设目标要求', '嘉定区建设用地面积', '=', 52.12, '平方公里']);
  });

  it('reads a standard after a comparator (达到3-5年一遇) and areas after one (面积达50公顷)', () => {
    expect(targets('target-standard').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['>=', 3, '年一遇'],
      ['<=', 5, '年一遇'],
    ]);
    expect(targets('target-hectares').filter((t) => t.unit === '公顷').map((t) => [t.metric, t.value])).toEqual([
      ['公园绿地建设项目面积', 50],
      ['绿地改造提升项目面积', 90],
    ]);
  });

  it('reads 创建 as a quota verb (创建2个以上的“公园型”绿色园区示范, 沪奉府办发〔2021〕18号)', () => {
    expect(targets('target-create').map(brief)[0]).toEqual(['创建2个以上', null, '>=', 2, '个']);
  });

  it('reads no target in a formula (…/同期出院患者择期手术总台次数×100%) nor in a place’s size and distances', () => {
    expect(targets('not-target-formula')).toEqual([]);
    // 马鬃山村…东距巴东县城18公里、西距…5公里…面积10.92平方公里
    expect(targets('not-target-distance').filter((t) => /公里/.test(t.unit ?? ''))).toEqual([]);
  });
});
