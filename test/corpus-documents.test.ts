/**
 * Documents of issuers other than the seed's, in every layout users bring them
 * (fixtures/corpus: real notices, see its README): GB/T 9704's elements, any of which may
 * be missing, found by their shape and place — a decree's masthead and number, a number
 * above the title, a head with no number, joint issuers, a title in traditional characters,
 * Chinese-numeral dates, a run of notices, a gazette issue's 目录.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLines } from '../src/layout/lines.js';
import { buildBlocks } from '../src/layout/paragraphs.js';
import { parseGazette } from '../src/parse.js';
import type { Document, GazetteResult, Section } from '../src/model.js';
import { fixturePath } from './helpers/seed.js';

const parsed = new Map<string, GazetteResult>();
/** A corpus file parsed once: `raw/a09-…`, `pdf/…`, `issues/…`. */
function corpus(path: string): GazetteResult {
  let result = parsed.get(path);
  if (!result) {
    result = parseGazette(readFileSync(fixturePath(`corpus/${path}.txt`)), { name: path });
    parsed.set(path, result);
  }
  return result;
}

const head = (d: Document) => ({ docNumber: d.docNumber, issuer: d.issuer, title: d.title, date: d.date });
const errors = (r: GazetteResult) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
const sectionsOf = (d: Document): Section[] => {
  const out: Section[] = [];
  const walk = (ss: Section[]) => ss.forEach((s) => (out.push(s), walk(s.children)));
  d.parts.forEach((p) => walk(p.sections));
  return out;
};

