/**
 * CST → document skeletons: which blocks make up each notice's head, closing, parts
 * and attachment list. A visitor over the document grammar's CST (Chevrotain style:
 * the grammar has no actions). Every child is treated as optional, because error
 * recovery can leave any of them out.
 *
 * A skeleton names paragraphs by their index in the token stream (= in the paragraph
 * list the grammar was given), not by token: once it is built, the tokens and the CST
 * are garbage, and the later stages read text and lines from the paragraphs themselves.
 */
import type { CstNode, IToken } from 'chevrotain';
import { BaseDocumentVisitor } from '../../grammar/documentParser.js';

/**
 * Stands for a token that error recovery inserted (a document number the grammar expected
 * and did not find): it names no paragraph, and reads as empty text.
 */
export const INSERTED = -1;

/** The blocks of one part (notice body, instrument or attachment), in reading order. */
export interface PartSkeleton {
  kind: 'notice' | 'instrument' | 'attachment';
  label: number | null;
  title: number[];
  blocks: number[];
}

/** The blocks of one notice, sorted into its pieces (paragraph indexes, or `INSERTED`). */
export interface DocumentSkeleton {
  /** The masthead (发文机关标志) above the head: `XX市人民政府文件`, `…国务院令`. */
  masthead: number | null;
  /** The issuer line above the title. */
  issuer: number | null;
  title: number[];
  docNumber: number | null;
  addressees: number | null;
  /** The organ lines of the first signature (one per line, or several names on a line). */
  signature: number[];
  date: number | null;
  disclosure: number | null;
  attachmentLists: number[][];
  parts: PartSkeleton[];
  /** Every block of the document, in order, for its line range. */
  all: number[];
}

/** What the whole gazette CST holds. */
export interface GazetteSkeleton {
  documents: DocumentSkeleton[];
  stray: number[];
  /** The front matter (masthead lines, 目录) of a gazette issue: one run of paragraphs each. */
  frontMatter: number[][];
}

type Children = Record<string, (CstNode | IToken)[] | undefined>;

/** Tokens inserted by error recovery have no real position (NaN in Chevrotain 11). */
export function isRealToken(token: IToken): boolean {
  return Number.isFinite(token.startOffset);
}

/** The paragraph a block token stands for (`classifyBlocks` makes its offset the paragraph's index). */
const indexOf = (token: IToken): number => token.startOffset;
const nodes = (children: Children, name: string): CstNode[] => (children[name] as CstNode[] | undefined) ?? [];
/** The paragraphs of the real tokens named `name`. */
const indexes = (children: Children, name: string): number[] => ((children[name] as IToken[] | undefined) ?? []).filter(isRealToken).map(indexOf);
/** The paragraph of the first token named `name` (`INSERTED` for a token recovery made up). */
const first = (children: Children, name: string): number | null => {
  const token = (children[name] as IToken[] | undefined)?.[0];
  if (!token) return null;
  return isRealToken(token) ? indexOf(token) : INSERTED;
};

