/**
 * Issue "Section tree": every numbered heading of the seed at the right depth, the traps
 * that are not headings, tables, and paragraphs each in exactly one place. Outlines are
 * compared with the hand-read lists in fixtures/seed/expected/outline/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines, splitLines } from '../src/layout/lines.js';
import { buildBlocks } from '../src/layout/paragraphs.js';
import { compactText } from '../src/structure/normalize.js';
import { parseGazette } from '../src/parse.js';
import type { Document, Section } from '../src/model.js';
import { fixturePath, flatSections, partByName, partName, SEED_PATH, seedDoc, seedResult } from './helpers/seed.js';
import { listFiles, readTsv, squash } from './helpers/tsv.js';

/** Every section of every part of a document, with its part's name. */
function sectionsOf(doc: Document): { part: string; s: Section }[] {
  return doc.parts.flatMap((p) => flatSections(p.sections).map((s) => ({ part: partName(p), s })));
}

/** Every section start line in the whole seed. */
function allSectionLines(): Set<number> {
  return new Set(seedResult().documents.flatMap((d) => sectionsOf(d).map(({ s }) => s.line)));
}

describe('outlines read by hand', () => {
  for (const file of listFiles('outline')) {
    it(`${file}: every heading with its marker, ordinal, depth, heading text and line`, () => {
      const rows = readTsv(`seed/expected/outline/${file}.tsv`);
      const doc = seedDoc(Number(file.split('-')[0]));
      const parts = [...new Set(rows.map((r) => r['part']!))];
      // The whole outline of the listed parts: nothing missing, nothing extra.
      const got = parts.flatMap((name) =>
        flatSections(partByName(doc, name).sections).map((s) => ({
          part: name,
          line: s.line,
          depth: s.level,
          style: s.style,
          marker: s.marker,
          ordinal: s.ordinal,
          heading: squash(s.heading),
        })),
      );
      const want = rows.map((r) => ({
        part: r['part'],
        line: Number(r['line']),
        depth: Number(r['depth']),
        style: r['style'],
        marker: squash(r['marker']),
        ordinal: Number(r['ordinal']),
        heading: squash(r['heading']),
      }));
      expect(got).toEqual(want);
    });
  }

  it('numbers run on across parents where the text does (50 号: 1.–22. through 一、–五、)', () => {
    const instrument = partByName(seedDoc(50), 'instrument');
    const tasks = flatSections(instrument.sections).filter((s) => s.style === '1.');
    expect(tasks.map((s) => s.ordinal)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(instrument.sections.map((s) => s.children.length)).toEqual([1, 5, 8, 4, 4]);
  });

  it('reads Chinese ordinals (（二十三） → 23, 第三十九条 → 39) and keeps paths without punctuation', () => {
    const s64 = flatSections(partByName(seedDoc(64), 'instrument').sections);
    const s23 = s64.find((s) => s.marker === '（二十三）')!;
    expect([s23.ordinal, s23.line, s23.path]).toEqual([23, 16610, ['六', '二十三']]);
    const a39 = flatSections(partByName(seedDoc(63), 'instrument').sections).find((s) => s.marker === '第三十九条')!;
    expect([a39.ordinal, a39.line, a39.path]).toEqual([39, 15714, ['第六章', '第三十九条']]);
  });

  it('joins a letter-spaced chapter heading (第一章 总 则 → 总则)', () => {
    const ch1 = partByName(seedDoc(63), 'instrument').sections[0]!;
    expect([ch1.marker, ch1.heading, ch1.line, ch1.children.length]).toEqual(['第一章', '总则', 15107, 6]);
  });

  it('keeps OCR bracket mixes as printed and reports them (（十一) at 58 号 2987)', () => {
    const s = sectionsOf(seedDoc(58)).find(({ s }) => s.line === 2987)!.s;
    expect([s.marker, s.style, s.ordinal]).toEqual(['（十一)', '（一）', 11]);
    expect(seedResult().diagnostics.some((d) => d.code === 'section/mismatched-bracket' && d.line === 2987)).toBe(true);
  });

  it('finds a heading that starts on a page-break line (50 号 四、 at 420) or is cut by page furniture', () => {
    const s = sectionsOf(seedDoc(50)).find(({ s }) => s.line === 420)!.s;
    expect([s.marker, s.heading]).toEqual(['四、', '推动食品产业高质量发展']);
    // 58 号 附件 4, 二、(一) 2. spans the running header and page number at 6187–6189.
    const across = sectionsOf(seedDoc(58)).find(({ s }) => s.line < 6187 && s.endLine > 6189 && s.children.length === 0)!.s;
    expect(across.text).not.toContain('公报');
    expect(across.text).not.toContain('- 56 -');
  });

  it('ends a run-in stage heading after its bracketed dates when no stop follows (54 号 四、工作步骤, 1203–1217)', () => {
    const steps = sectionsOf(seedDoc(54)).find(({ s }) => s.line === 1201)!.s;
    expect(steps.children.map((c) => [c.line, c.marker, c.heading])).toEqual([
      [1203, '（一）', '动员部署阶段（8月24日前）'],
      [1217, '（二）', '排查研判阶段（8月24日至8月31日）'],
      [1229, '（三）', '查处整改阶段（9月1日至10月15日）'],
      [1246, '（四）', '验收总结阶段（10月16日至10月31日）'],
    ]);
    // A bracket in a heading that holds no date does not end it: 各县（市、区）… (50 号).
    expect(sectionsOf(seedDoc(50)).filter(({ s }) => /（市、区）$/.test(s.heading))).toEqual([]);
  });

  it('finds about eight hundred headings in the seed', () => {
    expect(seedResult().stats.sections).toBe(795);
  });
});

describe('traps that are not headings', () => {
  const lines = allSectionLines();
  const { blocks } = buildBlocks(classifyLines(splitLines(readFileSync(SEED_PATH, 'utf8'))));
  /** The text of the model's paragraph or heading that holds `line` (found via the layout's extent). */
  const paragraphHolding = (line: number): string => {
    const block = blocks.find((b) => b.startLine <= line && line <= b.endLine)!;
    const texts = seedResult().documents.flatMap((d) =>
      d.parts.flatMap((p) => [...p.paragraphs.map((x) => x.text), ...flatSections(p.sections).flatMap((s) => [s.text, ...s.paragraphs.map((x) => x.text)])]),
    );
    return texts.find((t) => t === block.text) ?? '';
  };

  it('a wrapped "一、二级" line is not a heading (58 号 6199, after 达到)', () => {
    expect(lines.has(6199)).toBe(false);
    expect(compactText(paragraphHolding(6199))).toContain('达到一、二级安全生产标准化管理体系要求');
  });

  it('a wrapped line opening with a date range is not a heading (3227, 3926, 7128)', () => {
    for (const n of [3227, 3926, 7128]) expect(lines.has(n)).toBe(false);
    expect(compactText(paragraphHolding(3227))).toMatch(/^2020年6月至2022年12月,分4个阶段实施/);
  });

  it('quantities at a line start are not headings: 7500 人。 (1472), 15%； (17162), 1 户… (7606)', () => {
    for (const n of [1472, 17162, 7606]) expect(lines.has(n)).toBe(false);
    expect(compactText(paragraphHolding(1472))).toContain('培训规模：7500人。');
    expect(compactText(paragraphHolding(17162))).toContain('15%；到2022年');
  });

  it('a bracketed deadline at a line start is not a heading: （2020 年 10 月底前） (14551)', () => {
    expect(lines.has(14551)).toBe(false);
    expect(paragraphHolding(14551)).toMatch(/（2020 年 10 月底前）$/);
  });

  it('attachment lists are not headings: 附件：1.… 13.… (58 号 3515–3567), 附件:1.26 个… (59 号 14823)', () => {
    for (let n = 3515; n <= 3567; n++) expect(lines.has(n)).toBe(false);
    for (const n of [14823, 14827]) expect(lines.has(n)).toBe(false);
    const d59 = seedDoc(59);
    expect(d59.attachments.map((a) => [a.number, a.listedLine])).toEqual([
      [1, 14823],
      [2, 14827],
    ]);
  });

  it('table rows are not headings: 1 重大建设项目领域 市发改委 (14836), a bare 10 (14853), 序号… (14834)', () => {
    for (const n of [14834, 14836, 14838, 14853, 14860]) expect(lines.has(n)).toBe(false);
  });

  it('leader lists are not headings: 组 长：… (1364, 1673, 14874), 成 员：… (1374, 1695)', () => {
    for (const n of [1364, 1374, 1673, 1695, 14874]) expect(lines.has(n)).toBe(false);
    expect(compactText(paragraphHolding(1364))).toBe('组长：王立伟市长');
  });

  it('a bracket never closed does not swallow the next heading (58 号: （责任单位：市 / 交通局 at 9139–9141, then 2. at 9143)', () => {
    const s = sectionsOf(seedDoc(58));
    const next = s.find(({ s }) => s.line === 9143)!.s;
    expect([next.marker, next.heading]).toEqual(['2.', '构建共建共治体系']);
    const before = s.find(({ s }) => s.line === 9125)!.s;
    expect(before.text.endsWith('（责任单位：市交通局')).toBe(true);
    // Likewise 9187 (…按职责分工负责, never closed) / 9188 ` 4.完善事故调查制度` on a page-break line.
    expect(s.find(({ s }) => s.line === 9188)!.s.heading).toBe('完善事故调查制度');
  });
});

describe('tables', () => {
  it('keeps 59 号 附件 1 as a table of 序号 / 试点领域 / 责任单位 with 15 rows', () => {
    const [table] = partByName(seedDoc(59), 'attachment-1').tables;
    expect(table!.rows[0]).toEqual(['序号', '试点领域', '责任单位']);
    expect(table!.rows).toHaveLength(16);
    expect(table!.rows[1]).toEqual(['1', '重大建设项目领域', '市发改委']);
    expect(table!.rows[10]).toEqual(['10', '国有土地上房屋征收领域、保障性住房领域、农村危房改造领域、城市综合执法领域、市政服务领域', '市住建局市城市管理局']);
    expect(table!.rowLines.slice(0, 3)).toEqual([14834, 14836, 14838]);
    expect(seedResult().diagnostics.some((d) => d.code === 'table/uncertain-cells' && d.line === 14853)).toBe(true);
  });

  it('keeps 65 号\'s quota table with its wrapped header cells and its two-line row labels', () => {
    const part = partByName(seedDoc(65), 'attachment');
    expect(part.tables).toHaveLength(1);
    const rows = part.tables[0]!.rows;
    expect(rows[0]).toEqual(['县别', '总任务数', '劳务品牌特色工种', '林业合作社', '新型职业农民', '送教下乡', '高危行业领域', '数据标注员']);
    expect(rows.find((r) => r[0] === '经济技术开发区')).toEqual(['经济技术开发区', '3000', '0', '0', '0', '0', '0', '3000']);
    expect(rows.at(-1)).toEqual(['总计', '100000', '62000', '9000', '15000', '7500', '3500', '3000']);
    expect(rows).toHaveLength(17);
    expect(part.paragraphs.map((p) => p.text)).toEqual(['表格数据单位：人']);
  });

  it('finds no other tables in the seed', () => {
    expect(seedResult().stats.tables).toBe(2);
  });
});

describe('every body paragraph sits in exactly one place', () => {
  it('each paragraph of the layout inside a document is one paragraph, heading, table row, or document furniture', () => {
    const { blocks } = buildBlocks(classifyLines(splitLines(readFileSync(SEED_PATH, 'utf8'))));
    const result = seedResult();
    const starts = new Map<number, number>();
    const count = (line: number) => starts.set(line, (starts.get(line) ?? 0) + 1);
    const furniture = new Set<number>();
    for (const d of result.documents) {
      for (const p of d.parts) {
        p.paragraphs.forEach((x) => count(x.line));
        flatSections(p.sections).forEach((s) => {
          count(s.line);
          s.paragraphs.forEach((x) => count(x.line));
        });
        // A table is made of several layout paragraphs: all of them are in it.
        for (const t of p.tables) for (const b of blocks) if (b.startLine >= t.startLine && b.startLine <= t.endLine) count(b.startLine);
        // Titles and labels of parts.
        if (p.kind !== 'notice') furniture.add(p.startLine);
      }
    }
    // Header and closing lines, attachment lists and part titles are not body paragraphs.
    const inDocs = blocks.filter((b) => b.region === 'main');
    const bodyless = inDocs.filter((b) => (starts.get(b.startLine) ?? 0) === 0);
    for (const b of bodyless) {
      const text = compactText(b.text);
      const isFurniture =
        /^(吕梁市人民政府办公室|吕政办发〔2020〕\d+号|\d{4}年\d{1,2}月\d{1,2}日|（此件公开发布）|附件\d*)$/.test(text) ||
        /[:：]$/.test(text) || // addressee lines
        result.documents.some((d) => d.title.includes(text) || d.parts.some((p) => p.title?.includes(text) || p.startLine === b.startLine)) ||
        result.documents.some((d) => d.attachments.some((a) => a.listedLine !== null && a.listedLine <= b.startLine && b.startLine <= a.listedLine + 4)) ||
        /^附件[:：]/.test(text);
      expect(isFurniture, `line ${b.startLine}: ${b.text.slice(0, 30)}`).toBe(true);
    }
    // Nothing counted twice.
    expect([...starts].filter(([, n]) => n > 1)).toEqual([]);
    // And the count closes: body units plus furniture paragraphs make all paragraphs.
    expect(starts.size + bodyless.length).toBe(inDocs.length);
  });
});

describe('numbering diagnostics (invented notice)', () => {
  const result = parseGazette(readFileSync(fixturePath('invented-numbering-faults/input.txt')), { name: 'invented' });
  const found = result.diagnostics.filter((d) => d.code.startsWith('section/')).map((d) => [d.line, d.code]);

  it('reports a gap, mismatched brackets and a family out of order, each at its line', () => {
    expect(found).toEqual([
      [21, 'section/family-order'],
      [27, 'section/numbering-gap'],
      [31, 'section/mismatched-bracket'],
      [33, 'section/numbering-gap'],
    ]);
    expect(result.diagnostics.every((d) => d.severity === 'warning' || d.code.startsWith('input/') === false)).toBe(true);
  });

  it('still builds the tree: 一、 (4 tasks incl. the gap) > 二、 (two sub-sections) > 三、', () => {
    const sections = result.documents[0]!.parts.find((p) => p.kind === 'instrument')!.sections;
    expect(sections.map((s) => [s.marker, s.children.map((c) => c.marker)])).toEqual([
      ['1.', []],
      ['一、', ['1.', '2.', '4.']],
      ['二、', ['（一)', '（二）']],
      ['三、', ['2.']],
    ]);
  });
});
