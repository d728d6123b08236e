/**
 * Document skeletons → the output model: header and closing fields normalised, parts
 * with their section trees and tables, attachments matched, phrases found, and the
 * diagnostics a CI user needs (a notice without number, title or date…).
 */
import type { BlockTypes } from '../../grammar/classifyBlocks.js';
import { diagnostic } from '../diagnostics.js';
import type { Block } from '../layout/paragraphs.js';
import type { Diagnostic, Document, Part, Responsibility } from '../model.js';
import { findPhrases, newDocumentState, type DocumentPhraseState } from '../phrases/index.js';
import { unknownAgencyDiagnostic } from '../phrases/responsibilities.js';
import { matchAttachments, readAttachmentList, type FoundAttachment } from './attachments.js';
import { isDecreeMasthead, issuerOf } from './issuer.js';
import { compactText, disclosureOf, genreOf, parseDocNumber, parseFullDate, splitAddressees, titleWithoutSiteMarks } from './normalize.js';
import { unmatchedBrackets } from './brackets.js';
import { decimalOutline } from './decimalOutline.js';
import { buildPartContent } from './sections.js';
import { positionAt } from './sourceMap.js';
import { INSERTED, type DocumentSkeleton, type PartSkeleton } from './skeleton.js';

/**
 * Builds one document of the output model from its skeleton; `blocks` and `types` are
 * the paragraphs the skeleton's indexes point to and the types the grammar gave them.
 */
export function buildDocument(skeleton: DocumentSkeleton, blocks: readonly Block[], types: BlockTypes, diagnostics: Diagnostic[]): Document {
  // A token that recovery inserted reads as empty text.
  const textOf = (i: number) => (i === INSERTED ? '' : blocks[i]!.text);
  const { all } = skeleton;
  const startLine = all.length > 0 ? blocks[all[0]!]!.startLine : 1;
  const endLine = all.length > 0 ? blocks[all[all.length - 1]!]!.endLine : startLine;
  const number = skeleton.docNumber !== null ? parseDocNumber(textOf(skeleton.docNumber)) : null;
  const ownTitle = titleWithoutSiteMarks(compactText(skeleton.title.map(textOf).join('')));
  // A decree (令) has no title of its own: it is known by the instrument it promulgates.
  const decreeTitle = skeleton.masthead !== null && isDecreeMasthead(textOf(skeleton.masthead)) ? instrumentTitle(skeleton, textOf) : '';
  const title = ownTitle || decreeTitle;
  const date = skeleton.date !== null ? parseFullDate(textOf(skeleton.date)) : null;
  const issuer = issuerOf({
    masthead: skeleton.masthead !== null ? textOf(skeleton.masthead) : null,
    issuerLine: skeleton.issuer !== null ? textOf(skeleton.issuer) : null,
    title: ownTitle,
    signature: skeleton.signature.map(textOf),
  });

  if (skeleton.docNumber === null) diagnostics.push(diagnostic('document/missing-number', 'Document prints no document number (发文字号)', startLine));
  if (!title) diagnostics.push(diagnostic('document/missing-title', 'Document has no title', startLine));
  if (skeleton.date === null) diagnostics.push(diagnostic('document/missing-date', 'Document has no signature date (成文日期)', startLine));
  else if (!date) diagnostics.push(diagnostic('document/invalid-date', `Signature date 「${textOf(skeleton.date)}」 is not a real date`, blocks[skeleton.date]!.startLine));
  if (issuer === null) diagnostics.push(diagnostic('document/missing-issuer', 'Document names no issuer (发文机关): no masthead, issuer line, signature or organ opening the title', startLine));

  const doc: Document = {
    docNumber: number?.docNumber ?? (skeleton.docNumber !== null ? compactText(textOf(skeleton.docNumber)) : null),
    docNumberParts: number?.parts ?? null,
    issuer,
    title,
    genre: genreOf(title),
    addressees: skeleton.addressees !== null ? splitAddressees(textOf(skeleton.addressees)) : [],
    date,
    disclosure: skeleton.disclosure !== null ? disclosureOf(textOf(skeleton.disclosure)) : null,
    attachments: [],
    parts: [],
    responsibilities: [],
    dates: [],
    targets: [],
    citations: [],
    startLine,
    endLine,
  };

  const found: FoundAttachment[] = [];
  const reach = lastLineBefore(all, blocks);
  const phraseState = newDocumentState();
  skeleton.parts.forEach((partSkeleton, i) => {
    // A part runs to the last block before the next part (the notice's closing included).
    const next = skeleton.parts[i + 1];
    const limit = next ? firstLine(next, blocks) : Number.MAX_SAFE_INTEGER;
    const partEnd = Math.max(reach(limit), startLine);
    const part = buildPart(partSkeleton, i === 0 ? startLine : firstLine(partSkeleton, blocks), partEnd, title, blocks, types, diagnostics, doc, phraseState);
    doc.parts.push(part);
    if (partSkeleton.label !== null) {
      const label = blocks[partSkeleton.label]!;
      found.push({ label: label.text, line: label.startLine, title: part.title });
    }
  });
  const listed = skeleton.attachmentLists.flatMap((list) => readAttachmentList(list, blocks, types));
  doc.attachments = matchAttachments(listed, found, diagnostics);
  const unknown = unknownAgencyDiagnostic(doc.responsibilities, doc.startLine);
  if (unknown) diagnostics.push(unknown);
  return doc;
}

