/**
 * Issue 5, citations: `《…》` titles and cited document numbers, a title and the number in
 * brackets after it being one citation, joined across lines, numbers normalised.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/layout/paragraphs.js';
import type { Citation } from '../src/model.js';
import { findCitations } from '../src/phrases/citations.js';
import { seedDoc, seedLines, seedResult } from './helpers/seed.js';
import { squash } from './helpers/tsv.js';

const brief = (c: Citation) => [c.line, c.title, c.docNumber];

describe('citations in the seed', () => {
  const all = seedResult().documents.flatMap((d) => d.citations);

  it('reads every document number the seed cites, normalised, with the title before it (read by hand from the 15 lines that print one)', () => {
    expect(all.filter((c) => c.docNumber).map((c) => [c.line, c.docNumber])).toEqual([
      [667, '晋政办发〔2020〕38号'],
      [961, '自然资发〔2020〕127号'],
      [965, '晋自然资明电〔2020〕16号'],
      [5576, '安监总管三〔2017〕1号'],
      [5720, '晋应急发〔2020〕71号'],
      [5724, '晋应急发〔2020〕92号'],
      [6368, '煤安监行管〔2019〕47号'],
      [12146, '应急〔2019〕78号'],
      [14156, '国办发〔2019〕54号'],
      [14162, '晋政办发〔2020〕38号'],
      [15752, '国办发〔2019〕35号'],
      [15758, '晋政办发〔2020〕10号'],
      [16201, '晋文明委〔2019〕10号'],
      [17140, '晋政办发〔2017〕62号'],
      [17144, '吕政办发〔2017〕104号'],
    ]);
    // Each of them follows its title: none is cited bare in the seed.
    expect(all.filter((c) => c.docNumber && !c.title)).toEqual([]);
  });

  it('joins a title and its number printed over seven lines into one citation (64 号, lines 15752-15758)', () => {
    const [c] = seedDoc(64).citations.filter((x) => x.docNumber === '国办发〔2019〕35号');
    expect(c).toMatchObject({
      title: '国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见',
      line: 15752,
      column: 8,
      sectionPath: [],
    });
    expect(squash(c!.text)).toBe('《国务院办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的指导意见》（国办发〔2019〕35号）');
  });

  it('reads a number whose prefix ends in a numeral (安监总管三 〔2017〕1 号, line 5580)', () => {
    expect(seedDoc(58).citations.filter((c) => c.line === 5576).map(brief)).toEqual([
      [5576, '关于加强精细化工反应安全风险评估工作的指导意见', '安监总管三〔2017〕1号'],
    ]);
  });

  it('reads every title of 59 号, in order, with its section path', () => {
    expect(seedDoc(59).citations.map((c) => [c.line, c.title, c.docNumber, c.sectionPath.join('/')])).toEqual([
      [14142, '吕梁市全面推进基层政务公开标准化规范化进一步做好政务公开工作实施方案', null, ''],
      [14154, '中华人民共和国政府信息公开条例', null, ''],
      [14156, '国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见', '国办发〔2019〕54号', ''],
      [14162, '山西省人民政府办公厅关于全面推进基层政务公开标准化规范化进一步做好政务公开工作的实施意见', '晋政办发〔2020〕38号', ''],
      [14384, '中华人民共和国档案法', null, '三/二/2'],
      [14414, '行政诉讼法', null, '三/二/3'],
      [14414, '行政复议法', null, '三/二/3'],
      [14414, '政府信息公开条例', null, '三/二/3'],
      [14432, '重大行政决策程序暂行条例', null, '三/二/4'],
      [14777, '政府信息公开条例', null, '四/二'],
      [14793, '吕梁市人民政府办公厅关于印发吕梁市政务公开工作考核办法的通知', null, '四/三'],
      [14797, '2020年度吕梁市政务公开工作考核细则与评分表', null, '四/三'],
    ]);
  });

  it('keeps a year range inside a title in the title (53 号: 《…（2020-2035 年）》, line 926)', () => {
    expect(seedDoc(53).citations.map(brief)).toEqual([[926, '汾河流域吕梁市生态景观规划（2020-2035年）', null]]);
  });

  it('finds a citation on every line that opens a 《 in the body of 50 号', () => {
    const lines = seedLines();
    const opening = [10, 71, 73, 567, 617];
    expect(opening.every((n) => lines[n - 1]!.includes('《'))).toBe(true);
    expect(seedDoc(50).citations.map((c) => c.line)).toEqual(opening);
  });
});

function paragraph(text: string): Block {
  return { text, startLine: 7, endLine: 7, segments: [{ offset: 0, line: 7, column: 3 }], region: 'main', short: false };
}
const citationsIn = (text: string) =>
  findCitations({ block: paragraph(text), sectionPath: ['二'], documentDate: null, diagnostics: [] }).map((c) => [
    squash(c.text),
    c.title,
    c.docNumber,
    c.column,
  ]);

describe('forms the seed does not print (invented)', () => {
  it('normalises OCR brackets around the year: 【】 [ ] （）', () => {
    expect(citationsIn('按照《甲办法》（晋政发【2019】 7 号）、《乙规定》（晋政办发[2020]12号）和《丙意见》(国发（2018）3 号)执行。').map((c) => c[2])).toEqual([
      '晋政发〔2019〕7号',
      '晋政办发〔2020〕12号',
      '国发〔2018〕3号',
    ]);
  });

  it('reads a number cited without a title, without the words before it', () => {
    expect(citationsIn('根据国办发〔2019〕35 号文件精神。')).toEqual([['国办发〔2019〕35号', null, '国办发〔2019〕35号', 5]]);
  });

  it('does not take （以下简称…） for a number', () => {
    expect(citationsIn('《山西省安全生产条例》（以下简称《条例》）')).toEqual([
      ['《山西省安全生产条例》', '山西省安全生产条例', null, 3],
      ['《条例》', '条例', null, 19],
    ]);
  });

  it('keeps a nested title whole', () => {
    expect(citationsIn('《关于印发〈吕梁市实施方案〉的通知》《关于印发《吕梁市办法》的通知》')).toEqual([
      ['《关于印发〈吕梁市实施方案〉的通知》', '关于印发〈吕梁市实施方案〉的通知', null, 3],
      ['《关于印发《吕梁市办法》的通知》', '关于印发《吕梁市办法》的通知', null, 21],
    ]);
  });

  it('does not read an unclosed 《 as a title', () => {
    expect(citationsIn('按照《吕梁市办法的要求执行。')).toEqual([]);
  });
});
