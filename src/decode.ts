/**
 * Read & decode: bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or
 * detected without one from the NUL pattern of ASCII text or the byte pattern of CJK
 * text), GB18030/GBK — with Node's own decoders, so no extra package is needed. Never
 * throws: an input that is not text comes back as an error the CLI reports with the
 * file's name.
 *
 * Detection order, and why: byte order marks; BOM-less UTF-16 with ASCII (NUL bytes);
 * strict UTF-8; BOM-less UTF-16 with CJK (no NUL bytes, but one byte of every pair in
 * the CJK block); UTF-8 with a few damaged bytes (a file cut mid-character, a flipped
 * byte) — before GB18030, because GB18030 accepts most UTF-8 byte pairs and would turn
 * a nearly-valid UTF-8 file into mojibake without a word; then GB18030.
 */
import { Buffer, isUtf8 } from 'node:buffer';

/** Text and the encoding it was read with. */
export interface Decoded {
  ok: true;
  text: string;
  encoding: string;
  /** Number of NUL characters replaced by spaces. */
  nulCount: number;
  /** Number of invalid byte sequences read as U+FFFD (damaged UTF-8 only; else 0). */
  invalidCount: number;
  /** Offset in `text` of the first of them, -1 when none. */
  firstInvalidOffset: number;
}

/** Why an input is not text. */
export interface DecodeFailure {
  ok: false;
  code: 'input/undecodable' | 'input/binary' | 'input/unknown-encoding';
  message: string;
}

/** Encodings we name in output, by the labels users pass to `--encoding`. */
const ENCODING_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  utf16le: 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  'utf-16be': 'utf-16be',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
};

/**
 * A UTF-8 file with at most this share of invalid sequences (and at least a few allowed
 * in any file) is read as damaged UTF-8. GB18030 text read as UTF-8 has an invalid
 * sequence every character or two, far above this.
 */
const MAX_INVALID_SHARE = 0.001;
const MIN_INVALID_ALLOWED = 4;

/** Normalises an encoding label; null when `TextDecoder` does not know it. */
export function normaliseEncoding(label: string): string | null {
  const key = label.trim().toLowerCase();
  const name = ENCODING_ALIASES[key] ?? key;
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return null;
  }
}

