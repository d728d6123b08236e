/**
 * Which reader an input goes to (src/cli/inputs.ts, src/cli/reader.ts, src/input/sniff.ts):
 * the extension, then the first bytes (`%PDF`, a zip holding word/document.xml, `<html`),
 * else text; `--from` over both; a directory picks up every supported extension. Run
 * in-process on the fixtures of fixtures/inputs/.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatOf } from '../src/cli/inputs.js';
import { kindOf, readInput } from '../src/cli/reader.js';
import { run } from '../src/cli/run.js';
import { parseInput } from '../src/cli/api.js';
import { sniffKind } from '../src/input/sniff.js';
import { fakeIo, fixture } from './helpers/fakeIo.js';
import { inputBytes } from './helpers/inputs.js';

vi.setConfig({ testTimeout: 60_000 });

const pdf = inputBytes('pdf', 'a08');
const docx = inputBytes('docx', 'a08');
const html = inputBytes('html', 'a08');
const md = inputBytes('md', 'a08');
const txt = inputBytes('txt', 'a08');

describe('the first bytes', () => {
  it('tell a PDF, a Word file and a web page from text; Markdown reads as text', () => {
    expect([pdf, docx, html, md, txt].map((b) => sniffKind(b))).toEqual(['pdf', 'docx', 'html', 'txt', 'txt']);
    expect(sniffKind(inputBytes('html', 'a03'))).toBe('html'); // GB2312
  });

  it('a page behind a BOM, blanks and a comment is a page; a zip that is not a Word file is not', () => {
    expect(sniffKind(new Uint8Array(Buffer.from('\ufeff\n  <!-- saved -->\n<HTML lang="zh"><body>x</body></HTML>', 'utf8')))).toBe('html');
    expect(sniffKind(new Uint8Array([0xff, 0xfe, ...Buffer.from('<!DOCTYPE html><html></html>', 'utf16le')]))).toBe('html');
    expect(sniffKind(new Uint8Array(Buffer.from('PK\u0003\u0004xl/workbook.xml', 'latin1')))).toBe('txt');
    expect(sniffKind('<p>不是整页</p>')).toBe('txt');
  });
});

describe('the extension, then the bytes', () => {
  it('formatOf: the extension when it tells; .txt, none and stdin are left to the bytes', () => {
    expect(['a.md', 'a.MARKDOWN', 'a.htm', 'a.html', 'a.pdf', 'a.docx', 'a.txt', 'a', '-'].map((n) => formatOf(n))).toEqual(['md', 'md', 'html', 'html', 'pdf', 'docx', 'auto', 'auto', 'auto']);
    expect(formatOf('a.pdf', 'txt')).toBe('txt');
  });

  it('kindOf: a PDF named .txt is a PDF; a page named .md is Markdown, as named', () => {
    expect(kindOf(pdf, { name: 'notice.txt' })).toBe('pdf');
    expect(kindOf(docx, { name: 'notice' })).toBe('docx');
    expect(kindOf(html, { name: 'page.md' })).toBe('md');
    expect(kindOf(txt, { name: '-', from: 'html' })).toBe('html');
  });

  it('readInput reads every kind; parseInput the ones it can read at once, and says so for the others', async () => {
    const kinds = await Promise.all([pdf, docx, html, md].map(async (b, i) => (await readInput(b, { name: ['x.pdf', 'x.docx', 'x.html', 'x.md'][i] })).source.format));
    expect(kinds).toEqual(['pdf', 'docx', 'html', 'md']);
    expect(parseInput(html, { name: 'page' }).documents[0]!.docNumber).toBe('国函〔2018〕159号');
    expect(parseInput(pdf, { name: 'a.pdf' }).diagnostics.map((d) => d.message)).toEqual(['A PDF file is read asynchronously: use readInput']);
  });
});

describe('on the command line', () => {
  const files = {
    'in/a.txt': txt,
    'in/b.md': md,
    'in/c.html': html,
    'in/d.pdf': pdf,
    'in/e.docx': docx,
    'in/f.csv': 'x,y\n',
    'in/~$e.docx': new Uint8Array([1, 2, 3]),
    'in/sub/g.htm': html,
    'renamed.txt': pdf,
  };

  it('a directory picks up every supported extension (sorted), each read by its reader; Word lock files and others left out', async () => {
    const io = fakeIo({ files });
    expect(await run(['in', '--out', 'ndjson', '-q'], io)).toBe(0);
    const records = io.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; docNumber: string });
    expect(records.map((r) => r.source)).toEqual(['in/a.txt', 'in/b.md', 'in/c.html', 'in/d.pdf', 'in/e.docx', 'in/sub/g.htm']);
    expect(new Set(records.map((r) => r.docNumber))).toEqual(new Set(['国函〔2018〕159号']));
    const json = fakeIo({ files });
    await run(['in', '-q'], json);
    expect(JSON.parse(json.out()).map((r: { source: { format?: string } }) => r.source.format ?? 'txt')).toEqual(['txt', 'md', 'html', 'pdf', 'docx', 'html']);
  });

  it('a PDF named .txt, and a Word file or a page on stdin, are read by what they are', async () => {
    const renamed = fakeIo({ files });
    expect(await run(['renamed.txt', '-q'], renamed)).toBe(0);
    expect(JSON.parse(renamed.out()).source).toMatchObject({ name: 'renamed.txt', format: 'pdf' });
    for (const [stdin, format] of [
      [docx, 'docx'],
      [html, 'html'],
    ] as const) {
      const io = fakeIo({ stdin });
      expect(await run(['-', '-q'], io)).toBe(0);
      expect(JSON.parse(io.out()).source.format).toBe(format);
    }
  });

  it('--from forces a reader: --from html on text that is not a page, --from txt on a page', async () => {
    const page = fakeIo({ stdin: fixture('inputs/html/a08.html') });
    await run(['-', '--from', 'txt', '-q'], page);
    expect(JSON.parse(page.out()).source.format).toBeUndefined();
    const md = fakeIo({ stdin: fixture('inputs/md/a08.md') });
    await run(['-', '--from', 'md', '-q'], md);
    expect(JSON.parse(md.out()).source.metadata['文号']).toBe('国函〔2018〕159号');
  });

  it('--help says which inputs are read and how each is told', async () => {
    const io = fakeIo();
    await run(['--help'], io);
    const help = io.out().replace(/\s+/g, ' ');
    expect(help).toContain('.txt .md .html .htm .pdf .docx');
    expect(help).toContain('%PDF: PDF; PK with word/document.xml: Word; <!DOCTYPE html or <html: a web page');
    expect(help).toMatch(/--from <format> .* \(choices: "txt", "md", "html", "pdf", "docx"\)/);
  });
});
