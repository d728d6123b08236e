/**
 * Issue "Never crash, never lose a line": inputs no gazette should be, each as a test.
 * Big inputs are generated here, never committed. These tests guard against crashes,
 * hangs and quadratic blow-ups (a quadratic stage takes minutes on these sizes and the
 * test times out); how fast the parser is, is the benchmark's business (`npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import type { GazetteResult } from '../src/model.js';
import { parseGazette } from '../src/parse.js';
import { invariantProblems } from './fuzz/invariants.js';
import { seedLines, seedResult } from './helpers/seed.js';

const SEED_LINES = seedLines();
const SEED_TEXT = SEED_LINES.join('\n');

/** Parses and checks the invariants every output must keep. */
function parseChecked(input: string | Uint8Array, name = 'input'): GazetteResult {
  const result = parseGazette(input, { name });
  const text = typeof input === 'string' ? input : undefined;
  expect(invariantProblems(result, text)).toEqual([]);
  return result;
}

/** The seed result without what describes the file's bytes. */
function content(r: GazetteResult): unknown {
  const { source, ...rest } = r;
  return { source: { name: source.name, lines: source.lines }, ...rest };
}

describe('empty and blank inputs', () => {
  it('an empty file is a valid empty result', () => {
    const result = parseChecked(new Uint8Array(0), 'empty.txt');
    expect(result.documents).toEqual([]);
    expect(result.fragments).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'input/empty']]);
    expect(result.stats.textLines).toBe(0);
  });

  it('a file that is only a BOM, or only whitespace, is empty too', () => {
    for (const input of [new Uint8Array([0xef, 0xbb, 0xbf]), ' \u3000\t\n  \r\n']) {
      const result = parseChecked(input);
      expect(result.documents).toEqual([]);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['input/empty']);
    }
  });

  it('10 000 blank lines are 10 000 blank lines and nothing else', () => {
    const result = parseChecked('\n'.repeat(10_000));
    expect(result.source.lines).toBe(10_001);
    expect(result.stats.blankLines).toBe(10_001);
    expect(result.documents).toEqual([]);
  });

  it('10 000 blank lines between two notices move them down and change nothing else', () => {
    // Between 57 号 and 58 号: after the line before 58 号's issuer line.
    const at = seedResult().documents[5]!.startLine - 1;
    const lines = [...SEED_LINES.slice(0, at), ...Array<string>(10_000).fill(''), ...SEED_LINES.slice(at)];
    const result = parseChecked(lines.join('\n'));
    const before = seedResult().documents;
    expect(result.documents.map((d) => d.docNumber)).toEqual(before.map((d) => d.docNumber));
    expect(result.documents.map((d) => d.startLine)).toEqual(before.map((d) => (d.startLine > at ? d.startLine + 10_000 : d.startLine)));
    expect(result.documents[5]!.parts.map((p) => p.sections.length)).toEqual(before[5]!.parts.map((p) => p.sections.length));
  });
});

describe('line endings', () => {
  const lf = parseGazette(SEED_TEXT, { name: 'seed' });

  it('CRLF gives the LF result, line for line', () => {
    expect(content(parseChecked(SEED_TEXT.replace(/\n/g, '\r\n'), 'seed'))).toEqual(content(lf));
  });

  it('lone CR (old Mac) gives the LF result', () => {
    expect(content(parseChecked(SEED_TEXT.replace(/\n/g, '\r'), 'seed'))).toEqual(content(lf));
  });

  it('mixed LF, CRLF and CR in one file give the LF result', () => {
    // A lone CR before an empty line that ends in LF would spell CRLF: use LF there.
    const ending = (i: number) => (i % 3 === 2 && SEED_LINES[i + 1] !== '' ? '\r' : i % 3 === 1 ? '\r\n' : '\n');
    const mixed = SEED_LINES.map((l, i) => l + (i === SEED_LINES.length - 1 ? '' : ending(i))).join('');
    expect(content(parseChecked(mixed, 'seed'))).toEqual(content(lf));
  });
});

describe('NUL bytes', () => {
  it('NUL characters inside the seed are spaces: same notices, same lines', () => {
    const text = SEED_LINES.map((l, i) => (i % 50 === 7 ? `${l}\u0000` : l)).join('\n');
    const result = parseChecked(text, 'seed');
    expect(result.documents.map((d) => [d.docNumber, d.startLine, d.endLine])).toEqual(
      seedResult().documents.map((d) => [d.docNumber, d.startLine, d.endLine]),
    );
    expect(result.diagnostics.some((d) => d.code === 'input/nul-bytes')).toBe(true);
  });

  it('a file of NUL bytes is binary: one error, no stack', () => {
    const result = parseChecked(new Uint8Array(4096), 'zeros.bin');
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'input/binary']]);
  });
});

