/**
 * Issue "Never crash, never lose a line": encodings. The seed re-encoded as GB18030 and
 * UTF-16 (LE and BE, with and without BOM) parses to exactly the UTF-8 result, except for
 * what describes the file itself (`source.encoding`, `bytes`, `sha256`). The GB18030
 * encoder is built here from Node's own decoder (every 2- and 4-byte sequence decoded
 * once), so the test needs no encoding package and checks its own round trip.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import type { GazetteResult } from '../src/model.js';
import { parseGazette } from '../src/parse.js';
import { validateResult } from '../src/validate.js';
import { seedBytes, seedResult } from './helpers/seed.js';

/** Encodes BMP and astral text as GB18030, from a table read off `TextDecoder('gb18030')`. */
function encodeGb18030(text: string): Uint8Array {
  const table = gbTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      // Astral: a four-byte sequence computed from the code point (GB18030-2005 §6.3.3).
      let i = cp - 0x10000;
      const b4 = 0x30 + (i % 10);
      i = Math.floor(i / 10);
      const b3 = 0x81 + (i % 126);
      i = Math.floor(i / 126);
      const b2 = 0x30 + (i % 10);
      const b1 = 0x90 + Math.floor(i / 10);
      out.push(b1, b2, b3, b4);
    } else {
      const seq = table.get(ch);
      if (!seq) throw new Error(`U+${cp.toString(16)} has no GB18030 sequence`);
      out.push(...seq);
    }
  }
  return Uint8Array.from(out);
}

let gb: Map<string, number[]> | null = null;
function gbTable(): Map<string, number[]> {
  if (gb) return gb;
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const add = (seq: number[]) => {
    const s = decoder.decode(Uint8Array.from(seq));
    if (s.length === 1 && s !== '\ufffd' && !table.has(s)) table.set(s, seq);
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) add([a, b, c, d]);
  gb = table;
  return table;
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body);
}

/** The result without what describes the file's bytes. */
function content(r: GazetteResult): unknown {
  const { source, ...rest } = r;
  return { source: { name: source.name, lines: source.lines }, ...rest };
}

const seedText = Buffer.from(seedBytes()).toString('utf8');

describe('the seed in other encodings parses exactly as in UTF-8', () => {
  const utf8 = seedResult();

  it('GB18030 round-trips through the test encoder', () => {
    expect(new TextDecoder('gb18030').decode(encodeGb18030(seedText))).toBe(seedText);
  });

  const cases: [string, () => Uint8Array, string][] = [
    ['GB18030', () => encodeGb18030(seedText), 'gb18030'],
    ['UTF-16 LE with BOM', () => utf16(seedText, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', () => utf16(seedText, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', () => utf16(seedText, 'le', false), 'utf-16le'],
    ['UTF-16 BE without BOM', () => utf16(seedText, 'be', false), 'utf-16be'],
    ['UTF-8 with BOM', () => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)])), 'utf-8'],
  ];
  for (const [label, bytes, encoding] of cases) {
    it(`detects ${label} and gives the UTF-8 result`, () => {
      const input = bytes();
      const result = parseGazette(input, { name: 'seed/input.txt' });
      expect(result.source.encoding).toBe(encoding);
      expect(result.source.bytes).toBe(input.length);
      expect(result.diagnostics.filter((d) => d.code.startsWith('input/'))).toEqual([]);
      expect(content(result)).toEqual(content(utf8));
      expect(validateResult(result)).toEqual([]);
    });
  }

  it('honours a forced encoding', () => {
    const bytes = encodeGb18030(seedText);
    const forced = parseGazette(bytes, { name: 'seed/input.txt', encoding: 'gb18030' });
    expect(forced.source.encoding).toBe('gb18030');
    expect(content(forced)).toEqual(content(utf8));
    // GBK is GB18030's two-byte subset; a file called GBK that holds a four-byte
    // sequence (the seed's `•`) is read as GB18030 and keeps the name it was given.
    const gbk = parseGazette(bytes, { name: 'seed/input.txt', encoding: 'GBK' });
    expect(gbk.source.encoding).toBe('gbk');
    expect(content(gbk)).toEqual(content(utf8));
  });

  it('reports bytes that are not the forced encoding as one error', () => {
    const result = parseGazette(encodeGb18030(seedText), { name: 'x', encoding: 'utf-16be' });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(result.diagnostics[0]!.code).toMatch(/^input\/(undecodable|binary)$/);
    expect(validateResult(result)).toEqual([]);
  });

  it('reports an unknown encoding name', () => {
    const result = parseGazette(seedBytes(), { name: 'x', encoding: 'ebcdic-cn' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['input/unknown-encoding']);
    expect(validateResult(result)).toEqual([]);
  });
});

