/**
 * Markdown as people write it (src/input/markdown.ts), on five corpus notices rendered the
 * ways converters render them (fixtures/inputs/md/: bold markers, heading depth without
 * markers, ordered lists, YAML front matter): the same paragraphs, documents, headings,
 * clauses, deadlines and targets as the text form (fixtures/inputs/txt/), every paragraph
 * at its line of the .md file, front matter as metadata and never as body text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { HEADING_OPENING } from '../grammar/data/markers.js';
import { parseMarkdown, readMarkdown } from '../src/input/markdown.js';
import { validateResult } from '../src/validate.js';
import { content, inputBytes, inputPath, NOTICES, squash, textForm, textLines, withoutFilled } from './helpers/inputs.js';

vi.setConfig({ testTimeout: 60_000 });

const mdLines = (id: string) => readFileSync(inputPath('md', id), 'utf8').split('\n');

describe.each(NOTICES)('%s as Markdown reads as its text form', (id) => {
  const reading = readMarkdown(inputBytes('md', id), { name: `${id}.md` });
  const result = parseMarkdown(inputBytes('md', id), { name: `${id}.md` });

  it('one paragraph per line of the text, with the same text', () => {
    expect(reading.blocks.map((b) => b.text)).toEqual(textLines(id).map((l) => l.text));
  });

  it('every paragraph at the .md line that holds its text (markup and a marker made from heading depth aside)', () => {
    const lines = mdLines(id);
    for (const b of reading.blocks) {
      expect(b.startLine).toBe(b.endLine);
      const printed = squash(lines[b.startLine - 1]).replace(/\*\*|^#+|^\d+\./g, '');
      const body = squash(b.text);
      expect(printed === body || printed === body.replace(HEADING_OPENING, '')).toBe(true);
    }
  });

  it('the same documents, headings, clauses, deadlines and targets', () => {
    expect(withoutFilled(result, textForm(id))).toEqual(content(textForm(id)));
  });

  it('accounts for every line and validates', () => {
    expect(result.stats.unaccountedLines).toBe(0);
    expect(result.stats.lines).toBe(mdLines(id).length);
    expect(result.source.format).toBe('md');
    expect(validateResult(result)).toEqual([]);
  });
});

describe('what each rendering shows', () => {
  it('bold markers (**一、**原则同意…, **（一）**指导思想。…): every heading of the text form found', () => {
    for (const id of ['a03', 'a08'] as const) {
      const lines = mdLines(id);
      expect(lines.filter((l) => /^\*\*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\*\*/.test(l)).length).toBeGreaterThan(10);
      const headings = content(parseMarkdown(inputBytes('md', id))).headings;
      expect(headings).toEqual(content(textForm(id)).headings);
    }
    expect(content(parseMarkdown(inputBytes('md', 'a03'))).headings).toHaveLength(24);
    expect(content(parseMarkdown(inputBytes('md', 'a08'))).headings).toHaveLength(14);
  });

  it('a01: ## 一、 headings, bold （一） leads and 1.–21. as ordered lists give its 35 headings', () => {
    const headings = content(parseMarkdown(inputBytes('md', 'a01'))).headings;
    expect(headings).toHaveLength(35);
    expect(headings.filter((h) => h.startsWith('3 '))).toHaveLength(21);
    expect(headings.slice(0, 4)).toEqual(['1 一、指导思想', '1 二、基本原则', '2 （一）坚持深化改革，简政放权', '2 （二）坚持对标国际，开放引领']);
  });

  it('b05: headings that print no marker take the marker of their depth (## 总体要求 → 一、, ### 指导思想 → （一）)', () => {
    const lines = mdLines('b05');
    const reading = readMarkdown(inputBytes('md', 'b05'));
    const at = (line: number) => reading.blocks.find((b) => b.startLine === line)?.text;
    const depth = lines.map((l, i) => [l, i + 1] as const).filter(([l]) => /^#{2,3} /.test(l));
    expect(depth.map(([l, line]) => `${l} → ${at(line)}`)).toEqual([
      '## 总体要求 → 一、总体要求',
      '### 指导思想 → （一）指导思想',
      '### 工作原则 → （二）工作原则',
      '## 主要任务 → 二、主要任务',
      '## 保障措施 → 三、保障措施',
    ]);
  });

  it('front matter is metadata, never body text', () => {
    for (const id of ['a08', 'b05', 'b06'] as const) {
      const result = parseMarkdown(inputBytes('md', id));
      expect(Object.keys(result.source.metadata ?? {})).toEqual(['文号', '发文机关', '成文日期', '发布日期']);
      expect(readMarkdown(inputBytes('md', id)).blocks.some((b) => /^(文号|发文机关|成文日期|发布日期)[:：]|^---$/.test(b.text))).toBe(false);
      expect(result.fragments.some((f) => f.text.includes('发布日期'))).toBe(false);
    }
    expect(parseMarkdown(inputBytes('md', 'b05')).source.metadata?.['文号']).toBe('沪府办发〔2022〕24号');
  });

  it('b05, b06: front matter fills the 文号 the body does not print', () => {
    for (const [id, number] of [
      ['b05', '沪府办发〔2022〕24号'],
      ['b06', '青府办发〔2024〕29号'],
    ] as const) {
      expect(textForm(id).documents.map((d) => d.docNumber)).toEqual([null]);
      const result = parseMarkdown(inputBytes('md', id));
      expect(result.documents.map((d) => d.docNumber)).toEqual([number]);
      expect(result.diagnostics.map((d) => d.code)).not.toContain('document/missing-number');
    }
  });
});
