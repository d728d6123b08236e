/**
 * CST → document skeletons: which blocks make up each notice's head, closing, parts
 * and attachment list. A visitor over the document grammar's CST (Chevrotain style:
 * the grammar has no actions). Every child is treated as optional, because error
 * recovery can leave any of them out.
 */
import type { CstNode, IToken } from 'chevrotain';
import { BaseDocumentVisitor } from '../../grammar/documentParser.js';

/** The blocks of one part (notice body, instrument or attachment), in reading order. */
export interface PartSkeleton {
  kind: 'notice' | 'instrument' | 'attachment';
  label: IToken | null;
  title: IToken[];
  blocks: IToken[];
}

/** The blocks of one notice, sorted into its pieces. */
export interface DocumentSkeleton {
  issuer: IToken | null;
  title: IToken[];
  docNumber: IToken | null;
  addressees: IToken | null;
  signatureIssuer: IToken | null;
  date: IToken | null;
  disclosure: IToken | null;
  attachmentLists: IToken[][];
  parts: PartSkeleton[];
  /** Every block of the document, for its line range. */
  all: IToken[];
}

/** What the whole gazette CST holds. */
export interface GazetteSkeleton {
  documents: DocumentSkeleton[];
  stray: IToken[];
}

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const tokens = (children: Children, name: string): IToken[] => (children[name] as IToken[] | undefined) ?? [];
const nodes = (children: Children, name: string): CstNode[] => (children[name] as CstNode[] | undefined) ?? [];
const first = (children: Children, name: string): IToken | null => tokens(children, name)[0] ?? null;

/** Tokens inserted by error recovery have no real position (NaN in Chevrotain 11). */
export function isRealToken(token: IToken): boolean {
  return Number.isFinite(token.startOffset) && token.payload !== undefined;
}

/** All real tokens under a CST node, in input order. */
function allTokens(node: CstNode): IToken[] {
  const out: IToken[] = [];
  const walk = (n: CstNode) => {
    for (const list of Object.values(n.children)) {
      for (const el of list ?? []) {
        if ('children' in el) walk(el as CstNode);
        else if (isRealToken(el as IToken)) out.push(el as IToken);
      }
    }
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

class SkeletonVisitor extends BaseDocumentVisitor {
  constructor() {
    super();
    this.validateVisitor();
  }

  gazette(ctx: Children): GazetteSkeleton {
    return {
      documents: nodes(ctx, 'document').map((d) => this.visit(d) as DocumentSkeleton),
      stray: nodes(ctx, 'strayBlock').flatMap((s) => allTokens(s)),
    };
  }

  document(ctx: Children): DocumentSkeleton {
    const head = nodes(ctx, 'documentHead')[0];
    const headCtx = (head?.children ?? {}) as Children;
    const doc: DocumentSkeleton = {
      issuer: first(headCtx, 'IssuerBlock'),
      title: tokens(headCtx, 'TitleBlock').filter(isRealToken),
      docNumber: first(headCtx, 'DocNumberBlock'),
      addressees: first(headCtx, 'AddresseeBlock'),
      signatureIssuer: null,
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
      const title = titleNode ? tokens(titleNode.children as Children, 'TextBlock').filter(isRealToken) : [];
      doc.parts.push(this.partOf('instrument', null, title, nodes(ictx, 'body')[0], doc));
      for (const closing of nodes(ictx, 'closing')) this.closingOf(closing, doc);
    }
    for (const att of nodes(ctx, 'attachmentPart')) {
      const actx = att.children as Children;
      const titleNode = nodes(actx, 'attachmentTitle')[0];
      const title = titleNode ? tokens(titleNode.children as Children, 'TextBlock').filter(isRealToken) : [];
      doc.parts.push(this.partOf('attachment', first(actx, 'AttachmentLabelBlock'), title, nodes(actx, 'body')[0], doc));
    }
    // Every block the grammar put in this document, so that none is lost from its line
    // range: a second signature (a duplicated closing) fills no field above.
    doc.all = allTokens({ name: 'document', children: ctx } as unknown as CstNode);
    return doc;
  }

  private partOf(
    kind: PartSkeleton['kind'],
    label: IToken | null,
    title: IToken[],
    body: CstNode | undefined,
    doc: DocumentSkeleton,
  ): PartSkeleton {
    const blocks: IToken[] = [];
    if (body) {
      const bctx = body.children as Children;
      for (const b of nodes(bctx, 'bodyBlock')) blocks.push(...allTokens(b));
      for (const list of nodes(bctx, 'attachmentList')) doc.attachmentLists.push(allTokens(list));
    }
    return { kind, label: label && isRealToken(label) ? label : null, title, blocks };
  }

  private closingOf(closing: CstNode, doc: DocumentSkeleton): void {
    const ts = allTokens(closing);
    for (const t of ts) {
      const name = t.tokenType.name;
      if (name === 'IssuerBlock' && !doc.signatureIssuer) doc.signatureIssuer = t;
      else if (name === 'DateBlock' && !doc.date) doc.date = t;
      else if (name === 'DisclosureBlock' && !doc.disclosure) doc.disclosure = t;
    }
  }

  // Rules whose content the methods above read directly.
  documentHead(): void {}
  body(): void {}
  bodyBlock(): void {}
  attachmentList(): void {}
  closing(): void {}
  instrument(): void {}
  instrumentTitle(): void {}
  attachmentPart(): void {}
  attachmentTitle(): void {}
  strayBlock(): void {}
}

const visitor = new SkeletonVisitor();

/** Sorts the CST of a gazette into document skeletons. */
export function buildSkeleton(cst: CstNode): GazetteSkeleton {
  const result = visitor.visit(cst) as GazetteSkeleton;
  // A document spans from its first to its last block, whatever the CST grouped where.
  for (const doc of result.documents) {
    const own = new Set<IToken>(doc.all);
    const add = (t: IToken | null) => t && isRealToken(t) && own.add(t);
    [doc.issuer, doc.docNumber, doc.addressees, doc.signatureIssuer, doc.date, doc.disclosure].forEach(add);
    doc.title.forEach(add);
    doc.attachmentLists.flat().forEach(add);
    for (const p of doc.parts) {
      add(p.label);
      p.title.forEach(add);
      p.blocks.forEach(add);
    }
    doc.all = [...own].sort((a, b) => a.startOffset - b.startOffset);
  }
  return result;
}