describe('decode', () => {
  it('reads a UTF-8 file cut in the middle of a character, and says so', () => {
    const bytes = seedBytes().subarray(0, 1000);
    // Cut inside a three-byte character.
    let cut = 1000;
    while ((bytes[cut - 1]! & 0xc0) !== 0xc0) cut--;
    const decoded = decode(bytes.subarray(0, cut));
    expect(decoded.ok && decoded.encoding).toBe('utf-8');
    expect(decoded.ok && decoded.invalidCount).toBe(1);
    const result = parseGazette(bytes.subarray(0, cut), { name: 'cut' });
    expect(result.source.encoding).toBe('utf-8');
    const warning = result.diagnostics.find((d) => d.code === 'input/invalid-bytes');
    expect(warning?.line).toBe(result.source.lines);
  });

  it('keeps a UTF-8 file with one damaged byte in UTF-8 rather than reading it as GB18030', () => {
    const bytes = new Uint8Array(seedBytes());
    bytes[5000] = 0xff;
    const result = parseGazette(bytes, { name: 'damaged' });
    expect(result.source.encoding).toBe('utf-8');
    expect(result.documents.map((d) => d.docNumber)).toEqual(seedResult().documents.map((d) => d.docNumber));
    expect(result.diagnostics.filter((d) => d.code === 'input/invalid-bytes')).toHaveLength(1);
  });

  it('does not count a U+FFFD spelled in valid UTF-8 as damage', () => {
    const decoded = decode(new Uint8Array(Buffer.from(`${seedText.slice(0, 2000)}\ufffd\n`)));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', invalidCount: 0 });
  });

  it('calls random bytes binary or undecodable, never text', () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 50_000 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    const decoded = decode(bytes);
    expect(decoded.ok).toBe(false);
    const result = parseGazette(bytes, { name: 'random.bin' });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.severity).toBe('error');
    expect(result.documents).toEqual([]);
    expect(validateResult(result)).toEqual([]);
  });

  it('calls a PNG-like file binary', () => {
    const png = new Uint8Array(4096);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (let i = 8; i < png.length; i += 7) png[i] = i & 0xff;
    const result = parseGazette(png, { name: 'image.png' });
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', expect.stringMatching(/^input\//)]]);
    expect(result.diagnostics[0]!.message).not.toMatch(/at .*\.ts/);
  });

  it('reads NUL bytes as spaces, keeping every position', () => {
    const text = seedText.slice(0, 3000);
    const withNul = text.replace(/吕梁/g, '吕\u0000梁');
    const result = parseGazette(new Uint8Array(Buffer.from(withNul)), { name: 'nul' });
    expect(result.source.encoding).toBe('utf-8');
    expect(result.source.lines).toBe(text.split('\n').length);
    expect(result.diagnostics.find((d) => d.code === 'input/nul-bytes')?.severity).toBe('warning');
    expect(validateResult(result)).toEqual([]);
    // The same from a string.
    expect(parseGazette(withNul).diagnostics.some((d) => d.code === 'input/nul-bytes')).toBe(true);
  });
});
