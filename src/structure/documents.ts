/**
 * Document skeletons → the output model: header and closing fields normalised, parts
 * with their section trees and tables, attachments matched, phrases found, and the
 * diagnostics a CI user needs (a notice without number, title or date…).
 */
import type { IToken } from 'chevrotain';
import { diagnostic } from '../diagnostics.js';
import type { Block } from '../layout/paragraphs.js';
import type { Diagnostic, Document, Part, Responsibility } from '../model.js';
import { findPhrases } from '../phrases/index.js';
import { unknownAgencyDiagnostic } from '../phrases/responsibilities.js';
import { matchAttachments, readAttachmentList, type FoundAttachment } from './attachments.js';
import { compactText, disclosureOf, genreOf, parseDocNumber, parseFullDate, splitAddressees } from './normalize.js';
import { unmatchedBrackets } from './brackets.js';
import { buildPartContent } from './sections.js';
import { positionAt } from './sourceMap.js';
import type { DocumentSkeleton, PartSkeleton } from './skeleton.js';

/** Builds one document of the output model from its skeleton. */
export function buildDocument(skeleton: DocumentSkeleton, blocks: readonly Block[], diagnostics: Diagnostic[]): Document {
  const startLine = skeleton.all[0]?.startLine ?? 1;
  const endLine = skeleton.all[skeleton.all.length - 1]?.endLine ?? startLine;
  const number = skeleton.docNumber ? parseDocNumber(skeleton.docNumber.image) : null;
  const title = compactText(skeleton.title.map((t) => t.image).join(''));
  const date = skeleton.date ? parseFullDate(skeleton.date.image) : null;
  const issuerToken = skeleton.issuer ?? skeleton.signatureIssuer;

  if (!skeleton.docNumber) diagnostics.push(diagnostic('document/missing-number', 'Document has no document number (发文字号)', startLine));
  if (!title) diagnostics.push(diagnostic('document/missing-title', 'Document has no title', startLine));
  if (!skeleton.date) diagnostics.push(diagnostic('document/missing-date', 'Document has no signature date (成文日期)', startLine));
  else if (!date) diagnostics.push(diagnostic('document/invalid-date', `Signature date 「${skeleton.date.image}」 is not a real date`, skeleton.date.startLine!));
  if (!issuerToken) diagnostics.push(diagnostic('document/missing-issuer', 'Document has no issuer line (发文机关)', startLine));

  const doc: Document = {
    docNumber: number?.docNumber ?? (skeleton.docNumber ? compactText(skeleton.docNumber.image) : null),
    docNumberParts: number?.parts ?? null,
    issuer: issuerToken ? compactText(issuerToken.image) : null,
    title,
    genre: genreOf(title),
    addressees: skeleton.addressees ? splitAddressees(skeleton.addressees.image) : [],
    date,
    disclosure: skeleton.disclosure ? disclosureOf(skeleton.disclosure.image) : null,
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
  skeleton.parts.forEach((partSkeleton, i) => {
    // A part runs to the last block before the next part (the notice's closing included).
    const next = skeleton.parts[i + 1];
    const limit = next ? firstLine(next) : Number.MAX_SAFE_INTEGER;
    const partEnd = Math.max(...skeleton.all.filter((t) => t.startLine! < limit).map((t) => t.endLine!), startLine);
    const part = buildPart(partSkeleton, i === 0 ? startLine : firstLine(partSkeleton), partEnd, title, blocks, diagnostics, doc);
    doc.parts.push(part);
    if (partSkeleton.label) found.push({ label: partSkeleton.label, title: part.title });
  });
  doc.attachments = matchAttachments(skeleton.attachmentLists.flatMap(readAttachmentList), found, diagnostics);
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
  diagnostics: Diagnostic[],
  doc: Document,
): Part {
  const content = buildPartContent(skeleton.blocks, blocks, diagnostics);
  const ownTitle = skeleton.title.length > 0 ? compactText(skeleton.title.map((t) => t.image).join('')) : null;
  for (const unit of content.units) {
    const found = findPhrases({ block: unit.block, sectionPath: unit.sectionPath, documentDate: doc.date, diagnostics });
    reportBrackets(unit.block, found.responsibilities, diagnostics);
    doc.responsibilities.push(...found.responsibilities);
    doc.dates.push(...found.dates);
    doc.targets.push(...found.targets);
    doc.citations.push(...found.citations);
  }
  const label = skeleton.label ? compactText(skeleton.label.image) : null;
  return {
    kind: skeleton.kind,
    label,
    title: skeleton.kind === 'notice' ? noticeTitle || null : ownTitle,
    startLine,
    endLine,
    sections: content.sections,
    paragraphs: content.paragraphs,
    tables: content.tables,
  };
}

/**
 * Unbalanced brackets, except an opener that starts an unclosed responsibility clause:
 * that one has its own, more specific diagnostic.
 */
function reportBrackets(block: Block, clauses: readonly Responsibility[], diagnostics: Diagnostic[]): void {
  const { open, close } = unmatchedBrackets(block.text);
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

function firstLine(part: PartSkeleton): number {
  const t: IToken | undefined = part.label ?? part.title[0] ?? part.blocks[0];
  return t?.startLine ?? Number.MAX_SAFE_INTEGER;
}
