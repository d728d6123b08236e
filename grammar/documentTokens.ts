/**
 * Tokens of the document grammar. Each token is one paragraph ("block") of the page
 * layout, typed by what it is in a notice: an issuer line, a title line, a document
 * number, a heading of some marker family, plain text… `classifyBlocks` assigns them.
 * They have no lexer pattern (`Lexer.NA`): the document grammar parses blocks, not text.
 */
import { createToken, Lexer } from './chevrotain.js';
import type { TokenType } from 'chevrotain';
import type { MarkerStyle } from './data/markers.js';

/** Category that every block token belongs to (used to skip a stray block). */
export const AnyBlock = createToken({ name: 'AnyBlock', pattern: Lexer.NA });
/**
 * Category of the blocks a body is made of: headings, text, table rows and leader-list lines.
 * The body consumes them as one category rather than choosing among four alternatives at every
 * paragraph (the document parser on the seed ×16: ≈ 6 → ≈ 3 ms).
 */
export const BodyBlock = createToken({ name: 'BodyBlock', pattern: Lexer.NA, categories: [AnyBlock] });
/** Category of every numbered-heading block. */
export const HeadingBlock = createToken({ name: 'HeadingBlock', pattern: Lexer.NA, categories: [BodyBlock, AnyBlock] });

const block = (name: string, categories: TokenType[] = [AnyBlock]) => createToken({ name, pattern: Lexer.NA, categories });

/** A masthead (发文机关标志): `XX市人民政府文件`, a decree's `中华人民共和国国务院令`. */
export const MastheadBlock = block('MastheadBlock');
/** `吕梁市人民政府办公室` above a title or in a signature (one organ per line, or several side by side). */
export const IssuerBlock = block('IssuerBlock');
/** A person who signs with a title: a decree's `总理　李克强`. */
export const SignatoryBlock = block('SignatoryBlock');
/** A line of a notice's title (a title-shaped run at the head of a document, see `classifyBlocks`). */
export const TitleBlock = block('TitleBlock');
/** A whole-paragraph document number `吕政办发〔2020〕50 号`. */
export const DocNumberBlock = block('DocNumberBlock');
/** The addressees (主送机关), the paragraph after the number that ends with `：`. */
export const AddresseeBlock = block('AddresseeBlock');
/** A whole-paragraph date: the signature's 成文日期. */
export const DateBlock = block('DateBlock');
/** `（此件公开发布）`. */
export const DisclosureBlock = block('DisclosureBlock');
/** Another note of the closing (附注): `（本文有删减）`, a contact line. */
export const NoteBlock = block('NoteBlock');
/** The 版记 at a document's foot: `抄送：…`, `…2020年7月7日印发`. */
export const RecordBlock = block('RecordBlock');
/** A gazette issue's front matter: its masthead lines and table of contents (目录), entries with page numbers. */
export const FrontMatterBlock = block('FrontMatterBlock');
/** `附件：1.… ` — the list of attachments. */
export const AttachmentListBlock = block('AttachmentListBlock');
/** `附件 1` or `附件` on its own: the label that opens an attachment. */
export const AttachmentLabelBlock = block('AttachmentLabelBlock');
/** A table row, header or bare row index. */
export const TableLineBlock = block('TableLineBlock', [BodyBlock, AnyBlock]);
/** A leader-list line: `组 长：…`, `李安林 副市长`. */
export const LeaderBlock = block('LeaderBlock', [BodyBlock, AnyBlock]);
/** Any other paragraph. */
export const TextBlock = block('TextBlock', [BodyBlock, AnyBlock]);

/** One heading token per marker family, all in the `HeadingBlock` category. */
export const HEADING_TOKENS: ReadonlyMap<MarkerStyle, TokenType> = new Map(
  (
    [
      ['第一章', 'ChapterHeading'],
      ['第一节', 'SubchapterHeading'],
      ['第一条', 'ArticleHeading'],
      ['一、', 'CnCommaHeading'],
      ['（一）', 'ParenCnHeading'],
      ['1.', 'ArabicDotHeading'],
      ['（1）', 'ParenArabicHeading'],
      ['①', 'CircledHeading'],
    ] as const
  ).map(([style, name]) => [style, block(name, [HeadingBlock, BodyBlock, AnyBlock])]),
);

/** Every block token type, categories first (Chevrotain needs them registered). */
export const BLOCK_TOKENS: TokenType[] = [
  AnyBlock,
  BodyBlock,
  HeadingBlock,
  MastheadBlock,
  IssuerBlock,
  SignatoryBlock,
  TitleBlock,
  DocNumberBlock,
  AddresseeBlock,
  DateBlock,
  DisclosureBlock,
  NoteBlock,
  RecordBlock,
  FrontMatterBlock,
  AttachmentListBlock,
  AttachmentLabelBlock,
  TableLineBlock,
  LeaderBlock,
  TextBlock,
  ...HEADING_TOKENS.values(),
];
