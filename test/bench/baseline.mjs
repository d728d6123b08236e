/**
 * The baseline pass: what any line-oriented parser of these files pays at least —
 * decode the bytes, split lines, trim each line and try a few anchored regexes on it
 * (section marker, document number, date, page number). The library's throughput is
 * reported as a multiple of this floor.
 */

const MARKER = /^(?:第[一二三四五六七八九十百]+[章节条]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d{1,3}[.．、])/;
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}\s*[〔[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d{1,4}\s*号$/;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const PAGE_NUMBER = /^[-－—–]\s*\d{1,4}\s*[-－—–]$/;

/** Runs the baseline pass over `bytes`; returns counts so that nothing is optimised away. */
export function baselinePass(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const lines = text.split(/\r\n|\r|\n/);
  let markers = 0;
  let numbers = 0;
  let dates = 0;
  let pages = 0;
  let blank = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blank++;
      continue;
    }
    if (MARKER.test(line)) markers++;
    if (DOC_NUMBER.test(line)) numbers++;
    if (DATE.test(line)) dates++;
    if (PAGE_NUMBER.test(line)) pages++;
  }
  return { lines: lines.length, blank, markers, numbers, dates, pages };
}
