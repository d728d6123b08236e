/**
 * The labels of metadata printed outside a document's body — a web page's 政府信息公开 table
 * (索引号, 发文机关, 发文字号, 成文日期…), a policy site's export, the `label: value` lines a
 * page copied as text prints above the notice (`发布文号: 宁政发[2006]275号`) — and the
 * document field each names. Read by the input readers and by the layout of plain text.
 */

/** Metadata as printed: label (reduced by `labelKey`) → value, in the order found. */
export type PageMetadata = Record<string, string>;

/** The document fields metadata can fill. */
export type MetadataField = 'docNumber' | 'issuer' | 'date' | 'title';

/**
 * Labels that name a document field, as 政府信息公开 tables and policy-site exports
 * print them. 发布日期 (the day the page went up) is not the 成文日期 and fills nothing.
 */
export const FIELD_LABELS: Record<MetadataField, readonly string[]> = {
  docNumber: ['发文字号', '文号', '发文文号', '文件编号', '发布文号'],
  issuer: ['发文机关', '发文单位', '发布机关', '发布机构', '制发机关', '发布部门'],
  date: ['成文日期', '成文时间', '印发日期', '发文日期'],
  title: ['标题', '名称', '文件名称'],
};

/** Labels of a 政府信息公开 table that name no document field. */
export const TABLE_ONLY_LABELS: readonly string[] = [
  '索引号', '主题分类', '主题词', '关键词', '发布日期', '公开方式', '公开形式', '公开范围', '有效性', '信息分类', '体裁分类', '组配分类',
  '生效日期', '废止日期', '统一编号', '信息来源', '相关附件',
];

/** A label as printed, reduced for comparison: whitespace, colons and brackets dropped. */
export function labelKey(label: string): string {
  return label.replace(/[\s\u3000:：【】\[\]]/g, '');
}

/** The field a label names, or null. */
export function fieldOfLabel(label: string): MetadataField | null {
  const key = labelKey(label);
  for (const [field, labels] of Object.entries(FIELD_LABELS) as [MetadataField, readonly string[]][]) if (labels.includes(key)) return field;
  return null;
}

/** True when `label` is one of the labels a 政府信息公开 table prints (索引号, 主题分类… too). */
export function isMetadataLabel(label: string): boolean {
  return fieldOfLabel(label) !== null || TABLE_ONLY_LABELS.includes(labelKey(label));
}

/**
 * A cell or line of metadata: `label：value` (`发布文号: 宁政发[2006]275号`), or a label
 * alone whose value stands in the next cell; null when it names no metadata label.
 */
export function splitLabel(cell: string): { label: string; value: string } | null {
  const m = /^([^:：]{2,8})\s*[:：]\s*(.*)$/.exec(cell);
  if (m && isMetadataLabel(m[1]!)) return { label: labelKey(m[1]!), value: m[2]!.trim() };
  if (isMetadataLabel(cell)) return { label: labelKey(cell), value: '' };
  return null;
}