function buildPart(
  skeleton: PartSkeleton,
  startLine: number,
  endLine: number,
  noticeTitle: string,
  blocks: readonly Block[],
  types: BlockTypes,
  diagnostics: Diagnostic[],
  doc: Document,
  phraseState: DocumentPhraseState,
): Part {
  const content = buildPartContent(skeleton.blocks, blocks, types, diagnostics);
  const ownTitle = skeleton.title.length > 0 ? compactText(skeleton.title.map((i) => blocks[i]!.text).join('')) : null;
  for (const unit of content.units) {
    const found = findPhrases({ block: unit.block, sectionPath: unit.sectionPath, documentDate: doc.date, diagnostics, document: phraseState, inTable: unit.inTable });
    reportBrackets(unit.block, found.responsibilities, diagnostics);
    // Item by item: a spread of one huge paragraph's phrases would overflow the call stack.
    for (const r of found.responsibilities) doc.responsibilities.push(r);
    for (const d of found.dates) doc.dates.push(d);
    for (const t of found.targets) doc.targets.push(t);
    for (const c of found.citations) doc.citations.push(c);
  }
  const label = skeleton.label !== null ? compactText(blocks[skeleton.label]!.text) : null;
  const part: Part = {
    kind: skeleton.kind,
    label,
    title: skeleton.kind === 'notice' ? noticeTitle || null : ownTitle,
    startLine,
    endLine,
    sections: content.sections,
    paragraphs: content.paragraphs,
    tables: content.tables,
  };
  const outline = decimalOutline(skeleton.blocks.map((i) => blocks[i]!));
  if (outline.length > 0) part.outline = outline;
  return part;
}

/**
 * Unbalanced brackets, except an opener that starts an unclosed responsibility clause:
 * that one has its own, more specific diagnostic.
 */
function reportBrackets(block: Block, clauses: readonly Responsibility[], diagnostics: Diagnostic[]): void {
  const { open, close } = unmatchedBrackets(block.text);
  if (open.length === 0 && close.length === 0) return;
  const clauseStarts = new Set(clauses.filter((c) => !c.closed).map((c) => `${c.line}:${c.column}`));
  for (const offset of open) {
    const at = positionAt(block, offset);
    if (clauseStarts.has(`${at.line}:${at.column}`)) continue;
    diagnostics.push(diagnostic('layout/unbalanced-bracket', `「${block.text.slice(offset, offset + 12)}…」: bracket opened and never closed in its paragraph`, at.line, at.column));
  }
  for (const offset of close) {
    const at = positionAt(block, offset);
    diagnostics.push(diagnostic('layout/unbalanced-bracket', `「…${block.text.slice(Math.max(0, offset - 11), offset + 1)}」: bracket closed but never opened in its paragraph`, at.line, at.column));
  }
}

/**
 * For a document's blocks, a function giving the last line of those that start before a
 * line (-Infinity when none does): blocks sorted by first line, a prefix maximum of last
 * lines and a binary search, not a pass over the whole document for every part.
 */
function lastLineBefore(all: readonly number[], blocks: readonly Block[]): (line: number) => number {
  const byStart = all.map((index) => blocks[index]!).sort((a, b) => a.startLine - b.startLine);
  const reach = new Float64Array(byStart.length);
  let max = -Infinity;
  for (let k = 0; k < byStart.length; k++) {
    max = Math.max(max, byStart[k]!.endLine);
    reach[k] = max;
  }
  return (line) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.startLine < line) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -Infinity : reach[lo - 1]!;
  };
}

/** The title of the first instrument the document prints, or ''. */
function instrumentTitle(skeleton: DocumentSkeleton, textOf: (i: number) => string): string {
  const part = skeleton.parts.find((p) => p.kind === 'instrument' && p.title.length > 0);
  return part ? compactText(part.title.map(textOf).join('')) : '';
}

function firstLine(part: PartSkeleton, blocks: readonly Block[]): number {
  const first = part.label ?? part.title[0] ?? part.blocks[0];
  return first !== undefined ? blocks[first]!.startLine : Number.MAX_SAFE_INTEGER;
}