/** Decodes `bytes`, detecting the encoding unless `forced` names one. */
export function decode(bytes: Uint8Array, forced?: string): Decoded | DecodeFailure {
  if (forced !== undefined) {
    const name = normaliseEncoding(forced);
    if (name === null) return { ok: false, code: 'input/unknown-encoding', message: `Unknown encoding "${forced}"` };
    const bomless = stripBom(bytes, name);
    // GB18030 extends GBK with four-byte sequences (`•` is one), which Node's `gbk`
    // decoder rejects; files called GBK are often GB18030, and the superset reads both.
    const text = tryDecode(bomless, name) ?? (name === 'gbk' ? tryDecode(bomless, 'gb18030') : null);
    if (text !== null) return finish(text, name);
    if (name === 'utf-8') {
      const damaged = lenientUtf8(bomless);
      if (damaged) return damaged;
    }
    return { ok: false, code: 'input/undecodable', message: `The bytes are not valid ${name}` };
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return finish(text, 'utf-8');
    const damaged = lenientUtf8(bytes.subarray(3));
    if (damaged) return damaged;
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrFail(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrFail(bytes.subarray(2), 'utf-16be');
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeOrFail(bytes, utf16);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const cjk16 = guessCjkUtf16(bytes);
  if (cjk16) {
    const text = tryDecode(bytes, cjk16);
    if (text !== null) return finish(text, cjk16);
  }
  const damaged = lenientUtf8(bytes);
  if (damaged) return damaged;
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null && looksLikeText(gb)) return finish(gb, 'gb18030');
  return { ok: false, code: 'input/undecodable', message: 'The bytes are not UTF-8, UTF-16 or GB18030 text; pass --encoding if you know the encoding' };
}

function decodeOrFail(bytes: Uint8Array, name: string): Decoded | DecodeFailure {
  const text = tryDecode(bytes, name);
  if (text === null) return { ok: false, code: 'input/undecodable', message: `The bytes are not valid ${name}` };
  return finish(text, name);
}

function stripBom(bytes: Uint8Array, name: string): Uint8Array {
  if (name === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if (name === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2);
  if (name === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2);
  return bytes;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tryDecode(bytes: Uint8Array, name: string): string | null {
  // Node's own UTF-8 validator and decoder (simdutf) are several times faster than a fatal
  // `TextDecoder`, and give the same text for valid input.
  if (name === 'utf-8') {
    const buffer = asBuffer(bytes);
    return isUtf8(buffer) ? buffer.toString('utf8') : null;
  }
  try {
    return new TextDecoder(name, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with a few invalid sequences (each read as U+FFFD, as the WHATWG decoder does),
 * or null when there are too many for that to be the file's encoding.
 */
function lenientUtf8(bytes: Uint8Array): Decoded | null {
  const text = asBuffer(bytes).toString('utf8');
  let invalid = 0;
  const limit = Math.max(MIN_INVALID_ALLOWED, text.length * MAX_INVALID_SHARE);
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    if (++invalid > limit) return null;
  }
  const decoded = finish(text, 'utf-8');
  if (!decoded.ok) return null;
  // Valid UTF-8 may spell U+FFFD itself (EF BF BD): only the damage counts.
  decoded.invalidCount = invalid - countSpelledReplacement(asBuffer(bytes));
  decoded.firstInvalidOffset = decoded.invalidCount > 0 ? decoded.text.indexOf('\ufffd') : -1;
  return decoded;
}

function countSpelledReplacement(buffer: Buffer): number {
  let n = 0;
  for (let i = buffer.indexOf(REPLACEMENT_UTF8); i >= 0; i = buffer.indexOf(REPLACEMENT_UTF8, i + 3)) n++;
  return n;
}

const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * UTF-16 without a BOM: ASCII characters leave every other byte NUL. Checked on a sample
 * so that a large file costs nothing.
 */
function guessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of a sample's code units that must look like gazette text for BOM-less CJK UTF-16. */
const CJK_UTF16_SHARE = 0.9;

/**
 * UTF-16 without a BOM and (almost) without ASCII: the high byte of nearly every code
 * unit is that of CJK text — 0x4E–0x9F (ideographs), 0x30 (CJK punctuation), 0xFF
 * (full-width forms), 0x20 (quotes, dashes), 0x00 (ASCII). GB18030 and random bytes
 * put only about a third of their bytes there.
 */
function guessCjkUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 16) return null;
  const pairs = n / 2;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (isCjkHighByte(bytes[i + 1]!)) le++;
    if (isCjkHighByte(bytes[i]!)) be++;
  }
  if (le >= pairs * CJK_UTF16_SHARE && be < pairs * 0.6) return 'utf-16le';
  if (be >= pairs * CJK_UTF16_SHARE && le < pairs * 0.6) return 'utf-16be';
  return null;
}

function isCjkHighByte(b: number): boolean {
  return (b >= 0x4e && b <= 0x9f) || b === 0x30 || b === 0xff || b === 0x20 || b === 0x00;
}

/** Control characters other than tab, newlines and form feed. */
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;

/** Most characters of real text are printable. */
function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 20000);
  const controls = sample.match(CONTROL)?.length ?? 0;
  const replacement = sample.match(/\ufffd/g)?.length ?? 0;
  return controls + replacement <= sample.length * 0.01;
}

function finish(text: string, encoding: string): Decoded | DecodeFailure {
  const sample = text.slice(0, 20000);
  const nulInSample = sample.match(/\u0000/g)?.length ?? 0;
  if (!looksLikeText(text) || nulInSample > sample.length * 0.1) {
    return { ok: false, code: 'input/binary', message: 'The input looks like a binary file, not text' };
  }
  let nulCount = 0;
  // NUL characters would break every later stage; as spaces they keep positions intact.
  const clean = text.includes('\u0000')
    ? text.replace(/\u0000/g, () => {
        nulCount++;
        return ' ';
      })
    : text;
  return { ok: true, text: clean.startsWith('\ufeff') ? clean.slice(1) : clean, encoding, nulCount, invalidCount: 0, firstInvalidOffset: -1 };
}
