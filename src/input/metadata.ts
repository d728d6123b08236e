/**
 * Metadata printed outside a document's body: the 政府信息公开 table of a web page
 * (索引号, 发文机关, 发文字号, 成文日期…) and the YAML front matter of a Markdown export
 * (文号, 发布日期…). It is never body text; it fills the document fields the body does
 * not give (a Shanghai page prints its 文号 only in that table), and the whole of it is
 * kept in `source.metadata` as printed.
 */
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, Document, GazetteResult } from '../model.js';
import { compactText, genreOf, isRealDate, parseDocNumber, parseFullDate } from '../structure/normalize.js';
import { fieldOfLabel, isMetadataLabel, labelKey, type MetadataField, type PageMetadata } from '../../grammar/data/metadataLabels.js';


type Field = MetadataField;
export { fieldOfLabel, isMetadataLabel, labelKey, type PageMetadata };

/** The diagnostic each field's absence raised. */
const MISSING: Record<Field, string> = {
  docNumber: 'document/missing-number',
  issuer: 'document/missing-issuer',
  date: 'document/missing-date',
  title: 'document/missing-title',
};

/** `2019-01-12`, `2019年01月12日`, `2019/1/12`, `二〇一九年一月十二日` → ISO; null when not a real date. */
function isoDate(value: string): string | null {
  const text = value.replace(/\s+/g, '');
  const m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  }
  return parseFullDate(text);
}

/**
 * `result` with `metadata` recorded in `source.metadata` and, when the input holds one
 * document, the fields its body left empty filled from it (and their missing-field
 * diagnostics withdrawn). With several documents nothing is filled: a page's table
 * describes one notice, and which one cannot be told.
 */
export function withMetadata(result: GazetteResult, metadata: PageMetadata): GazetteResult {
  if (Object.keys(metadata).length === 0) return result;
  result.source.metadata = { ...metadata };
  if (result.documents.length !== 1) return result;
  const doc = result.documents[0]!;
  const filled = new Set<string>();
  for (const [label, value] of Object.entries(metadata)) {
    const field = fieldOfLabel(label);
    if (field && fill(doc, field, value)) filled.add(MISSING[field]);
  }
  if (filled.size > 0) result.diagnostics = result.diagnostics.filter((d) => !(filled.has(d.code) && d.line === doc.startLine));
  return result;
}

/** Fills one empty field of `doc` from a metadata value; true when it did. */
function fill(doc: Document, field: Field, value: string): boolean {
  switch (field) {
    case 'docNumber': {
      if (doc.docNumber !== null) return false;
      const number = parseDocNumber(value);
      if (!number) return false;
      doc.docNumber = number.docNumber;
      doc.docNumberParts = number.parts;
      return true;
    }
    case 'date': {
      if (doc.date !== null) return false;
      doc.date = isoDate(value);
      return doc.date !== null;
    }
    case 'issuer': {
      if (doc.issuer !== null || compactText(value) === '') return false;
      doc.issuer = compactText(value);
      return true;
    }
    case 'title': {
      if (doc.title !== '' || compactText(value) === '') return false;
      doc.title = compactText(value);
      doc.genre = genreOf(doc.title);
      return true;
    }
  }
}

/** A warning for front matter that could not be read. */
export function unreadableMetadata(message: string, line: number): Diagnostic {
  return diagnostic('input/metadata', message, line);
}
