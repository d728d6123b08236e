/**
 * Page metadata in plain text: the `label: value` lines a notice copied from a web page
 * carries near its head (`发布部门: 江苏省南京市人民政府`, `发布文号: 宁政发[2006]275号`,
 * `索引号：…`), with the labels of a 政府信息公开 table (`grammar/data/metadataLabels.ts`).
 * Such a line is page furniture, never body text; its value fills what the body does not
 * print, as a web page's table does.
 */
import { isMetadataLabel } from '../../grammar/data/metadataLabels.js';
import { PAGE_METADATA, TEXT, type LineTable } from './lines.js';

/** Metadata lines are looked for among this many opening text lines (a notice's head). */
const HEAD_REACH = 16;
/** A label is short: `发布文号`, `成文日期`. */
const LABEL_LINE = /^([\u4e00-\u9fff\s\u3000]{2,8}?)\s*[:：]\s*(\S.{0,80})$/;

/**
 * Marks the metadata lines of the text's head `PAGE_METADATA`, in place, and returns what
 * they print: label → value. A line is one when its label is a metadata label and it
 * holds a value.
 */
export function markPageMetadata(lines: LineTable): Record<string, string> {
  const metadata: Record<string, string> = {};
  let seen = 0;
  for (let i = 0; i < lines.count && seen < HEAD_REACH; i++) {
    if (lines.kind[i] !== TEXT) continue;
    seen++;
    const m = LABEL_LINE.exec(lines.source.slice(lines.start[i]!, lines.end[i]!));
    if (!m || !isMetadataLabel(m[1]!)) continue;
    const label = m[1]!.replace(/[\s\u3000]+/g, '');
    if (!(label in metadata)) metadata[label] = m[2]!.trim();
    lines.kind[i] = PAGE_METADATA;
  }
  return metadata;
}
