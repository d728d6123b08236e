/**
 * Read & decode: bytes → text. UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or
 * detected from the NUL pattern of CJK text), GB18030/GBK — all with Node's own
 * `TextDecoder`, so no extra package is needed. Never throws: an input that is not text
 * comes back as an error the CLI reports with the file's name.
 */

/** Text and the encoding it was read with. */
export interface Decoded {
  ok: true;
  text: string;
  encoding: string;
  /** Number of NUL characters replaced by spaces. */
  nulCount: number;
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
    const text = tryDecode(bomless, name);
    if (text === null) return { ok: false, code: 'input/undecodable', message: `The bytes are not valid ${name}` };
    return finish(text, name);
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return finish(text, 'utf-8');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrFail(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrFail(bytes.subarray(2), 'utf-16be');
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeOrFail(bytes, utf16);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8');
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

function tryDecode(bytes: Uint8Array, name: string): string | null {
  try {
    return new TextDecoder(name, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

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
  return { ok: true, text: clean.startsWith('\ufeff') ? clean.slice(1) : clean, encoding, nulCount };
}
