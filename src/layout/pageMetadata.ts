/**
 * Page metadata in plain text: the `label: value` lines a notice copied from a web page
 * carries near its head (`发布部门: 江苏省南京市人民政府`, `发布文号: 宁政发[2006]275号`,
 * `索引号：…`) or the rows of a 政府信息公开 table copied as text, its cells between bars
 * (`文 号 | 德府发〔2016〕20号 | 发文日期 | 2016-11-04 |`), with the table's labels
 * (`grammar/data/metadataLabels.ts`).
 * Such a line is page furniture, never body text; its value fills what the body does not
 * print, as a web page's table does.
 */
import { isMetadataLabel, labelKey, splitLabel, type PageMetadata } from '../../grammar/data/metadataLabels.js';
import { PAGE_METADATA, TEXT, type LineTable } from './lines.js';

/** Metadata lines are looked for among this many opening text lines (a notice's head)… */
const HEAD_REACH = 16;
/** …and a `label：value` line is short. */
const MAX_LABEL_LINE = 96;

/**
 * Marks the metadata lines of the text's head `PAGE_METADATA`, in place, and returns what
 * they print: label → value. A line is one when its label is a metadata label and it
 * holds a value, or when it is a table row whose every label cell is one.
 */
export function markPageMetadata(lines: LineTable): PageMetadata {
  const metadata: PageMetadata = {};
  let seen = 0;
  for (let i = 0; i < lines.count && seen < HEAD_REACH; i++) {
    if (lines.kind[i] !== TEXT) continue;
    seen++;
    const text = lines.source.slice(lines.start[i]!, lines.end[i]!);
    const pairs = text.includes('|') ? tableRow(text) : labelLine(text);
    if (!pairs) continue;
    for (const [label, value] of pairs) if (value !== '' && !(label in metadata)) metadata[label] = value;
    lines.kind[i] = PAGE_METADATA;
  }
  return metadata;
}

/** `发布文号: 宁政发[2006]275号` → its label and value, or null (a label alone on a line is no metadata). */
function labelLine(text: string): [string, string][] | null {
  if (text.length > MAX_LABEL_LINE) return null;
  const cell = splitLabel(text);
  return cell && cell.value !== '' ? [[cell.label, cell.value]] : null;
}

/** A table row of label and value cells between bars, every label a metadata label (a value may be empty), or null. */
function tableRow(text: string): [string, string][] | null {
  const cells = text.split('|').map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length === 0) return null;
  const pairs: [string, string][] = [];
  for (let k = 0; k < cells.length; k += 2) {
    if (!isMetadataLabel(cells[k]!)) return null;
    pairs.push([labelKey(cells[k]!), cells[k + 1] ?? '']);
  }
  return pairs;
}
