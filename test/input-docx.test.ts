/**
 * Word files (src/input/docx.ts) on five corpus notices made into .docx by LibreOffice
 * (fixtures/inputs/docx/, one Word paragraph per line of the text): the same paragraphs at
 * the same positions (a result's line is the paragraph index), the same documents,
 * headings, clauses, deadlines and targets as the text form, and Word's automatic list
 * numbers (a01: 一、 and （一）; b06: 一、) kept as markers.
 */
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { parseDocx, readDocx } from '../src/input/docx.js';
import { formatNumber, numberedParagraphs } from '../src/input/docxNumbering.js';
import { validateResult } from '../src/validate.js';
import { content, inputBytes, NOTICES, textForm, textLines, withoutFilled } from './helpers/inputs.js';

vi.setConfig({ testTimeout: 60_000 });

describe.each(NOTICES)('%s as a Word file reads as its text form', (id) => {
  it('one paragraph per line, at the paragraph index that is the line of the text, with the same text', async () => {
    const reading = await readDocx(inputBytes('docx', id), { name: `${id}.docx` });
    expect(reading.blocks.map((b) => [b.startLine, b.text])).toEqual(textLines(id).map((l) => [l.line, l.text]));
    expect(reading.source.lines).toBe(textLines(id).length);
  });

  it('the same documents, headings, clauses, deadlines and targets; every line accounted for', async () => {
    const result = await parseDocx(inputBytes('docx', id), { name: `${id}.docx` });
    expect(withoutFilled(result, textForm(id))).toEqual(content(textForm(id)));
    expect(result.stats.unaccountedLines).toBe(0);
    expect(result.source.format).toBe('docx');
    expect(validateResult(result)).toEqual([]);
  });
});

describe("Word's automatic list numbers", () => {
  const documentText = async (id: string) => {
    const zip = await JSZip.loadAsync(inputBytes('docx', id));
    return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  };

  it('a01: 一、 and （一） are numbering, not text, in the file; the result has them as markers', async () => {
    const xml = await documentText('a01');
    expect(xml).not.toContain('一、指导思想');
    expect(xml).not.toContain('（一）坚持深化改革');
    expect(xml).toContain('1.拓展两个市场');
    const headings = content(await parseDocx(inputBytes('docx', 'a01'))).headings;
    expect(headings.slice(0, 4)).toEqual(['1 一、指导思想', '1 二、基本原则', '2 （一）坚持深化改革，简政放权', '2 （二）坚持对标国际，开放引领']);
    expect(headings).toHaveLength(35);
  });

  it('b06: 一、–五、 numbered by Word over paragraphs that are not in the list', async () => {
    expect(await documentText('b06')).not.toContain('一、完善消防安全责任体系');
    const reading = await readDocx(inputBytes('docx', 'b06'));
    expect(reading.blocks.map((b) => b.text).filter((t) => /^[一二三四五]、/.test(t))).toEqual([
      '一、完善消防安全责任体系',
      '二、加强消防安全综合治理',
      '三、优化消防安全监管模式',
      '四、升级综合应急救援能力',
      '五、加强消防救援职业保障',
    ]);
  });

  it('counts as Word does (invented numbering): levels restart below, instances of one list go on, a start override restarts', () => {
    const numbering = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const p = (numId: number, ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const styled = `<w:p><w:pPr><w:pStyle w:val="Task"/></w:pPr><w:r><w:t>样式编号</w:t></w:r></w:p>`;
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Task"><w:basedOn w:val="Base"/></w:style></w:styles>`;
    const document = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[
      p(1, 0, '总体要求'),
      p(1, 1, '第一项'),
      p(1, 2, '要点'),
      p(1, 1, '第二项'),
      styled,
      p(2, 0, '保障措施'),
      p(2, 1, '第一项'),
      p(3, 0, '附则'),
      '<w:p><w:r><w:t>正文</w:t></w:r></w:p>',
    ].join('')}</w:body></w:document>`;
    expect(numberedParagraphs(document, numbering, styles).map((n) => n.marker + n.text)).toEqual([
      '一、总体要求',
      '1.第一项',
      '2.第二项',
      '3.样式编号',
      '二、保障措施',
      '1.第一项',
      '一、附则',
    ]);
  });

  it('writes the number formats Word uses for Chinese documents', () => {
    expect([1, 10, 11, 20, 21, 99].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '九十九']);
    expect(formatNumber(12, 'taiwaneseCountingThousand')).toBe('十二');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
  });
});

describe('a file that is not a Word file', () => {
  it('is one clear error, not a crash', async () => {
    const result = await parseDocx(new Uint8Array(Buffer.from('PK\u0003\u0004 not really a zip')), { name: 'broken.docx' });
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['input/unreadable-file', 'error']]);
    expect(result.diagnostics[0]!.message).toMatch(/^This is not a Word \(\.docx\) file that can be opened/);
    expect(validateResult(result)).toEqual([]);
  });
});
