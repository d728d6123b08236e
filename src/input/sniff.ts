/**
 * What an input is, from its first bytes, where its name does not say: a PDF (`%PDF-`),
 * a Word file (a zip archive, `PK`, holding `word/document.xml`), a web page (`<!DOCTYPE
 * html`, `<html`, after any BOM, blank and comment), else text.
 */
import type { InputKind } from '../model.js';

/** A PDF may have a little junk before its header; readers look this far for it. */
const PDF_HEADER_WINDOW = 1024;

/** The kind of input `bytes` hold: `pdf`, `docx`, `html` or `txt` (Markdown cannot be told from text). */
export function sniffKind(bytes: Uint8Array | string): Exclude<InputKind, 'md'> {
  if (typeof bytes === 'string') return looksLikeHtml(bytes.slice(0, 2048)) ? 'html' : 'txt';
  const head = Buffer.from(bytes.subarray(0, PDF_HEADER_WINDOW)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  // A zip names its members in plain bytes (local headers and the central directory).
  if (head.startsWith('PK\u0003\u0004') && Buffer.from(bytes).includes('word/document.xml', 0, 'latin1')) return 'docx';
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = utf16(bytes) ? Buffer.from(bytes.subarray(0, 4096)).toString(bytes[0] === 0xfe ? 'latin1' : 'utf16le') : utf8Bom ? head.slice(3) : head;
  return looksLikeHtml(start.replace(/\u0000/g, '')) ? 'html' : 'txt';
}

function utf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** The text opens (after a BOM, blanks and comments) with a doctype or an html, head or body tag. */
function looksLikeHtml(text: string): boolean {
  const opening = text.replace(/^\ufeff|^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)+/g, '').replace(/^(?:\s|<!--[\s\S]*?-->)+/, '');
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(opening);
}
