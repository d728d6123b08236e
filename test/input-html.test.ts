/**
 * Web pages (src/input/html.ts) on five corpus notices saved as gov.cn / shanghai.gov.cn
 * article pages (fixtures/inputs/html/): the article picked out of the chrome, one
 * paragraph per line of the text form with the same text, every paragraph and phrase at
 * its line and column of the .html file, the 政府信息公开 table read as metadata (filling
 * what the body lacks, never body text), the charset the page declares.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml, readHtml } from '../src/input/html.js';
import { withMetadata } from '../src/input/metadata.js';
import type { GazetteResult } from '../src/model.js';
import { validateResult } from '../src/validate.js';
import { content, inputBytes, inputPath, NOTICES, squash, textForm, textLines, withoutFilled } from './helpers/inputs.js';

vi.setConfig({ testTimeout: 60_000 });

/** The lines of a page, decoded as it declares (a03 is GB2312). */
const htmlLines = (id: string) => new TextDecoder(id === 'a03' ? 'gbk' : 'utf-8').decode(readFileSync(inputPath('html', id))).split('\n');
/** A line of the page as a browser shows its text: tags and the page's references resolved. */
const shown = (line: string) =>
  line
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&ldquo;/g, '“')
    .replace(/&rdquo;/g, '”')
    .replace(/&mdash;/g, '—');

/** What the pages print around the article: none of it may reach the paragraphs. */
const CHROME = /首页|当前位置|政府信息公开|字体|分享到|微信|打印本页|关闭窗口|主办单位|版权所有|来源：|pageTitle|发文机关：|发文字号：|成文日期：|发布日期：|发布机构：/;

describe.each(NOTICES)('%s as a saved web page reads as its text form', (id) => {
  const reading = readHtml(inputBytes('html', id), { name: `${id}.html` });
  const result = parseHtml(inputBytes('html', id), { name: `${id}.html` });

  it('the article, one paragraph per line of the text, with the same text; no chrome', () => {
    expect(reading.blocks.map((b) => b.text)).toEqual(textLines(id).map((l) => l.text));
    expect(reading.blocks.filter((b) => CHROME.test(b.text))).toEqual([]);
  });

  it('every paragraph at the .html line that holds its text', () => {
    const lines = htmlLines(id);
    for (const b of reading.blocks) {
      for (const [k, s] of b.segments.entries()) {
        const piece = b.text.slice(s.offset, b.segments[k + 1]?.offset ?? b.text.length).trim().slice(0, 6);
        if (piece !== '') expect(shown(lines[s.line - 1]!)).toContain(piece);
      }
    }
  });

  it('the same documents, headings, clauses, deadlines and targets', () => {
    expect(withoutFilled(result, textForm(id))).toEqual(content(textForm(id)));
  });

  it('the 政府信息公开 table read as metadata', () => {
    const labels = id.startsWith('a') ? ['发文机关', '成文日期', '标题', '发文字号', '发布日期'] : ['发布机构', '发文字号', '成文日期', '发布日期'];
    expect(Object.keys(result.source.metadata ?? {})).toEqual(labels);
  });

  it('accounts for every line (chrome and markup as blank) and validates', () => {
    expect(result.stats.unaccountedLines).toBe(0);
    expect(result.stats.textLines).toBe(new Set(reading.blocks.flatMap((b) => b.segments.map((s) => s.line))).size);
    expect(result.source.format).toBe('html');
    expect(validateResult(result)).toEqual([]);
  });
});

