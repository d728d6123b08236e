/**
 * Markdown input (src/input/markdown.ts): a real notice rendered as Markdown
 * (fixtures/notice-50-md/input.md, 吕政办发〔2020〕50号) gives the same documents, sections
 * and clauses as its plain-text original, with every line number a line of the .md
 * file; and each Markdown construct the reader handles, one test per trap (invented
 * notices around a body; the corpus renderings are in input-markdown.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseMarkdown, readMarkdown } from '../src/input/markdown.js';
import type { Document, GazetteResult } from '../src/model.js';
import { parseGazette } from '../src/parse.js';
import { validateResult } from '../src/validate.js';
import { fixturePath, flatSections } from './helpers/seed.js';

// The first test of a file loads the parser and may parse the seed: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const mdPath = fixturePath('notice-50-md/input.md');
const mdLines = readFileSync(mdPath, 'utf8').split('\n');
const fromMd = parseMarkdown(new Uint8Array(readFileSync(mdPath)), { name: 'notice-50-md/input.md' });
const fromTxt = parseGazette(new Uint8Array(readFileSync(fixturePath('notice-50/input.txt'))), { name: 'notice-50/input.txt' });

/** A document without positions, text compared without whitespace. */
function shape(d: Document) {
  return {
    docNumber: d.docNumber,
    issuer: d.issuer,
    title: squash(d.title),
    genre: d.genre,
    addressees: d.addressees.map(squash),
    date: d.date,
    disclosure: d.disclosure,
    attachments: d.attachments.map((a) => [a.label, a.title]),
    parts: d.parts.map((p) => [p.kind, p.label, squash(p.title), p.paragraphs.map((x) => squash(x.text)), p.tables.map((t) => t.rows)]),
  };
}

const sectionShape = (r: GazetteResult) =>
  r.documents.flatMap((d) => d.parts.flatMap((p) => flatSections(p.sections))).map((s) => ({
    level: s.level,
    style: s.style,
    marker: s.marker,
    ordinal: s.ordinal,
    path: s.path,
    heading: squash(s.heading),
    text: squash(s.text),
    paragraphs: s.paragraphs.map((p) => squash(p.text)),
  }));

