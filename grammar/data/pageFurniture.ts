/**
 * What page furniture looks like in OCR'd gazettes: running headers and page numbers
 * that the layout stage removes wherever they fall, even inside a paragraph.
 * Extend these lists when another city's gazette prints its furniture differently.
 */

/**
 * Running headers: the gazette's name, usually with the issue mark, e.g.
 * `市政府办公室文件 2020•４吕梁市人民政府公报`. A header is a whole line, short, and
 * ends with (or is) the gazette title.
 */
export const RUNNING_HEADER_PATTERNS: readonly RegExp[] = [
  /^[\u4e00-\u9fff\s]{0,12}\d{4}\s*[•·.．]\s*[0-9０-９]{1,2}\s*[\u4e00-\u9fff]{2,12}(?:人民政府|政府)公报$/,
  /^[\u4e00-\u9fff]{2,12}(?:人民政府|政府)公报\s*(?:\d{4}\s*年\s*第\s*[0-9０-９]{1,2}\s*期)?$/,
  /^\d{4}\s*年\s*第\s*[0-9０-９]{1,2}\s*期\s*[\u4e00-\u9fff]{2,12}(?:人民政府|政府)公报$/,
];

/** Page numbers: `- 20 -`, `— 20 —`, `-20-`, `第 20 页`. */
export const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^[-－—–]\s*[0-9０-９]{1,4}\s*[-－—–]$/,
  /^第\s*[0-9０-９]{1,4}\s*页$/,
];

/**
 * Shapes of a running header recognised only next to a page boundary (a page number, a
 * form feed): a gazette's issue mark (`2021年第6期`, `第 12 期`, `总第 300 期`) or its name
 * (`…公报`), whatever the issuer. Elsewhere the same words are text.
 */
export const HEADER_SHAPES: readonly RegExp[] = [
  /^\d{4}年第\d{1,3}[期号]$/,
  /^(?:总)?第\d{1,4}期$/,
  /公报/,
];

/** A running header is short: wider lines next to a page boundary are text. */
export const MAX_HEADER_WIDTH = 48;

/** A page number printed as bare digits (recognised only right before a form feed). */
export const BARE_PAGE_NUMBER = /^[0-9０-９]{1,4}$/;
