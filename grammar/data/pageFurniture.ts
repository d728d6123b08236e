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