describe('a seed notice rendered as Markdown (notice-50-md) reads as its plain text does', () => {
  it('gives the same documents', () => {
    expect(fromMd.documents.map(shape)).toEqual(fromTxt.documents.map(shape));
    expect(fromMd.documents).toHaveLength(1);
  });

  it('gives the same section tree (27 sections: 一、–五、 over 1.–22.)', () => {
    expect(sectionShape(fromMd)).toEqual(sectionShape(fromTxt));
    expect(sectionShape(fromMd)).toHaveLength(27);
  });

  it('gives the same responsibility clauses, dates, targets and citations', () => {
    const phrases = (r: GazetteResult) =>
      r.documents.map((d) => ({
        responsibilities: d.responsibilities.map((c) => [squash(c.text), c.agencies, c.lead, c.support, c.mode, c.closed, c.sectionPath]),
        dates: d.dates.map((p) => [squash(p.text), p.kind, p.start, p.end]),
        targets: d.targets.map((t) => [squash(t.text), t.comparator, t.value, t.unit]),
        citations: d.citations.map((c) => [squash(c.title), c.docNumber]),
      }));
    expect(phrases(fromMd)).toEqual(phrases(fromTxt));
  });

  it('points every section at the .md line holding its marker', () => {
    for (const s of fromMd.documents.flatMap((d) => d.parts.flatMap((p) => flatSections(p.sections)))) {
      expect(mdLines[s.line - 1]).toContain(s.marker.replace('.', ''));
      expect(squash(mdLines[s.line - 1]).replace(/^[#*\s]+/, '').startsWith(s.marker.replace('.', ''))).toBe(true);
    }
  });

  it('points every clause at the .md line and column of its opening bracket', () => {
    expect(fromMd.documents[0]!.responsibilities.length).toBe(fromTxt.documents[0]!.responsibilities.length);
    for (const r of fromMd.documents[0]!.responsibilities) {
      expect('（('.includes(mdLines[r.line - 1]![r.column - 1]!)).toBe(true);
    }
  });

  it('keeps the document within the file and accounts for every line (the HTML comment is markup)', () => {
    const [doc] = fromMd.documents;
    expect(mdLines[doc!.startLine - 1]).toBe('吕梁市人民政府办公室');
    expect(fromMd.fragments).toEqual([]);
    expect(fromMd.stats.unaccountedLines).toBe(0);
    expect(fromMd.stats.lines).toBe(mdLines.length);
    expect(fromMd.diagnostics).toEqual(fromTxt.diagnostics.map((d) => ({ ...d, line: expect.any(Number) })));
  });

  it('validates against the schema', () => {
    expect(validateResult(fromMd)).toEqual([]);
  });
});

/** A minimal notice in Markdown around `body`: issuer, title, number, addressees, instrument. */
function notice(body: string): string {
  return [
    '吕梁市人民政府办公室',
    '',
    '# 关于印发测试工作方案的通知',
    '',
    '吕政办发〔2020〕99号',
    '',
    '各县（市、区）人民政府，市直有关单位：',
    '',
    '现将《测试工作方案》印发给你们，请认真贯彻执行。',
    '',
    '吕梁市人民政府办公室',
    '',
    '2020年7月7日',
    '',
    '（此件公开发布）',
    '',
    '# 测试工作方案',
    '',
    body,
    '',
  ].join('\n');
}

const BODY_LINE = 19;
const md = (body: string) => parseMarkdown(notice(body), { name: 't.md' });
const instrument = (r: GazetteResult) => r.documents[0]!.parts.find((p) => p.kind === 'instrument')!;

describe('Markdown constructs', () => {
  it('reads the notice around the body as a document with an instrument', () => {
    const r = md('正文。');
    expect(r.documents.map((d) => [d.docNumber, d.title, d.date])).toEqual([['吕政办发〔2020〕99号', '关于印发测试工作方案的通知', '2020-07-07']]);
    expect(instrument(r).title).toBe('测试工作方案');
  });

  it('a `##` heading that prints a marker: the marker gives the level, whatever the depth', () => {
    const r = md('## 一、总体要求\n\n#### 二、保障措施');
    expect(instrument(r).sections.map((s) => [s.marker, s.heading, s.line, s.level])).toEqual([
      ['一、', '总体要求', BODY_LINE, 1],
      ['二、', '保障措施', BODY_LINE + 2, 1],
    ]);
  });

  it('a setext heading reads like an ATX one', () => {
    const r = md('一、总体要求\n======');
    expect(instrument(r).sections[0]).toMatchObject({ marker: '一、', heading: '总体要求', line: BODY_LINE });
  });

  it('emphasis, strong, strikethrough, links, images and inline code become plain text', () => {
    const r = md('## 一、总体*要求*\n\n**1.加强[组织](https://example.org "t")领导**。落实`责任`，~~删除~~![图](x.png)完成。');
    const [one] = instrument(r).sections;
    expect(one!.heading).toBe('总体要求');
    expect(one!.children[0]).toMatchObject({ marker: '1.', heading: '加强组织领导', text: '1.加强组织领导。落实责任，删除图完成。', line: BODY_LINE + 2 });
  });

  it('an ordered list item keeps its number as a marker; a bullet list is plain text', () => {
    const r = md('## 一、任务\n\n3. 第三项任务。\n4. 第四项任务。\n\n- 说明一\n- 说明二');
    const [one] = instrument(r).sections;
    expect(one!.children.map((s) => [s.marker, s.heading, s.line])).toEqual([
      ['3.', '第三项任务', BODY_LINE + 2],
      ['4.', '第四项任务', BODY_LINE + 3],
    ]);
    expect(one!.children[1]!.paragraphs.map((p) => [p.text, p.line])).toEqual([
      ['说明一', BODY_LINE + 5],
      ['说明二', BODY_LINE + 6],
    ]);
  });

  it('a heading that prints no marker takes the one its depth stands for, numbered among its siblings', () => {
    const r = md('## 总体要求\n\n### 指导思想\n\n正文。\n\n### 基本原则\n\n## 保障措施\n\n### 组织领导');
    const outline = (ss: ReturnType<typeof instrument>['sections']): string[] => ss.flatMap((s) => [`${s.level} ${s.marker}${s.heading} ${s.line}`, ...outline(s.children)]);
    expect(outline(instrument(r).sections)).toEqual([
      `1 一、总体要求 ${BODY_LINE}`,
      `2 （一）指导思想 ${BODY_LINE + 2}`,
      `2 （二）基本原则 ${BODY_LINE + 6}`,
      `1 二、保障措施 ${BODY_LINE + 8}`,
      `2 （一）组织领导 ${BODY_LINE + 10}`,
    ]);
  });

  it('a depth whose other headings print a marker numbers in that family; titles, attachment labels and sentences get none', () => {
    const r = md('## 一、总体要求\n\n## 保障措施\n\n## 附件\n\n## 各地要加强领导。\n\n## 关于做好测试工作的通知');
    expect(instrument(r).sections.map((s) => [s.marker, s.heading, s.line])).toEqual([
      ['一、', '总体要求', BODY_LINE],
      ['二、', '保障措施', BODY_LINE + 2],
    ]);
    const texts = readMarkdown(notice('## 一、总体要求\n\n## 保障措施\n\n## 附件\n\n## 各地要加强领导。\n\n## 关于做好测试工作的通知')).blocks.map((b) => b.text);
    expect(texts.slice(-3)).toEqual(['附件', '各地要加强领导。', '关于做好测试工作的通知']);
  });

  it('a bold marker before CJK text (**一、**自…, **（一）**加强…) is read, not left as asterisks', () => {
    const r = md('**一、**自 2020 年 10 月 1 日起施行。\n\n**（一）**加强组织领导。\n\n**（二）完善工作机制。**建立台账。');
    const [one] = instrument(r).sections;
    expect(one).toMatchObject({ marker: '一、', text: '一、自 2020 年 10 月 1 日起施行。' });
    expect(one!.children.map((s) => [s.marker, s.text])).toEqual([
      ['（一）', '（一）加强组织领导。'],
      ['（二）', '（二）完善工作机制。建立台账。'],
    ]);
  });

  it('a nested ordered list numbers its items （1）, one level further ①', () => {
    const r = md('1. 第一项任务\n   1. 子项一\n   2. 子项二\n      1. 细项\n2. 第二项任务');
    const outline = (ss: ReturnType<typeof instrument>['sections']): string[] => ss.flatMap((s) => [`${s.marker}${s.heading}`, ...outline(s.children)]);
    expect(outline(instrument(r).sections)).toEqual(['1.第一项任务', '（1）子项一', '（2）子项二', '①细项', '2.第二项任务']);
  });

  it('front matter fills what the body does not print, never body text; front matter that is not YAML is a warning', () => {
    const body = notice('正文。').replace('2020年7月7日\n', '');
    expect(parseMarkdown(body).documents[0]!.date).toBeNull();
    const filled = parseMarkdown(`---\n文号: 吕政办发〔2020〕98号\n成文日期: 2020年7月7日\n发布日期: 2020-07-09\n---\n${body}`, { name: 't.md' });
    const [doc] = filled.documents;
    // The body's number stands; the date it does not print comes from the front matter (成文日期, not 发布日期).
    expect([doc?.docNumber, doc?.date]).toEqual(['吕政办发〔2020〕99号', '2020-07-07']);
    expect(filled.diagnostics.map((d) => d.code)).not.toContain('document/missing-date');
    expect(filled.source.metadata).toEqual({ 文号: '吕政办发〔2020〕98号', 成文日期: '2020年7月7日', 发布日期: '2020-07-09' });
    expect(readMarkdown(`---\n文号: 吕政办发〔2020〕98号\n---\n${body}`).blocks.some((b) => b.text.includes('98号'))).toBe(false);
    const broken = parseMarkdown(`---\n文号: [未闭合\n---\n${notice('正文。')}`, { name: 't.md' });
    expect(broken.diagnostics.filter((d) => d.code === 'input/metadata').map((d) => [d.severity, d.line])).toEqual([['warning', 1]]);
    expect(broken.documents[0]!.docNumber).toBe('吕政办发〔2020〕99号');
    expect(broken.stats.unaccountedLines).toBe(0);
  });

  it('a soft line break joins CJK lines with nothing between and Latin words with a space', () => {
    const r = md('1.加强组织\n领导，推进 A\nlevel 建设。');
    expect(instrument(r).sections[0]).toMatchObject({ text: '1.加强组织领导，推进 A level 建设。', line: BODY_LINE, endLine: BODY_LINE + 2 });
  });

  it('a GFM table becomes a table: cells as given, one row per line, header included', () => {
    const r = md('## 一、分工\n\n| 序号 | 试点领域 | 责任单位 |\n|---|:---:|---|\n| 1 | 重大建设项目领域 | 市发改委 |\n| 2 | 公共资源交易领域 | 市行政审批局 \\| 市公管办 |');
    const [table] = instrument(r).tables;
    expect(table).toEqual({
      startLine: BODY_LINE + 2,
      endLine: BODY_LINE + 5,
      rows: [
        ['序号', '试点领域', '责任单位'],
        ['1', '重大建设项目领域', '市发改委'],
        ['2', '公共资源交易领域', '市行政审批局 | 市公管办'],
      ],
      rowLines: [BODY_LINE + 2, BODY_LINE + 4, BODY_LINE + 5],
    });
    expect(r.diagnostics.filter((d) => d.code === 'table/uncertain-cells')).toEqual([]);
  });

  it('a table of short names is still a table, not a leader list', () => {
    const r = md('| 姓名 | 职务 |\n|---|---|\n| 李安林 | 副市长 |\n| 权威 | 秘书长 |');
    expect(instrument(r).tables[0]!.rows).toEqual([
      ['姓名', '职务'],
      ['李安林', '副市长'],
      ['权威', '秘书长'],
    ]);
  });

  it('blockquotes and code blocks keep their text; HTML comments, thematic breaks and delimiter rows count as blank', () => {
    const r = md('> 1.引用的任务。\n\n---\n\n<!-- 第 3 页\n     转换说明 -->\n\n```\n2.代码块里的任务。\n```');
    expect(instrument(r).sections.map((s) => [s.marker, s.line])).toEqual([
      ['1.', BODY_LINE],
      ['2.', BODY_LINE + 8],
    ]);
    expect(r.fragments).toEqual([]);
    expect(r.stats.unaccountedLines).toBe(0);
    // 9 lines of text around the body, and the two task lines: nothing else holds text.
    expect(r.stats.textLines).toBe(11);
    expect(r.stats.blankLines).toBe(r.stats.lines - 11);
  });

  it('a running header or page number left in by a conversion is page furniture', () => {
    const r = md('1.第一项。\n\n- 20 -\n\n市政府办公室文件 2020•４吕梁市人民政府公报\n\n2.第二项。');
    expect(r.stats.furnitureLines).toBe(2);
    expect(instrument(r).sections.map((s) => s.paragraphs.length)).toEqual([0, 0]);
  });

  it('columns point into the .md line, past the markup', () => {
    const text = notice('**1.加强领导**，到 2020 年 10 月底前完成。');
    const r = parseMarkdown(text, { name: 't.md' });
    const line = text.split('\n')[BODY_LINE - 1]!;
    for (const d of r.documents[0]!.dates) {
      expect(d.line).toBe(BODY_LINE);
      expect(line.slice(d.column - 1).startsWith(d.text.slice(0, 4))).toBe(true);
    }
  });

  it('decodes bytes as plain text does (UTF-16 with BOM), and reports undecodable input', () => {
    const text = notice('1.第一项。');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const r = parseMarkdown(utf16, { name: 't.md' });
    expect(r.source.encoding).toBe('utf-16le');
    expect(r.documents[0]!.docNumber).toBe('吕政办发〔2020〕99号');
    const bad = parseMarkdown(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x11]), { name: 'bad.md' });
    expect(bad.documents).toEqual([]);
    expect(bad.diagnostics[0]!.code).toMatch(/^input\//);
    expect(validateResult(bad)).toEqual([]);
  });

  it('an empty file is a valid empty result', () => {
    const r = parseMarkdown('', { name: 'empty.md' });
    expect(r.documents).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['input/empty']);
    expect(validateResult(r)).toEqual([]);
  });

  it('gives byte-identical output for the same input twice', () => {
    const again = parseMarkdown(new Uint8Array(readFileSync(mdPath)), { name: 'notice-50-md/input.md' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(fromMd));
  });
});