describe.each(['raw', 'ocr', 'pdf'])('the same notices in the %s layout', (layout) => {
  it('a decree (国务院令): masthead and 第706号, signed by the premier, titled by the 条例 it promulgates', () => {
    const r = corpus(`${layout}/a09-guoling-706-zhuanli-daili-tiaoli`);
    expect(r.documents.map(head)).toEqual([{ docNumber: '第706号', issuer: '中华人民共和国国务院', title: '专利代理条例', date: '2018-11-06' }]);
    expect(r.documents[0]!.parts.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '专利代理条例'],
      ['instrument', '专利代理条例'],
    ]);
    expect(errors(r)).toEqual([]);
  });

  it('a number printed above its title, in traditional characters (東府〔2021〕54號), the issuer opening the title', () => {
    const [doc] = corpus(`${layout}/g05-dongguan-2021-54-jiuye-fanti`).documents;
    expect(head(doc!)).toEqual({
      docNumber: '東府〔2021〕54號',
      issuer: '東莞市人民政府',
      title: '東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見',
      date: null,
    });
    expect(doc!.addressees).toEqual(['各鎮人民政府(街道辦事處)', '市府直屬各單位']);
  });

  it('a head of a number and addressees only (the excerpt starts at 菏政办字 〔2023〕1号)', () => {
    const r = corpus(`${layout}/g04-heze-2023-1-fengong-tongzhi`);
    expect(r.documents.map((d) => [d.docNumber, d.title, d.addressees.length])).toEqual([['菏政办字〔2023〕1号', '', 5]]);
    // Truncated before its title and signature: said so, in words a clerk understands.
    expect(errors(r)).toEqual(['document/missing-date', 'document/missing-title']);
  });

  it('no number printed (a web copy): the title and addressees make the head, the missing number is only an info', () => {
    const r = corpus(`${layout}/b06-qingpu-2024-29-gonggong-xiaofang`);
    expect(r.documents.map(head)).toEqual([
      {
        docNumber: null,
        issuer: '上海市青浦区人民政府办公室',
        title: '上海市青浦区人民政府办公室关于印发《关于进一步加强本区公共消防安全工作的实施方案》的通知',
        date: '2024-12-23',
      },
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'document/missing-number').map((d) => d.severity)).toEqual(['info']);
    expect(errors(r)).toEqual([]);
  });

  it('thirteen bureaus in one signature, two names to a line, joined as the issuer; the title names none', () => {
    const [doc] = corpus(`${layout}/b03-huangpu-2025-5-kezaisheng-nengyuan`).documents;
    expect(doc!.title).toBe('关于印发《黄浦区可再生能源发展行动方案》的通知');
    expect(doc!.issuer).toMatch(/^黄浦区发展和改革委员会黄浦区建设和管理委员会.*黄浦区投资促进办公室$/);
    expect(doc!.issuer!.match(/(?:委员会|局|办公室)/g)).toHaveLength(13);
    expect(doc!.date).toBe('2025-02-24');
  });

  it('a joint title keeps both organs as the issuer; the signature prints their short forms', () => {
    const [doc] = corpus(`${layout}/b04-jiaowei-gongan-2025-175-dajian-yunshu`).documents;
    expect([doc!.issuer, doc!.date]).toEqual(['上海市交通委员会上海市公安局', '2025-04-01']);
  });

  it('a run of four 函: each its own document, dates in Chinese numerals, 本文有删减 a note and not the disclosure', () => {
    const r = corpus(`${layout}/g01-guobanhan-2004-run`);
    expect(r.documents.map((d) => [d.docNumber, d.date, d.disclosure])).toEqual([
      ['国办函〔2004〕36号', '2004-04-27', null],
      ['国办函〔2004〕57号', '2004-08-12', null],
      ['国办函〔2004〕71号', '2004-10-15', null],
      ['国办函〔2004〕80号', '2004-11-04', null],
    ]);
    // The issuer line above the second and third titles is the issuer, as in the seed.
    expect(r.documents.map((d) => d.issuer)).toEqual(['国务院办公厅', '国务院办公厅', '国务院办公厅', '国务院办公厅']);
    // The report attached to the last one, with its own signature, stays its attachment.
    expect(r.documents[3]!.parts.map((p) => [p.kind, p.label])).toEqual([
      ['notice', null],
      ['attachment', '附件1'],
      ['attachment', '附件2'],
    ]);
    expect(errors(r)).toEqual([]);
  });

  it('a notice signed before the plan it prints: the plan is its instrument, not a second notice', () => {
    const r = corpus(`${layout}/a04-guofa-2019-4-zhiye-jiaoyu`);
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]!.parts.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '国务院关于印发国家职业教育改革实施方案的通知'],
      ['instrument', '国家职业教育改革实施方案'],
    ]);
  });

  it('a task table with no head at all (an excerpt) is one document without head elements, not a fragment', () => {
    const r = corpus(`${layout}/g02-jiaxing-2023-zerenfenjie-biao`);
    expect(r.documents.map((d) => [d.docNumber, d.title, d.issuer])).toEqual([[null, '', null]]);
    expect(r.fragments).toEqual([]);
    expect(r.stats.unaccountedLines).toBe(0);
  });

  it('the State Council numbers （一） straight through its 一、 parts: no numbering warning', () => {
    const r = corpus(`${layout}/a03-guoban-2018-121-tiyu-jingsai`);
    const sections = sectionsOf(r.documents[0]!);
    expect(sections.filter((s) => s.style === '（一）').map((s) => s.ordinal)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(sections.filter((s) => s.style === '一、')).toHaveLength(5);
    expect(r.diagnostics.filter((d) => d.code.startsWith('section/'))).toEqual([]);
  });

  it('chapters (第一章　总　　则) hold their articles, articles their items; 一、 runs on across chapters in the 规则', () => {
    const decree = sectionsOf(corpus(`${layout}/a09-guoling-706-zhuanli-daili-tiaoli`).documents[0]!);
    expect(decree.filter((s) => s.style === '第一章').map((s) => s.heading)).toEqual(['总则', '专利代理机构和专利代理师', '专利代理执业', '法律责任', '附则']);
    expect(decree.filter((s) => s.style === '第一条')).toHaveLength(32);
    const article8 = decree.find((s) => s.marker === '第八条')!;
    expect(article8.children.map((s) => s.marker)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    const rules = sectionsOf(corpus(`${layout}/a10-guofa-2004-18-gongzuo-guize`).documents[0]!);
    expect(rules.filter((s) => s.style === '一、').map((s) => s.ordinal)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(rules.filter((s) => s.style === '第一章')).toHaveLength(10);
  });

  it('a marker alone in its table cell takes its heading from the cell below (a05 `（三）` / `合理用药`)', () => {
    const sections = sectionsOf(corpus(`${layout}/a05-guoban-2019-4-sanji-yiyuan-kaohe`).documents[0]!);
    expect(sections.find((s) => s.marker === '（三）' && s.heading === '合理用药')).toBeDefined();
    expect(sections.find((s) => s.marker === '（十四）')!.heading).toBe('医务人员');
  });

  it('the decimal numbering of an 应急预案 (`1　总则`, `1.1　编制目的`, `5.1.2 省级…`) is an outline of its own, its 目录 skipped', () => {
    const plan = corpus(`${layout}/a11-guobanhan-2005-57-liangshi-yuan`).documents[0]!.parts.find((p) => p.kind === 'instrument')!;
    const outline = plan.outline!;
    expect(outline).toHaveLength(53); // 81 numbered lines, less the 目录's 28
    expect(outline.slice(0, 3).map((h) => [h.number, h.level, h.heading])).toEqual([
      ['1', 1, '总则'],
      ['1.1', 2, '编制目的及依据'],
      ['1.2', 2, '等级划分'],
    ]);
    expect(outline.filter((h) => h.level === 1).map((h) => h.heading)).toEqual(['总则', '组织机构和职责', '预警监测', '应急响应', '应急保障', '后期处置', '附则']);
    expect(outline.find((h) => h.number === '5.1.2')!.heading).toMatch(/^省级人民政府必须按照“产区保持三个月销量/);
    // Each heading's lines hold those of its children; the （1） items stay sections.
    const first = outline[0]!;
    expect(outline.filter((h) => h.number.startsWith('1.')).every((h) => h.line > first.line && h.endLine <= first.endLine)).toBe(true);
    expect(sectionsOf(corpus(`${layout}/a11-guobanhan-2005-57-liangshi-yuan`).documents[0]!).filter((s) => s.style === '（1）')).toHaveLength(49);
  });

  it('`1.9月30日前，…` opens item 1 (a date follows the marker); `4.1万` or `1.1 编制目的` would not', () => {
    const sections = sectionsOf(corpus(`${layout}/b10-chongming-2017-39-gaoceng-xiaofang`).documents[0]!);
    expect(sections.filter((s) => s.heading.startsWith('9月30日前') || s.heading.startsWith('11月30日前')).map((s) => s.marker)).toEqual(['1.', '2.']);
  });
});

describe('gazette issues built from several notices', () => {
  it.each(['issue-guowuyuan-pdf', 'issue-shanghai-ocr'])('%s: the masthead and 目录 are front matter, and the five notices are found by their own heads', (name) => {
    const r = corpus(`issues/${name}`);
    const gold = JSON.parse(readFileSync(fixturePath(`corpus/issues/${name}.json`), 'utf8')) as { documents: { title: string }[] };
    expect(r.documents.map((d) => d.title.replace(/\s+/g, ''))).toEqual(gold.documents.map((d) => d.title.replace(/\s+/g, '')));
    expect(r.fragments.map((f) => f.reason)).toEqual(['front matter: masthead and table of contents (目录)']);
    // The 目录's titles stay in the front matter: the first notice starts after it.
    expect(r.documents[0]!.startLine).toBeGreaterThan(r.fragments[0]!.endLine);
    expect(errors(r)).toEqual([]);
    expect(r.stats.unaccountedLines).toBe(0);
  });
});

describe('gazette issues of other notices, mastheads and page numbers (fixtures/built-issues)', () => {
  const built = (name: string) => parseGazette(readFileSync(fixturePath(`built-issues/${name}.txt`)), { name });
  const goldOf = (name: string) => (JSON.parse(readFileSync(fixturePath(`built-issues/${name}.json`), 'utf8')) as { documents: { docNumber: string | null; title: string | null }[] }).documents;

  it.each(['iss-a-ocr', 'iss-b-pdf'])('%s: every notice found with its own number or title, no check error', (name) => {
    const r = built(name);
    const compact = (s: string | null) => (s ?? '').replace(/\s+/g, '');
    const gold = goldOf(name);
    expect(r.documents).toHaveLength(gold.length);
    r.documents.forEach((d, i) => {
      const g = gold[i]!;
      if (g.docNumber) expect(d.docNumber).toBe(g.docNumber);
      // The one title convention the seed decides otherwise: an issuer line above `关于…` is the issuer, not the title's start.
      if (g.title) expect(compact(g.title).endsWith(compact(d.title))).toBe(true);
    });
    expect(errors(r)).toEqual([]);
    expect(r.stats.unaccountedLines).toBe(0);
  });

  it('the 目录 ends at its last page number: the first title after it is not glued to the entry', () => {
    const r = built('iss-a-ocr');
    expect(r.documents[0]!.title).toBe('国务院关于支持自由贸易试验区深化改革创新若干措施的通知');
    const decree = r.documents.find((d) => d.docNumber === '第706号')!;
    expect([decree.issuer, decree.title, decree.date]).toEqual(['中华人民共和国国务院', '专利代理条例', '2018-11-06']);
  });

  it('a title opens with its matter: the cells above it (`合计` / `43.9`) stay in the table before', () => {
    const d = built('iss-b-pdf').documents.find((x) => x.title.startsWith('上海市交通委员会'))!;
    expect(d.title).toBe('上海市交通委员会上海市公安局关于印发《高效办成大件运输“一件事”实施方案》的通知');
  });
});

describe('OCR at other column widths (fixtures/layout-variants): a head line that fills its line still ends there', () => {
  const cases = [
    ['ocr-width15', 'b01-jiading-2024-23-haimian-chengshi'],
    ['ocr-width15', 'b06-qingpu-2024-29-gonggong-xiaofang'],
    ['ocr-width15', 'b03-huangpu-2025-5-kezaisheng-nengyuan'],
    ['ocr-width22', 'b05-shifuban-2022-24-kexue-lvhua'],
    ['ocr-width22', 'b02-fengxian-2021-18-gongyuan-chengshi'],
  ];
  it.each(cases)('%s/%s: title, addressees, issuer and date as the gold has them', (variant, name) => {
    const r = parseGazette(readFileSync(fixturePath(`layout-variants/${variant}/${name}.txt`)), { name });
    const [gold] = (JSON.parse(readFileSync(fixturePath(`corpus/gold/${name}.json`), 'utf8')) as { documents: { title: string; issuer: string; date: string; addressees: string[] }[] }).documents;
    const compact = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replace(/[，、,]/g, '');
    const [doc] = r.documents;
    expect(compact(doc!.title)).toBe(compact(gold!.title));
    expect(compact(doc!.issuer)).toBe(compact(gold!.issuer));
    expect(doc!.date).toBe(gold!.date);
    expect(compact(doc!.addressees.join(''))).toBe(compact(gold!.addressees.join('')));
    expect(errors(r)).toEqual([]);
  });
});

describe('layout by evidence', () => {
  const paragraphs = (r: GazetteResult) => r.documents.flatMap((d) => d.parts.flatMap((p) => [...p.paragraphs.map((x) => x.text), ...sectionsOf({ ...d, parts: [p] }).map((s) => s.text)]));

  it('one paragraph per line is never joined: a heading alone on its line stays apart from the next (a03 五、 / （十八）)', () => {
    const sections = sectionsOf(corpus('raw/a03-guoban-2018-121-tiyu-jingsai').documents[0]!);
    const five = sections.find((s) => s.marker === '五、')!;
    expect(five.text).toBe('五、强化协调配合，加强资金保障');
    expect(five.children[0]!.marker).toBe('（十八）');
  });

  it('a short copy with a blank line after about half its lines, its long lines of no common width, is read one paragraph per line (a03’s head and first part)', () => {
    const lines = readFileSync(fixturePath('corpus/raw/a03-guoban-2018-121-tiyu-jingsai.txt'), 'utf8').split('\n').slice(0, 9);
    // A blank line after the title, the number, the addressees, the body's first paragraph and the first heading, as pages copied as text often give.
    const text = lines.map((l, i) => ([1, 2, 3, 4, 5].includes(i) ? `${l}\n` : l)).join('\n');
    const laidOut = buildBlocks(readLines(text));
    expect(laidOut.layout.kind).toBe('lines');
    expect(laidOut.blocks.map((b) => b.text)).toEqual(lines.filter((l) => l.trim() !== ''));
  });

  it('a PDF text layer: paragraphs joined across page furniture (— 16 —, form feed, running header) to the same texts as the web copy', () => {
    const compact = (s: string) => s.replace(/\s+/g, '');
    const fromPdf = new Set(paragraphs(corpus('pdf/a01-guofa-2019-3-zonghe-baoshuiqu')).map(compact));
    const fromWeb = paragraphs(corpus('raw/a01-guofa-2019-3-zonghe-baoshuiqu')).map(compact);
    expect(fromWeb.filter((p) => !fromPdf.has(p))).toEqual([]);
    const r = corpus('pdf/a01-guofa-2019-3-zonghe-baoshuiqu');
    // Two page breaks, each a page number and a header (`2021年第6期`, `某某市人民政府公报`), and the last page number.
    expect(r.stats.furnitureLines).toBe(5);
  });

  it.each(['a02-guofa-2018-38-zimao-shiyanqu', 'b08-pudong-2023-6-renfang-gongcheng'])(
    'hard-wrapped text (%s: a PDF text layer with its indents dropped, as pdftotext gives it) makes the same paragraphs by width alone',
    (name) => {
      const indented = readFileSync(fixturePath(`corpus/pdf/${name}.txt`), 'utf8');
      const flush = indented.replace(/^\u3000\u3000/gm, '');
      expect(buildBlocks(readLines(flush)).layout.kind).toBe('wrapped');
      const texts = (text: string) => buildBlocks(readLines(text)).blocks.map((b) => b.text.replace(/\s+/g, ''));
      expect(texts(flush)).toEqual(texts(indented));
      const r = parseGazette(flush, { name });
      expect(r.documents[0]!.addressees.length).toBeGreaterThan(0);
      expect(errors(r)).toEqual([]);
    },
  );

  it('text repeated in a flattened table (`定量` in every row) is not a running header, however often it meets a page break', () => {
    const text = readFileSync(fixturePath('corpus/pdf/a05-guoban-2019-4-sanji-yiyuan-kaohe.txt'), 'utf8').split('\n');
    const r = corpus('pdf/a05-guoban-2019-4-sanji-yiyuan-kaohe');
    const furniture = r.stats.furnitureLines;
    const pageNumbers = text.filter((l) => /^— \d+ —$/.test(l)).length;
    const headers = text.filter((l) => /^\f/.test(l)).length;
    expect(furniture).toBe(pageNumbers + headers);
  });
});

describe('notices copied from a site that lists them (fixtures/invented-page-copies)', () => {
  const copy = (name: string) => parseGazette(readFileSync(fixturePath(`invented-page-copies/${name}.txt`)), { name });
  /** What a reader compares: the head, the addressees, and how many sections, clauses and dates. */
  const summary = (d: Document) => ({ ...head(d), addressees: d.addressees, sections: sectionsOf(d).length, clauses: d.responsibilities.length, dates: d.dates.length });

  it('keeps a headline printed above the title out of the notice: front matter, the notice as its raw form reads', () => {
    const r = copy('headline-a03');
    expect(r.documents.map(summary)).toEqual(corpus('raw/a03-guoban-2018-121-tiyu-jingsai').documents.map(summary));
    expect(r.documents[0]!.startLine).toBe(4);
    expect(r.fragments.map((f) => [f.startLine, f.endLine, f.reason])).toEqual([[1, 2, 'front matter: headline repeated by the title under it']]);
    expect(r.diagnostics.filter((d) => d.code === 'layout/front-matter').map((d) => d.line)).toEqual([1]);
    expect(r.stats.unaccountedLines).toBe(0);
  });

  it('drops book-title marks printed around a whole title, nested marks and all (《…关于印发《…》的通知》)', () => {
    const r = copy('book-title-b06');
    const raw = corpus('raw/b06-qingpu-2024-29-gonggong-xiaofang');
    expect(r.documents.map(summary)).toEqual(raw.documents.map(summary));
    expect(r.documents[0]!.title).toBe('上海市青浦区人民政府办公室关于印发《关于进一步加强本区公共消防安全工作的实施方案》的通知');
    expect(r.documents[0]!.issuer).toBe('上海市青浦区人民政府办公室');
  });

  it('reads label：value lines of page metadata as furniture whose values fill what the notice does not print (发布文号)', () => {
    const r = copy('metadata-b06');
    const raw = corpus('raw/b06-qingpu-2024-29-gonggong-xiaofang');
    expect(r.documents.map((d) => ({ ...summary(d), docNumber: null }))).toEqual(raw.documents.map(summary));
    expect(r.documents[0]!.docNumber).toBe('青府办发〔2024〕29号');
    expect(r.source.metadata).toEqual({ 发布部门: '上海市青浦区人民政府办公室', 发布文号: '青府办发〔2024〕29号' });
    expect([r.stats.furnitureLines, r.stats.unaccountedLines]).toEqual([2, 0]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('document/missing-number');
  });

  it('reads the rows of a 政府信息公开 table copied as text (cells between bars) as page metadata too', () => {
    const r = copy('metadata-rows-b06');
    const raw = corpus('raw/b06-qingpu-2024-29-gonggong-xiaofang');
    expect(r.documents.map((d) => ({ ...summary(d), docNumber: null }))).toEqual(raw.documents.map(summary));
    expect(r.documents[0]!.docNumber).toBe('青府办发〔2024〕29号');
    expect(r.source.metadata).toEqual({ 文号: '青府办发〔2024〕29号', 成文日期: '2024-12-23', 公开方式: '主动公开', 信息来源: '青浦区人民政府办公室' });
    expect([r.stats.furnitureLines, r.stats.unaccountedLines]).toEqual([3, 0]);
  });

  it('drops a site’s category label before the title (【规范性文件】…)', () => {
    const r = copy('label-a03');
    expect(r.documents.map(summary)).toEqual(corpus('raw/a03-guoban-2018-121-tiyu-jingsai').documents.map(summary));
    expect(r.documents[0]!.title).toBe('国务院办公厅关于加快发展体育竞赛表演产业的指导意见');
  });

  it('reads a listing page: breadcrumb, headline after a site label, metadata; a bracketed number and a year printed with letters O', () => {
    const r = copy('listing-a10');
    const raw = corpus('raw/a10-guofa-2004-18-gongzuo-guize');
    expect(r.documents.map(summary)).toEqual(raw.documents.map(summary));
    expect(head(r.documents[0]!)).toEqual({ docNumber: '国发〔2004〕18号', issuer: '国务院', title: '国务院关于印发《国务院工作规则》的通知', date: '2004-06-26' });
    expect(r.documents[0]!.startLine).toBe(4);
    expect(r.fragments.map((f) => [f.startLine, f.endLine])).toEqual([[1, 3]]);
    expect(errors(r)).toEqual([]);
  });

  it('keeps the page heading that repeats the headline out when the notice’s own head follows: an issuer line above 关于印发…', () => {
    const r = copy('heading-a10');
    expect(r.documents).toHaveLength(1);
    expect(head(r.documents[0]!)).toEqual({ docNumber: '国发〔2004〕18号', issuer: '国务院', title: '关于印发《国务院工作规则》的通知', date: '2004-06-26' });
    expect(r.documents[0]!.startLine).toBe(6);
    expect(r.fragments.map((f) => [f.startLine, f.endLine])).toEqual([[1, 5]]);
    expect(sectionsOf(r.documents[0]!).length).toBe(sectionsOf(corpus('raw/a10-guofa-2004-18-gongzuo-guize').documents[0]!).length);
    expect(errors(r)).toEqual([]);
  });

  it('keeps the page heading out when the notice’s title follows it a third time under an issuer line', () => {
    const r = copy('heading3-a10');
    expect(r.documents.map(summary)).toEqual(corpus('raw/a10-guofa-2004-18-gongzuo-guize').documents.map(summary));
    expect(r.documents[0]!.startLine).toBe(5);
    expect(r.fragments.map((f) => [f.startLine, f.endLine])).toEqual([[1, 4]]);
  });

  it('reads a bracketed number only under a title: a task table’s bracketed 参考文件 cell stays a cell (嘉府办发〔2024〕23号)', () => {
    const r = corpus('raw/b01-jiading-2024-23-haimian-chengshi');
    expect(r.documents).toHaveLength(1);
    expect(r.documents[0]!.docNumber).toBeNull();
  });
});