describe('huge lines', () => {
  // Each unit holds what the stages look for: markers, dates, brackets, numbers, 附件.
  const units: Record<string, string> = {
    'OCR-spaced text with markers and brackets': '（一 ） 2020 年 7 月 7 日前 附 件 A b  c ，（责任单位：市教育局、市公安局）达到 98%以上。',
    'CJK without a single space': '各县市区人民政府要加强组织领导，',
    'ASCII words': 'abcdefgh ',
  };
  for (const [what, unit] of Object.entries(units)) {
    it(`a 50 MB file with no newline (${what}) is one line, accounted for`, () => {
      const target = 50 * 1024 * 1024;
      const line = unit.repeat(Math.ceil(target / Buffer.byteLength(unit)));
      const bytes = new Uint8Array(Buffer.from(line));
      expect(bytes.length).toBeGreaterThanOrEqual(target);
      const result = parseGazette(bytes, { name: 'one-line.txt' });
      expect(invariantProblems(result)).toEqual([]);
      expect(result.source.lines).toBe(1);
      expect(result.stats.textLines).toBe(1);
      expect(result.stats.fragmentLines + result.stats.documentLines).toBe(1);
    }, 120_000);
  }

  it('a 1 MB line inside a notice goes through every stage, phrases included', () => {
    const head = SEED_LINES.slice(0, 40).join('\n');
    const unit = '各县市区人民政府要加强组织领导（责任单位：市教育局、市公安局），于 2020 年 10 月底前完成，合格率达到 98%以上。';
    const line = unit.repeat(Math.ceil(1e6 / Buffer.byteLength(unit)));
    const result = parseChecked(`${head}\n${line}\n`);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.endLine).toBe(41);
  }, 120_000);

  it('a paragraph of 100 000 lines with no blank line is read in linear time', () => {
    // Every line joins the one before (no blank line between): a quadratic join or a
    // regex over the growing paragraph takes minutes here.
    const lines = Array.from({ length: 100_000 }, (_, i) => `第${i}行文字继续上一行的内容没有空行也没有句号`);
    const result = parseChecked(lines.join('\n'));
    expect(result.stats.textLines).toBe(100_000);
  }, 120_000);
});

describe('broken notices', () => {
  const doc50 = seedResult().documents[0]!;
  // 52 号 is a notice with no instrument: its signature date is at its very end.
  const doc52 = seedResult().documents[1]!;

  it('a notice cut off mid-sentence keeps its header and says what is missing', () => {
    // Cut 52 号 inside a body line, mid-sentence, and drop the rest of the file.
    let cutLine = doc52.startLine + 100;
    while (SEED_LINES[cutLine - 1]!.trim().length < 10) cutLine++;
    const lines = SEED_LINES.slice(0, cutLine);
    const last = lines[cutLine - 1]!;
    lines[cutLine - 1] = last.slice(0, Math.ceil(last.length / 2));
    const result = parseChecked(lines.join('\n'), 'cut.txt');
    expect(result.documents.map((d) => d.docNumber)).toEqual([doc50.docNumber, doc52.docNumber]);
    const doc = result.documents[1]!;
    expect([doc.title, doc.issuer, doc.addressees]).toEqual([doc52.title, doc52.issuer, doc52.addressees]);
    expect(doc.date).toBeNull();
    expect(doc.endLine).toBe(cutLine);
    expect(result.diagnostics.some((d) => d.code === 'document/missing-date' && d.line === doc.startLine)).toBe(true);
  });

  it('a file cut in the middle of a UTF-8 character still parses', () => {
    const bytes = Buffer.from(SEED_LINES.slice(0, doc50.startLine + 60).join('\n'));
    let cut = bytes.length - 1;
    while ((bytes[cut]! & 0xc0) !== 0xc0) cut--;
    const result = parseChecked(new Uint8Array(bytes.subarray(0, cut + 1)), 'cut.txt');
    expect(result.source.encoding).toBe('utf-8');
    expect(result.documents.map((d) => d.docNumber)).toEqual([doc50.docNumber]);
    expect(result.diagnostics.some((d) => d.code === 'input/invalid-bytes')).toBe(true);
  });

  it('brackets never closed anywhere in the seed: nothing crashes, every line is kept', () => {
    // Not the year brackets of document numbers (〔〕): without them there is no notice at all.
    const result = parseChecked(SEED_TEXT.replace(/[）)」』》]/g, ''), 'unclosed.txt');
    expect(result.documents.map((d) => d.docNumber)).toEqual(seedResult().documents.map((d) => d.docNumber));
  });

  it('brackets only ever opened (200 000 of them, on one line and on many)', () => {
    parseChecked('（'.repeat(200_000));
    parseChecked(Array.from({ length: 20_000 }, () => '（（《〔【（责任单位：').join('\n'));
  });

  it('a file of only page headers and page numbers is all furniture', () => {
    const lines: string[] = [];
    for (let page = 1; page <= 1500; page++) lines.push('市政府办公室文件 2020•４吕梁市人民政府公报', '', `- ${page} -`, '');
    const result = parseChecked(lines.join('\n'), 'headers.txt');
    expect(result.documents).toEqual([]);
    expect(result.fragments).toEqual([]);
    expect(result.stats.furnitureLines).toBe(3000);
    expect(result.stats.textLines).toBe(3000);
  });

  it('the seed twice in one file is 26 notices, the second copy shifted by the first', () => {
    const result = parseChecked(`${SEED_TEXT}\n${SEED_TEXT}`, 'twice.txt');
    const once = seedResult().documents;
    expect(result.documents.map((d) => d.docNumber)).toEqual([...once, ...once].map((d) => d.docNumber));
    expect(result.documents[13]!.startLine).toBe(once[0]!.startLine + SEED_LINES.length);
  });
});

describe('text outside any document', () => {
  it('stray lines before, between and after notices make separate fragments, none spanning a notice', () => {
    const doc53 = SEED_LINES.slice(916, 934);
    // A second signature date after a notice's own ends the notice: it and what follows are stray.
    const text = ['开头的一段游离文字。', '', ...doc53, '', '2020 年 7 月 8 日', '', '2020 年 7 月 9 日', '', ...doc53, '', '2020 年 7 月 8 日', '', '结尾的文字。'].join('\n');
    const result = parseChecked(text, 'stray.txt');
    expect(result.documents.map((d) => [d.startLine, d.endLine])).toEqual([
      [3, 20],
      [26, 43],
    ]);
    expect(result.fragments.map((f) => [f.startLine, f.endLine])).toEqual([
      [1, 1],
      [22, 24],
      [45, 47],
    ]);
  });
});