describe('what the pages show', () => {
  it('b05, b06: the 文号 that only the page metadata prints fills the document; its diagnostic goes', () => {
    for (const [id, number, serial] of [
      ['b05', '沪府办发〔2022〕24号', 24],
      ['b06', '青府办发〔2024〕29号', 29],
    ] as const) {
      expect(textForm(id).documents.map((d) => d.docNumber)).toEqual([null]);
      expect(textForm(id).diagnostics.map((d) => d.code)).toContain('document/missing-number');
      const result = parseHtml(inputBytes('html', id));
      expect(result.documents.map((d) => [d.docNumber, d.docNumberParts?.serial])).toEqual([[number, serial]]);
      expect(result.diagnostics.map((d) => d.code)).not.toContain('document/missing-number');
    }
  });

  it('a01: the table values as printed; fields the body prints stay as printed there', () => {
    const result = parseHtml(inputBytes('html', 'a01'));
    expect(result.documents[0]).toMatchObject({ docNumber: '国发〔2019〕3号', issuer: '国务院', date: '2019-01-12' });
    expect(result.source.metadata).toEqual({
      发文机关: '国务院',
      成文日期: '2019年01月12日',
      标题: '国务院关于促进综合保税区高水平开放高质量发展的若干意见',
      发文字号: '国发〔2019〕3号',
      发布日期: '2019年01月25日',
    });
  });

  it('a01 without its number and signature date lines: the table fills 文号 and 成文日期 (never making up a document), their diagnostics go', () => {
    const page = readFileSync(inputPath('html', 'a01'), 'utf8')
      .replace('<p style="text-align: center;">国发〔2019〕3号</p>', '')
      .replace('<p style="text-align: right;">2019年1月12日</p>', '');
    const bare = parseHtml(page.replace(/<table class="policy-meta"[\s\S]*?<\/table>/, ''));
    const filled = parseHtml(page);
    expect(bare.documents.map((d) => [d.docNumber, d.date])).toEqual([[null, null]]);
    expect(filled.documents.map((d) => [d.docNumber, d.docNumberParts?.serial, d.date])).toEqual([['国发〔2019〕3号', 3, '2019-01-12']]);
    const codes = filled.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('document/missing-number');
    expect(codes).not.toContain('document/missing-date');
  });

  it('a03 is GB2312, as its http-equiv says: read right', () => {
    const bytes = inputBytes('html', 'a03');
    expect(Buffer.from(bytes).includes(Buffer.from('体育竞赛', 'utf8'))).toBe(false);
    const result = parseHtml(bytes);
    expect(result.source.encoding).toMatch(/^(gb2312|gbk|gb18030)$/);
    expect(result.documents[0]!.title).toBe('国务院办公厅关于加快发展体育竞赛表演产业的指导意见');
  });

  it('a08 writes quotes and dashes as references: a target column still points at its text in the file', () => {
    const result = parseHtml(inputBytes('html', 'a08'));
    const lines = readFileSync(inputPath('html', 'a08'), 'utf8').split('\n');
    expect(result.documents[0]!.targets.length).toBe(2);
    for (const t of result.documents[0]!.targets) {
      expect(lines[t.line - 1]!.slice(t.column - 1).startsWith(t.text.slice(0, 3))).toBe(true);
    }
    expect(lines.filter((l) => l.includes('&ldquo;')).length).toBeGreaterThan(3);
  });

  it('b05, b06: the title in an <h2> above the article is taken once; the 文号 only the table prints is read', () => {
    for (const [id, number] of [
      ['b05', '沪府办发〔2022〕24号'],
      ['b06', '青府办发〔2024〕29号'],
    ] as const) {
      const reading = readHtml(inputBytes('html', id));
      expect(htmlLines(id)[reading.blocks[0]!.startLine - 1]).toMatch(/<h2>/);
      expect(reading.blocks.filter((b) => b.text === textLines(id)[0]!.text)).toHaveLength(1);
      expect(reading.metadata?.['发文字号']).toBe(number);
    }
  });

  it('b06 wraps long paragraphs over two lines of the file: one paragraph, CJK joined with nothing between', () => {
    const reading = readHtml(inputBytes('html', 'b06'));
    const wrapped = reading.blocks.filter((b) => b.endLine > b.startLine);
    expect(wrapped.length).toBeGreaterThan(10);
    for (const b of wrapped) expect(b.text).not.toMatch(/\s/);
  });
});