/** All real tokens under a CST node, in input order. */
function allTokens(node: CstNode): IToken[] {
  const out: IToken[] = [];
  collectTokens(node, out);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

function collectTokens(node: CstNode, out: IToken[]): void {
  for (const key in node.children) {
    for (const el of node.children[key]!) {
      if ('children' in el) collectTokens(el, out);
      else if (isRealToken(el)) out.push(el);
    }
  }
}

/** The paragraphs of all real tokens under a CST node, in input order. */
function allIndexes(node: CstNode): number[] {
  const out: number[] = [];
  collectIndexes(node, out);
  // Mostly in order already (a body's blocks are one list): a sort calls its comparator even then.
  return isAscending(out) ? out : out.sort((a, b) => a - b);
}

function isAscending(indexes: readonly number[]): boolean {
  for (let k = 1; k < indexes.length; k++) if (indexes[k - 1]! > indexes[k]!) return false;
  return true;
}

function collectIndexes(node: CstNode, out: number[]): void {
  for (const key in node.children) {
    for (const el of node.children[key]!) {
      if ('children' in el) collectIndexes(el, out);
      else if (isRealToken(el)) out.push(indexOf(el));
    }
  }
}

class SkeletonVisitor extends BaseDocumentVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  gazette(ctx: Children): GazetteSkeleton {
    return {
      documents: nodes(ctx, 'document').map((d) => this.visit(d) as DocumentSkeleton),
      stray: nodes(ctx, 'strayBlock').flatMap((s) => allIndexes(s)),
      frontMatter: nodes(ctx, 'frontMatter').map((f) => allIndexes(f)),
    };
  }

  document(ctx: Children): DocumentSkeleton {
    const head = nodes(ctx, 'documentHead')[0];
    const headTokens = head ? allTokens(head) : [];
    const firstOf = (name: string): number | null => {
      const token = headTokens.find((t) => t.tokenType.name === name);
      return token ? indexOf(token) : null;
    };
    const doc: DocumentSkeleton = {
      masthead: firstOf('MastheadBlock'),
      issuer: firstOf('IssuerBlock'),
      title: headTokens.filter((t) => t.tokenType.name === 'TitleBlock').map(indexOf),
      docNumber: firstOf('DocNumberBlock'),
      addressees: firstOf('AddresseeBlock'),
      signature: [],
      date: null,
      disclosure: null,
      attachmentLists: [],
      parts: [],
      all: [],
    };
    const notice = this.partOf('notice', null, [], nodes(ctx, 'body')[0], doc);
    doc.parts.push(notice);
    for (const closing of nodes(ctx, 'closing')) this.closingOf(closing, doc);
    for (const instrument of nodes(ctx, 'instrument')) {
      const ictx = instrument.children as Children;
      const titleNode = nodes(ictx, 'instrumentTitle')[0];
      const title = titleNode ? indexes(titleNode.children as Children, 'TextBlock') : [];
      const part = this.partOf('instrument', null, title, nodes(ictx, 'body')[0], doc);
      // An untitled instrument's first paragraph is consumed by the instrument rule itself.
      const opening = Object.entries(ictx).flatMap(([name, els]) => (name === 'instrumentTitle' || name === 'body' || name === 'closing' ? [] : (els as IToken[]).filter(isRealToken).map(indexOf)));
      part.blocks = [...opening, ...part.blocks];
      doc.parts.push(part);
      for (const closing of nodes(ictx, 'closing')) this.closingOf(closing, doc);
    }
    for (const att of nodes(ctx, 'attachmentPart')) {
      const actx = att.children as Children;
      const titleNode = nodes(actx, 'attachmentTitle')[0];
      const title = titleNode ? indexes(titleNode.children as Children, 'TextBlock') : [];
      doc.parts.push(this.partOf('attachment', first(actx, 'AttachmentLabelBlock'), title, nodes(actx, 'body')[0], doc));
    }
    // The parts after the notice in reading order, whatever the grammar's grouping.
    const [notice_, ...enclosed] = doc.parts;
    doc.parts = [notice_!, ...enclosed.sort((a, b) => partStart(a) - partStart(b))];
    // Every block the grammar put in this document, so that none is lost from its line
    // range: a second signature (a duplicated closing) fills no field above.
    doc.all = allIndexes({ name: 'document', children: ctx } as unknown as CstNode);
    return doc;
  }

  private partOf(kind: PartSkeleton['kind'], label: number | null, title: number[], body: CstNode | undefined, doc: DocumentSkeleton): PartSkeleton {
    let blocks: number[] = [];
    if (body) {
      // The body's paragraphs and headings, in order; its attachment list is read apart.
      const { attachmentList, ...paragraphs } = body.children as Children;
      blocks = allIndexes({ name: 'body', children: paragraphs } as unknown as CstNode);
      for (const list of (attachmentList ?? []) as CstNode[]) doc.attachmentLists.push(allIndexes(list));
    }
    return { kind, label: label === INSERTED ? null : label, title, blocks };
  }

  /** The first closing fills the signature and date; any closing's note fills the disclosure once. */
  private closingOf(closing: CstNode, doc: DocumentSkeleton): void {
    const first = doc.date === null && doc.signature.length === 0;
    for (const t of allTokens(closing)) {
      const name = t.tokenType.name;
      if (name === 'IssuerBlock' && first) doc.signature.push(indexOf(t));
      else if (name === 'DateBlock') doc.date ??= indexOf(t);
      else if (name === 'DisclosureBlock') doc.disclosure ??= indexOf(t);
    }
  }

  // Rules whose content the methods above read directly.
  documentHead(): void {}
  headRest(): void {}
  frontMatter(): void {}
  closingNote(): void {}
  body(): void {}
  attachmentList(): void {}
  closing(): void {}
  instrument(): void {}
  instrumentTitle(): void {}
  attachmentPart(): void {}
  attachmentTitle(): void {}
  strayBlock(): void {}
}

/** The first block of a part (its label, title or first paragraph), for reading order. */
function partStart(part: PartSkeleton): number {
  return part.label ?? part.title[0] ?? part.blocks[0] ?? Number.MAX_SAFE_INTEGER;
}

const visitor = new SkeletonVisitor();

/**
 * A text with a body but no head at all (an excerpt cut from a notice: a task table, the
 * items of a plan) is one document without head elements rather than nothing: its sections,
 * tables and clauses are still the user's data. `blocks` are the paragraphs the grammar
 * left outside any document, in order.
 */
export function headlessDocument(blocks: readonly number[]): DocumentSkeleton {
  return {
    masthead: null,
    issuer: null,
    title: [],
    docNumber: null,
    addressees: null,
    signature: [],
    date: null,
    disclosure: null,
    attachmentLists: [],
    parts: [{ kind: 'notice', label: null, title: [], blocks: [...blocks] }],
    all: [...blocks],
  };
}

/** Sorts the CST of a gazette into document skeletons. */
export function buildSkeleton(cst: CstNode): GazetteSkeleton {
  // A document's `all` already holds every block of its fields: each is a token under the document's node.
  return visitor.visit(cst) as GazetteSkeleton;
}
