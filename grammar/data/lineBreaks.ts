/**
 * Characters the layout stage consults when it decides whether a wrapped line ends a
 * paragraph. Kept as data so that gazettes with other punctuation habits can extend it.
 */
import { isIssuerLine, ORGAN_ENDINGS } from './issuers.js';
import { DATE_YEAR_ZEROS } from './dateWords.js';

/** A line ending in one of these closes a sentence (full- and half-width). */
export const SENTENCE_END = '。；！？：;!?:';

/** A line ending in one of these is mid-enumeration: the paragraph goes on. */
export const CONTINUATION_END = '、，,';

/** A line ending in one of these closes a sentence or a bracketed clause (`…按职责分别负责）`). */
export const CLAUSE_END = SENTENCE_END + '）)';

/** A line ending in one of these is a typical paragraph end (sentence or bracket). */
export const PARAGRAPH_END = '。；！？：;!?:）)」』”';

/**
 * A whole-line document number: `吕政办发〔2020〕50 号`, `東府〔2021〕54號`, a decree's `第706号`.
 */
export const DOC_NUMBER_LINE = /^(?:[\u4e00-\u9fff]{1,12}\s*[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*第?\s*\d{1,4}|第\s*\d{1,5})\s*[号號]$/;
/** Text printed inside one pair of round brackets (`( 吉府发〔2003〕37号 )`, a number under a title on pages that list notices): its inside. */
export const IN_ROUND_BRACKETS = /^[（(](.*)[）)]$/;
/** The disclosure note `（此件公开发布）`, or another note of the closing: `（本文有删减）`. */
export const DISCLOSURE_LINE = /^[（(]\s*(?:此\s*件|本\s*[文件])[\u4e00-\u9fff\s]{2,10}[）)]$/;
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
export const STANDALONE_LAST_CHARS = '号號）)件0123456789';

/** Lines after which a title follows (an instrument's, an attachment's). */
export const TITLE_ABOVE_PATTERNS: readonly RegExp[] = [DISCLOSURE_LINE, ATTACHMENT_LABEL_LINE];

/**
 * Whole lines that stand alone after a finished sentence: the issuer line of a
 * signature or of the next notice, a date line. (Mid-sentence, `…于` / `2020 年 10 月
 * 28 日` / `前…` is a wrapped date, so these need the sentence end.)
 */
export const AFTER_SENTENCE_LINE_PATTERNS: readonly RegExp[] = [
  /^[\u4e00-\u9fff]{2,20}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会)$/,
];

/** A whole-line date (a signature's 成文日期), in Arabic or Chinese numerals: alone after a finished sentence or an organ's name. */
export const DATE_LINE_PATTERNS: readonly RegExp[] = [
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/,
  new RegExp(`^[${DATE_YEAR_ZEROS}一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日$`),
];

/** The characters a line (trimmed) that matches one of `AFTER_SENTENCE_LINE_PATTERNS` can end with (as `STANDALONE_LAST_CHARS`). */
export const AFTER_SENTENCE_LAST_CHARS = '室厅府会日';

/**
 * Any organ's name alone on a line (`国土资源部`, `市交通委      市公安局`): after a finished
 * sentence, the signature of a notice or of an attached report, never the sentence's end.
 * (The issuer lines of `AFTER_SENTENCE_LINE_PATTERNS` are also kept from the title below them;
 * these are not, as a table's cell may read `市住建局` above `市城市管理局`.)
 */
export const isSignatureLine = isIssuerLine;

/** The characters a signature line can end with: the last characters of the organ endings. */
export const SIGNATURE_LAST_CHARS = [...new Set(ORGAN_ENDINGS.map((e) => e[e.length - 1]!))].join('');

/** Lines that always open a paragraph, whatever came before: the attachment list `附件：1.…`. */
export const OPENS_PARAGRAPH_PATTERNS: readonly RegExp[] = [/^附\s*件\s*[:：]/];
/** The characters a line matching one of `OPENS_PARAGRAPH_PATTERNS` can open with (as `STANDALONE_LAST_CHARS`, at the other end). */
export const OPENS_PARAGRAPH_FIRST_CHARS = '附';
