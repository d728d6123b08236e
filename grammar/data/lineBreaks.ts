/**
 * Characters the layout stage consults when it decides whether a wrapped line ends a
 * paragraph. Kept as data so that gazettes with other punctuation habits can extend it.
 */

/** A line ending in one of these closes a sentence (full- and half-width). */
export const SENTENCE_END = '。；！？：;!?:';

/** A line ending in one of these is mid-enumeration: the paragraph goes on. */
export const CONTINUATION_END = '、，,';

/** A line ending in one of these closes a sentence or a bracketed clause (`…按职责分别负责）`). */
export const CLAUSE_END = SENTENCE_END + '）)';

/** A line ending in one of these is a typical paragraph end (sentence or bracket). */
export const PARAGRAPH_END = '。；！？：;!?:）)」』”';

/** A whole-line document number: `吕政办发〔2020〕50 号`. */
export const DOC_NUMBER_LINE = /^[\u4e00-\u9fff]{1,12}\s*[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d{1,4}\s*号$/;
/** The disclosure note: `（此件公开发布）`. */
export const DISCLOSURE_LINE = /^[（(]\s*此\s*件[\u4e00-\u9fff\s]{2,8}[）)]$/;
/** An attachment label: `附件 1`, `附件`. */
export const ATTACHMENT_LABEL_LINE = /^附\s*件\s*\d{0,3}$/;

/**
 * Whole lines that always stand alone: a document number, the disclosure note, an
 * attachment label. A full-width line before one of these still ends its paragraph.
 */
export const STANDALONE_LINE_PATTERNS: readonly RegExp[] = [DOC_NUMBER_LINE, DISCLOSURE_LINE, ATTACHMENT_LABEL_LINE];

/**
 * The characters a line (trimmed) that matches one of `STANDALONE_LINE_PATTERNS` can end
 * with. The layout tests those patterns only on lines that end with one of these: most
 * lines cannot match, and the document number pattern is slow to fail. Extend it with
 * the patterns (test/layout.test.ts checks that it covers them).
 */
export const STANDALONE_LAST_CHARS = '号）)件0123456789';

/** Lines after which a title follows (an instrument's, an attachment's). */
export const TITLE_ABOVE_PATTERNS: readonly RegExp[] = [DISCLOSURE_LINE, ATTACHMENT_LABEL_LINE];

/**
 * Whole lines that stand alone after a finished sentence: the issuer line of a
 * signature or of the next notice, a date line. (Mid-sentence, `…于` / `2020 年 10 月
 * 28 日` / `前…` is a wrapped date, so these need the sentence end.)
 */
export const AFTER_SENTENCE_LINE_PATTERNS: readonly RegExp[] = [
  /^[\u4e00-\u9fff]{2,20}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会)$/,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/,
];

/** The characters a line (trimmed) that matches one of `AFTER_SENTENCE_LINE_PATTERNS` can end with (as `STANDALONE_LAST_CHARS`). */
export const AFTER_SENTENCE_LAST_CHARS = '室厅府会日';

/** Lines that always open a paragraph, whatever came before: the attachment list `附件：1.…`. */
export const OPENS_PARAGRAPH_PATTERNS: readonly RegExp[] = [/^附\s*件\s*[:：]/];
