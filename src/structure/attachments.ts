/**
 * Attachments (附件): the list a notice announces (`附件：1.… 2.…`) matched with the
 * attachment parts it carries (`附件 1` + title). Either side may be missing.
 */
import type { BlockTypes } from '../../grammar/classifyBlocks.js';
import { foldDigits } from '../../grammar/data/numerals.js';
import { AttachmentListBlock } from '../../grammar/documentTokens.js';
import { diagnostic } from '../diagnostics.js';
import type { Block } from '../layout/paragraphs.js';
import type { Attachment, Diagnostic } from '../model.js';
import { compactText } from './normalize.js';

/** One entry of an attachment list. */
export interface ListedAttachment {
  number: number | null;
  title: string;
  line: number;
}

const LIST_OPENING = /^附\s*件\s*[:：]\s*/;
const ITEM_NUMBER = /^([0-9０-９]{1,2})\s*[.．、]\s*/;

/** Reads the items of one attachment list (its paragraph indexes in reading order). */
export function readAttachmentList(list: readonly number[], blocks: readonly Block[], types: BlockTypes): ListedAttachment[] {
  const items: ListedAttachment[] = [];
  for (const index of list) {
    const block = blocks[index]!;
    const isOpening = types.kind[index] === AttachmentListBlock;
    // Items after the opening are `2.…` headings to the block classifier.
    const marker = isOpening ? null : types.marker[index]!;
    const text = isOpening ? block.text.replace(LIST_OPENING, '') : block.text;
    const numbered = isOpening ? ITEM_NUMBER.exec(text) : null;
    const line = block.startLine;
    if (marker) items.push({ number: marker.ordinal, title: text.slice(marker.end), line });
    else if (numbered) items.push({ number: Number(foldDigits(numbered[1]!)), title: text.slice(numbered[0].length), line });
    else if (isOpening || items.length === 0) items.push({ number: null, title: text, line });
    else items[items.length - 1]!.title += text;
  }
  return items.map((i) => ({ ...i, title: compactText(i.title) }));
}

/** An attachment part as found: its label as printed, the label's line, and its title. */
export interface FoundAttachment {
  label: string;
  line: number;
  title: string | null;
}

/** The number printed in an attachment label (`附件 1` → 1), null for a bare `附件`. */
export function labelNumber(label: string): number | null {
  const m = /[0-9０-９]+/.exec(label);
  return m ? Number(foldDigits(m[0])) : null;
}

/** Matches the announced list with the parts found; reports either side missing. */
export function matchAttachments(listed: readonly ListedAttachment[], found: readonly FoundAttachment[], diagnostics: Diagnostic[]): Attachment[] {
  const out: Attachment[] = [];
  const used = new Set<ListedAttachment>();
  for (const part of found) {
    const n = labelNumber(part.label);
    const entry =
      listed.find((l) => !used.has(l) && l.number === n) ??
      (n === null && listed.length === 1 && !used.has(listed[0]!) ? listed[0] : undefined);
    if (entry) used.add(entry);
    else {
      diagnostics.push(diagnostic('document/attachment-not-listed', `${part.label.replace(/\s+/g, '')} is not announced in the document's 附件 list`, part.line));
    }
    out.push({
      label: n === null ? '附件' : `附件${n}`,
      number: n,
      title: part.title ?? entry?.title ?? null,
      startLine: part.line,
      listedLine: entry?.line ?? null,
    });
  }
  for (const entry of listed) {
    if (used.has(entry)) continue;
    diagnostics.push(
      diagnostic('document/attachment-not-found', `附件${entry.number ?? ''} 「${entry.title}」 is announced but not found in the document`, entry.line),
    );
    out.push({ label: entry.number === null ? '附件' : `附件${entry.number}`, number: entry.number, title: entry.title, startLine: null, listedLine: entry.line });
  }
  return out;
}
