/**
 * PDFs (src/input/pdf.ts) on five corpus notices printed to PDF by LibreOffice
 * (fixtures/inputs/pdf/: A4, indented paragraphs, centred titles, the 文号 as a running
 * header, `— N —` page numbers): paragraphs rebuilt from the geometry with the same text
 * as the text form's lines, furniture dropped, every line on its page, the same documents,
 * headings, clauses, deadlines and targets; a scan (no text layer) is one clear error.
 */
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/run.js';
import { parsePdf, readPdf } from '../src/input/pdf.js';
import { validateResult } from '../src/validate.js';
import { fakeIo } from './helpers/fakeIo.js';
import { content, inputBytes, NOTICES, squash, textForm, textLines, withoutFilled } from './helpers/inputs.js';

vi.setConfig({ testTimeout: 60_000 });

describe.each(NOTICES)('%s as a PDF reads as its text form', (id) => {
  it('one paragraph per line of the text, with the same text (spacing aside)', async () => {
    const reading = await readPdf(inputBytes('pdf', id), { name: `${id}.pdf` });
    expect(reading.blocks.map((b) => squash(b.text))).toEqual(textLines(id).map((l) => squash(l.text)));
  });

  it('every page: its lines in order, the running header first and the page number last, both furniture', async () => {
    const reading = await readPdf(inputBytes('pdf', id), { name: `${id}.pdf` });
    const pages = reading.source.pages!;
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.startLine).toBe(1);
    expect(pages[pages.length - 1]!.endLine).toBe(reading.source.lines);
    pages.forEach((p, i) => {
      expect(p.page).toBe(i + 1);
      if (i > 0) expect(p.startLine).toBe(pages[i - 1]!.endLine + 1);
      expect(reading.lines[p.startLine - 1]!.kind).toBe('runningHeader');
      expect(reading.lines[p.endLine - 1]).toMatchObject({ kind: 'pageNumber', text: `— ${p.page} —` });
    });
    expect(reading.lines.filter((l) => l.kind !== 'text')).toHaveLength(2 * pages.length);
    // No paragraph holds a furniture line.
    for (const b of reading.blocks) for (const s of b.segments) expect(reading.lines[s.line - 1]!.kind).toBe('text');
  });

  it('the same documents, headings, clauses, deadlines and targets; every line accounted for', async () => {
    const result = await parsePdf(inputBytes('pdf', id), { name: `${id}.pdf` });
    expect(withoutFilled(result, textForm(id))).toEqual(content(textForm(id)));
    expect(result.stats.unaccountedLines).toBe(0);
    expect(result.source.format).toBe('pdf');
    expect(validateResult(result)).toEqual([]);
  });
});

describe('the margins, from the lines themselves', () => {
  it('a12, short paragraphs (a member list), most lines indented first lines: the margin is still where wrapped lines start', async () => {
    const reading = await readPdf(inputBytes('pdf', 'a12'), { name: 'a12.pdf' });
    const lines = textLines('a12');
    expect(reading.blocks.map((b) => squash(b.text))).toEqual(lines.map((l) => squash(l.text)));
    const result = await parsePdf(inputBytes('pdf', 'a12'), { name: 'a12.pdf' });
    expect(withoutFilled(result, textForm('a12'))).toEqual(content(textForm('a12')));
  });

  it('a number wrapped over two lines joins without a space; the space set between Chinese and digits is not text', async () => {
    const reading = await readPdf(inputBytes('pdf', 'a08'));
    expect(reading.lines.find((l) => l.kind === 'runningHeader')!.text).toBe('国函〔2018〕159号');
    expect(reading.blocks.some((b) => b.text.includes('与以2022年北京冬奥会'))).toBe(true);
    expect(reading.blocks.filter((b) => /[\u4e00-\u9fff] [0-9]|[0-9] [\u4e00-\u9fff]/.test(b.text))).toEqual([]);
  });
});

describe('pages and lines of a01 (6 pages)', () => {
  it('a heading, a clause and every diagnostic name their line, and the line its page', async () => {
    const result = await parsePdf(inputBytes('pdf', 'a01'), { name: 'a01.pdf' });
    const pages = result.source.pages!;
    const pageOf = (line: number) => pages.find((p) => p.startLine <= line && line <= p.endLine)!.page;
    expect(pages).toHaveLength(6);
    const sections = result.documents[0]!.parts.flatMap((p) => p.sections);
    // Read off the rendering: 三、发展目标 is in the upper half of page 2, 五、有关要求 the last line of page 5.
    expect(sections.map((s) => `${s.marker}${s.heading} p${pageOf(s.line)}`)).toEqual([
      '一、指导思想 p1',
      '二、基本原则 p1',
      '三、发展目标 p2',
      '四、主要任务 p2',
      '五、有关要求 p5',
    ]);
    // a01 has no finding left (the agency directory knows its State Council departments):
    // b06's, on page 1 and later, name their pages the same way.
    const b06 = await parsePdf(inputBytes('pdf', 'b06'), { name: 'b06.pdf' });
    const b06Page = (line: number) => b06.source.pages!.find((p) => p.startLine <= line && line <= p.endLine)!.page;
    expect(b06.diagnostics.length).toBeGreaterThan(0);
    for (const d of [...result.diagnostics, ...b06.diagnostics]) {
      const page = result.diagnostics.includes(d) ? pageOf(d.line) : b06Page(d.line);
      expect(d.message.endsWith(` (page ${page})`)).toBe(true);
    }
  });

  it('a paragraph over a page break is one paragraph', async () => {
    const reading = await readPdf(inputBytes('pdf', 'a01'));
    const pages = reading.source.pages!;
    const across = reading.blocks.filter((b) => pages.some((p) => b.startLine <= p.endLine && b.endLine > p.endLine));
    expect(across.length).toBeGreaterThan(0);
    for (const b of across) expect(textLines('a01').map((l) => squash(l.text))).toContain(squash(b.text));
  });
});

describe('a PDF without a text layer (a scan)', () => {
  it('is one error that says it needs OCR first', async () => {
    const result = await parsePdf(inputBytes('pdf', 'scan-a08-page1'), { name: 'scan.pdf' });
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['input/no-text-layer', 'error']]);
    expect(result.diagnostics[0]!.message).toMatch(/no text layer.*needs OCR first/);
    expect(result.documents).toEqual([]);
    expect(validateResult(result)).toEqual([]);
  });

  it('on the command line: one line on stderr, exit 2, and the other inputs go on', async () => {
    const io = fakeIo({ files: { 'scan.pdf': inputBytes('pdf', 'scan-a08-page1'), 'a08.pdf': inputBytes('pdf', 'a08') } });
    const code = await run(['scan.pdf', 'a08.pdf', '-q'], io);
    expect(code).toBe(2);
    expect(io.err().trimEnd().split('\n')).toEqual([expect.stringMatching(/^gazette-parse: error: scan\.pdf: This PDF has no text layer \(1 page of images: a scan\?\): it needs OCR first/)]);
    const out = JSON.parse(io.out());
    expect(out.map((r: { source: { name: string } }) => r.source.name)).toEqual(['a08.pdf']);
    expect(out[0].documents[0].docNumber).toBe('国函〔2018〕159号');
  });

  it('a file that only starts like a PDF is one clear error too', async () => {
    const result = await parsePdf(new Uint8Array(Buffer.from('%PDF-1.7\n% cut short\n')), { name: 'cut.pdf' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['input/unreadable-file']);
    expect(result.diagnostics[0]!.message).toMatch(/^This PDF cannot be opened/);
  });
});