describe('metadata fills a document, and only one', () => {
  /** The least of a result around documents without number, issuer and date (invented). */
  const bare = (documents: number): GazetteResult => ({
    schemaVersion: '1',
    source: { name: 'x', bytes: 0, encoding: 'utf-8', sha256: '0'.repeat(64), lines: 10 },
    documents: Array.from({ length: documents }, () => ({
      docNumber: null,
      docNumberParts: null,
      issuer: null,
      title: '关于测试的通知',
      genre: '通知',
      addressees: [],
      date: null,
      disclosure: null,
      attachments: [],
      parts: [],
      responsibilities: [],
      dates: [],
      targets: [],
      citations: [],
      startLine: 1,
      endLine: 10,
    })),
    fragments: [],
    diagnostics: [
      { severity: 'error', code: 'document/missing-number', message: '', line: 1, column: 1 },
      { severity: 'error', code: 'document/missing-date', message: '', line: 1, column: 1 },
    ],
    stats: textForm('a08').stats,
  });
  const metadata = { 索引号: '000014349/2019-00013', 发文字号: '国发〔2019〕3 号', 成文日期: '2019-01-12', 发布日期: '2019-01-25', 主题分类: '海关' };

  it('one document: number (normalised, with its parts) and 成文日期 filled, their diagnostics withdrawn; 发布日期 fills nothing', () => {
    const r = withMetadata(bare(1), metadata);
    expect([r.documents[0]!.docNumber, r.documents[0]!.docNumberParts, r.documents[0]!.date]).toEqual(['国发〔2019〕3号', { prefix: '国发', year: 2019, serial: 3 }, '2019-01-12']);
    expect(r.diagnostics).toEqual([]);
    expect(r.source.metadata).toEqual(metadata);
  });

  it('two documents: nothing filled (which one the page describes cannot be told), the metadata still kept', () => {
    const r = withMetadata(bare(2), metadata);
    expect(r.documents.map((d) => d.docNumber)).toEqual([null, null]);
    expect(r.diagnostics).toHaveLength(2);
    expect(r.source.metadata).toEqual(metadata);
  });

  it('a value that is not a number or a date fills nothing', () => {
    const r = withMetadata(bare(1), { 发文字号: '无', 成文日期: '2019-02-30' });
    expect([r.documents[0]!.docNumber, r.documents[0]!.date]).toEqual([null, null]);
    expect(r.diagnostics).toHaveLength(2);
  });
});

describe('pages in other shapes (invented)', () => {
  it('a page of <br>-separated text in one <td> of a layout table, metadata as label：value cells', () => {
    const page = `<html><head><meta charset="utf-8"></head><body><table><tr><td><a href="/">首页</a></td></tr><tr><td>
<table><tr><td>索引号：000014349/2019-00013</td><td>发文字号：国发〔2019〕3号</td></tr><tr><td>成文日期：2019年01月12日</td><td>主题分类：海关</td></tr></table>
${textLines('a01')
  .map((l) => l.text)
  .join('<br>\n')}
</td></tr></table></body></html>`;
    const reading = readHtml(page);
    expect(reading.blocks.map((b) => squash(b.text))).toEqual(textLines('a01').map((l) => squash(l.text)));
    expect(reading.metadata).toEqual({ 索引号: '000014349/2019-00013', 发文字号: '国发〔2019〕3号', 成文日期: '2019年01月12日', 主题分类: '海关' });
  });

  it('a table in the article is a table with its cells', () => {
    const page = `<html><body><div class="content"><p>${textLines('a08')
      .slice(0, 6)
      .map((l) => l.text)
      .join('</p><p>')}</p><table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr><tr><td>1</td><td><p>建设绿色低碳之城</p></td><td>市发展改革委</td></tr></table></div></body></html>`;
    const reading = readHtml(page);
    expect(reading.blocks.slice(-2).map((b) => b.cells)).toEqual([
      ['序号', '任务', '责任单位'],
      ['1', '建设绿色低碳之城', '市发展改革委'],
    ]);
  });
});
