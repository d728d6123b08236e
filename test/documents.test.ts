/**
 * Issue "Pipeline and documents": the 13 notices of the seed, every field written from
 * reading the text (fixtures/seed/expected/documents.json), and every line accounted for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateResult } from '../src/validate.js';
import { parseGazette } from '../src/parse.js';
import { fixturePath, seedLines, seedResult } from './helpers/seed.js';

interface ExpectedDoc {
  docNumber: string;
  issuer: string;
  title: string;
  genre: string;
  addressees: string[];
  date: string;
  disclosure: string;
  attachments: { label: string; number: number | null; title: string; startLine: number }[];
  startLine: number;
  endLine: number;
}

const expected: ExpectedDoc[] = JSON.parse(readFileSync(fixturePath('seed/expected/documents.json'), 'utf8')).documents;

// Invented variants: the seed prints only （此件公开发布）; other gazettes word the
// disclosure note (公开属性) differently, with OCR spaces and half-width brackets.
describe('disclosure notes other gazettes print (invented wording on the 50 号 notice)', () => {
  const notice = readFileSync(fixturePath('notice-50/input.txt'), 'utf8');
  for (const [printed, value] of [
    ['（此件主动公开）', '此件主动公开'],
    ['(此件 依申请 公开)', '此件依申请公开'],
    ['（此件删减后公开)', '此件删减后公开'],
    ['（此件不予公开）', '此件不予公开'],
  ] as const) {
    it(`reads ${printed} as ${value}, on line 16`, () => {
      const result = parseGazette(notice.replace('（此件公开发布）', printed), { name: 'variant.txt' });
      expect(result.documents.map((d) => [d.docNumber, d.disclosure])).toEqual([['吕政办发〔2020〕50号', value]]);
      expect(result.documents[0]!.date).toBe('2020-07-07');
    });
  }
});

describe('the seed gazette (吕梁市人民政府公报 2020 No.4)', () => {
  const result = seedResult();

  it('holds exactly the 13 notices, in order', () => {
    expect(result.documents.map((d) => d.docNumber)).toEqual(expected.map((d) => d.docNumber));
  });

  for (const want of expected) {
    it(`reads ${want.docNumber} as printed`, () => {
      const got = result.documents.find((d) => d.docNumber === want.docNumber)!;
      expect({
        docNumber: got.docNumber,
        issuer: got.issuer,
        title: got.title,
        genre: got.genre,
        addressees: got.addressees,
        date: got.date,
        disclosure: got.disclosure,
        attachments: got.attachments.map(({ label, number, title, startLine }) => ({ label, number, title, startLine })),
        startLine: got.startLine,
        endLine: got.endLine,
      }).toEqual(want);
    });
  }

  it('splits document numbers into prefix, year and serial', () => {
    expect(result.documents[0]!.docNumberParts).toEqual({ prefix: '吕政办发', year: 2020, serial: 50 });
    expect(result.documents.every((d) => d.docNumberParts?.year === 2020 && d.docNumberParts.prefix === '吕政办发')).toBe(true);
  });

  it('leaves no space between Chinese characters in titles', () => {
    for (const d of result.documents) expect(d.title).not.toMatch(/\s/);
  });

  it('knows which notices enclose an instrument and what it is called', () => {
    const instruments = Object.fromEntries(
      result.documents.map((d) => [d.docNumberParts!.serial, d.parts.find((p) => p.kind === 'instrument')?.title ?? null]),
    );
    expect(instruments).toEqual({
      50: '吕梁市2020年食品安全重点工作安排',
      52: null, // the notice body carries the sections
      53: null, // a cover note only: the plan is published elsewhere
      54: '吕梁市开展自然资源领域非法违法行为专项整治实施方案',
      55: '吕梁市高、中职学校开展“送教下乡、送技下乡”活动实施方案',
      58: '吕梁市安全生产专项整治三年行动实施方案',
      59: '吕梁市全面推进基层政务公开标准化规范化进一步做好政务公开工作实施方案',
      60: '吕梁市引进律师人才的六条措施',
      61: null,
      63: '吕梁市政务信息化项目建设应用管理办法',
      64: '关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的实施方案',
      65: null,
      66: null,
    });
  });

  it('matches every announced attachment with the attachment printed (58 号: 13 of 13)', () => {
    const d58 = result.documents.find((d) => d.docNumberParts?.serial === 58)!;
    expect(d58.attachments).toHaveLength(13);
    expect(d58.attachments.every((a) => a.startLine !== null && a.listedLine !== null)).toBe(true);
    expect(d58.attachments[0]!.listedLine).toBe(3515);
    expect(result.diagnostics.filter((d) => d.code.startsWith('document/attachment'))).toEqual([]);
  });

  it('never starts a document at a document number cited inside the text', () => {
    const lines = seedLines();
    // Cited numbers in the seed, e.g. （晋政办发〔2020〕38 号） at line 673 and （国办发〔2019〕35 号） at 15756–15758.
    const cited = lines.map((l, i) => [i + 1, l] as const).filter(([, l]) => /〔\d{4}〕/.test(l) && !/^\s*吕政办发〔2020〕\d+\s*号\s*$/.test(l) && !l.startsWith('\t'));
    expect(cited.length).toBeGreaterThanOrEqual(15);
    const starts = new Set(result.documents.map((d) => d.startLine));
    for (const [line] of cited) expect(starts.has(line)).toBe(false);
  });

  it('accounts for every non-blank line: document, fragment or page furniture', () => {
    const lines = seedLines();
    const nonBlank = lines.filter((l) => l.trim() !== '').length;
    const { stats } = result;
    expect(stats.textLines).toBe(nonBlank);
    expect(stats.documentLines + stats.fragmentLines + stats.furnitureLines).toBe(nonBlank);
    expect(stats.unaccountedLines).toBe(0);
    // Independently: every non-blank line lies in a document's or fragment's range, or is furniture.
    const furniture = new Set([1870, 1872, 4259, 4261, 6187, 6189, 12919, 14072, 14074]);
    expect(stats.furnitureLines).toBe(furniture.size);
    const inRange = (n: number) =>
      result.documents.some((d) => d.startLine <= n && n <= d.endLine) || result.fragments.some((f) => f.startLine <= n && n <= f.endLine);
    const lost = lines.map((l, i) => i + 1).filter((n) => lines[n - 1]!.trim() !== '' && !furniture.has(n) && !inRange(n));
    expect(lost).toEqual([]);
  });

  it('keeps the tab-indented re-extraction at the end as one fragment, with a diagnostic', () => {
    expect(result.fragments).toHaveLength(1);
    const [fragment] = result.fragments;
    expect([fragment!.startLine, fragment!.endLine]).toEqual([17397, 17945]);
    expect(fragment!.reason).toMatch(/re-extraction/);
    expect(result.documents.at(-1)!.endLine).toBe(17396); // 66 号 ends where it ends, nothing swallowed
    expect(result.diagnostics.filter((d) => d.code === 'layout/reextraction').map((d) => d.line)).toEqual([17397]);
  });

  it('validates against the schema', () => {
    expect(validateResult(result)).toEqual([]);
  });

  it('gives byte-identical output for the same input twice', () => {
    const again = parseGazette(readFileSync(fixturePath('seed/input.txt')), { name: 'seed/input.txt' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});
