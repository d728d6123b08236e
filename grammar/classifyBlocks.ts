/**
 * The document grammar's lexer: turns the paragraphs of the page layout into block
 * tokens. Each paragraph's opening is lexed with the paragraph lexer and typed by its
 * first tokens and its shape (a document number, a date, an organ's name, a masthead…);
 * the elements of a document's head are then decided by context, as a reader does
 * (`headContext.ts`): a title is a title-shaped run at the head of a document, an issuer
 * line stands above a title or a signature date, an addressee line under a title or number.
 */
import type { IToken, TokenType } from 'chevrotain';
import { CLOSING_NOTE_OPENINGS, isIssuerLine, ISSUER_MAX_LENGTH, MASTHEAD_LINE, RECORD_LINE, SIGNATORY_LINE } from './data/issuers.js';
import { MARKER_NUMERAL, type MarkerStyle } from './data/markers.js';
import { ordinalValue } from './data/numerals.js';
import { LEADER_LABEL_LINE, LEADER_MEMBER_LINE, TABLE_LINE_PATTERNS } from './data/tableLines.js';
import { foldTraditional } from './data/traditional.js';
import {
  AttachmentLabelBlock,
  AttachmentListBlock,
  DateBlock,
  DisclosureBlock,
  DocNumberBlock,
  HEADING_TOKENS,
  IssuerBlock,
  LeaderBlock,
  MastheadBlock,
  NoteBlock,
  RecordBlock,
  SignatoryBlock,
  TableLineBlock,
  TextBlock,
} from './documentTokens.js';
import { applyHeadContext } from './headContext.js';
import {
  ArabicDate,
  AttachmentWord,
  ChineseDate,
  Colon,
  Disclosure,
  DocNumber,
  LParen,
  MARKER_TOKENS,
  Number as NumberToken,
  OPENING_LENGTH,
  openingEnd,
  opensWithPlainText,
  paragraphLexer,
} from './paragraphLexer.js';

/** What the grammar needs to know of a paragraph. */
export interface BlockInput {
  text: string;
  startLine: number;
  endLine: number;
  /** Set when the input already split the row into cells (a Markdown table row). */
  cells?: readonly string[];
}

/** A section marker found at the start of a paragraph. */
export interface MarkerMatch {
  style: MarkerStyle;
  /** The marker as printed, whitespace removed (`（十一)`). */
  text: string;
  ordinal: number | null;
  /** Offset in the paragraph text where the heading text starts. */
  end: number;
}

/**
 * The type the grammar's lexer gave each paragraph, by paragraph index: what the later
 * stages keep of the token stream once the document grammar has run.
 */
export interface BlockTypes {
  /** The block token type (`TextBlock`, `TableLineBlock`, a heading…). */
  readonly kind: readonly TokenType[];
  /** The marker of a heading (or of an attachment list item); null for text. */
  readonly marker: readonly (MarkerMatch | null)[];
}

const STYLE_OF_MARKER_TOKEN = new Map<TokenType, MarkerStyle>([...MARKER_TOKENS].map(([style, tok]) => [tok, style]));

/** A wrapped leader-list line is short. */
const MAX_LEADER_CONTINUATION = 20;

const CLOSING_NOTE = new RegExp(`^[（(](?:${CLOSING_NOTE_OPENINGS.join('|')})[^（(）)]{0,60}[）)]$`);

/**
 * Types every block: the token stream for the document parser (one token per paragraph,
 * whose offsets are the paragraph's index) and the same types by paragraph index.
 */
export function classifyBlocks(blocks: readonly BlockInput[]): { tokens: IToken[]; types: BlockTypes } {
  const kinds: TokenType[] = [];
  const markers: (MarkerMatch | null)[] = [];
  for (const b of blocks) {
    const { kind, marker } = b.cells ? { kind: TableLineBlock, marker: null } : classifyOne(b.text);
    kinds.push(kind);
    markers.push(marker);
  }
  applyHeadContext(blocks, kinds, bodyKind);
  applyLeaderContext(blocks, kinds);
  // Text keeps no marker, whatever its opening looked like.
  for (let i = 0; i < kinds.length; i++) if (kinds[i] !== AttachmentListBlock && !HEADING_KINDS.has(kinds[i]!)) markers[i] = null;
  const tokens = blocks.map((b, i) => blockToken(kinds[i]!, b, i));
  return { tokens, types: { kind: kinds, marker: markers } };
}

const HEADING_KINDS = new Set<TokenType>(HEADING_TOKENS.values());

/**
 * The token of paragraph `i`: only what the document parser reads (its type, the text its
 * gates read, the offset the skeleton reads the paragraph's index from). An object literal of
 * this module rather than Chevrotain's `createTokenInstance`: tokens made there share a shape
 * with its EOF token, whose NaN positions turn every position field into a boxed number (twice
 * the memory of a token). No lines or columns: the grammar tracks no node locations.
 */
function blockToken(kind: TokenType, block: BlockInput, i: number): IToken {
  return { image: block.text, startOffset: i, tokenTypeIdx: kind.tokenTypeIdx!, tokenType: kind };
}

/** Types one paragraph by its opening tokens and its shape, before any context. */
export function classifyOne(text: string): { kind: TokenType; marker: MarkerMatch | null } {
  const opening = foldTraditional(text.slice(0, openingEnd(text)));
  const whole = text.length <= OPENING_LENGTH;
  // An opening of plain CJK text types the paragraph by its shape alone: it is not lexed
  // (a fifth of the seed's paragraphs: classifyBlocks on the seed ×16's paragraphs took 43 → 38 ms CPU).
  if (!opensWithPlainText(opening)) {
    const typed = typeByTokens(text, whole, paragraphLexer.tokenize(opening).tokens);
    if (typed !== null) return typed;
  }
  if (whole && RECORD_LINE.test(text.trim())) return { kind: RecordBlock, marker: null };
  // Organ lines before table rows: `总理　　李克强` and `市交通委      市公安局` also have the
  // shape of two header cells. The context turns an organ line that signs nothing back into
  // a row (`demote`).
  if (whole && text.length <= ISSUER_MAX_LENGTH + 8) {
    const folded = foldTraditional(text.trim());
    if (SIGNATORY_LINE.test(folded)) return { kind: SignatoryBlock, marker: null };
    if (MASTHEAD_LINE.test(folded)) return { kind: MastheadBlock, marker: null };
    if (isIssuerLine(folded)) return { kind: IssuerBlock, marker: null };
  }
  return { kind: bodyKind(text), marker: null };
}

/** The type of a paragraph that its opening's tokens decide (the paragraph `text` is whole when it is its opening), or null. */
function typeByTokens(text: string, whole: boolean, tokens: IToken[]): { kind: TokenType; marker: MarkerMatch | null } | null {
  const first = tokens[0];
  if (!first) return { kind: TextBlock, marker: null };
  const only = whole && tokens.length === 1;
  if (only && first.tokenType === DocNumber) return { kind: DocNumberBlock, marker: null };
  if (only && first.tokenType === Disclosure) return { kind: DisclosureBlock, marker: null };
  if (only && (first.tokenType === ArabicDate || first.tokenType === ChineseDate)) return { kind: DateBlock, marker: null };
  if (first.tokenType === AttachmentWord) {
    if (whole && (tokens.length === 1 || (tokens.length === 2 && tokens[1]!.tokenType === NumberToken))) {
      return { kind: AttachmentLabelBlock, marker: null };
    }
    if (tokens[1]?.tokenType === Colon) return { kind: AttachmentListBlock, marker: null };
  }
  const style = STYLE_OF_MARKER_TOKEN.get(first.tokenType);
  if (style !== undefined) {
    const printed = first.image.replace(/\s+/g, '');
    const numeral = MARKER_NUMERAL.get(style)!.exec(printed);
    return {
      kind: HEADING_TOKENS.get(style)!,
      marker: { style, text: printed, ordinal: numeral ? ordinalValue(numeral[1]!) : null, end: first.startOffset + first.image.length },
    };
  }
  if (whole && first.tokenType === LParen && CLOSING_NOTE.test(text.replace(/\s+/g, ''))) return { kind: NoteBlock, marker: null };
  return null;
}

/** A body paragraph's kind by its shape: a leader-list line, a table row, or text. */
export function bodyKind(text: string): TokenType {
  // Leader lines first: `李安林 副市长` also has the shape of a two-cell table header.
  if (LEADER_MEMBER_LINE.test(text) || LEADER_LABEL_LINE.test(text)) return LeaderBlock;
  if (TABLE_LINE_PATTERNS.some((p) => p.test(text))) return TableLineBlock;
  return TextBlock;
}

/**
 * A leader list goes on through its wrapped lines (`刘智平 市人力资源和社` / `会保障局局长`),
 * which alone look like table cells or text.
 */
function applyLeaderContext(blocks: readonly BlockInput[], kinds: TokenType[]): void {
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i - 1] !== LeaderBlock) continue;
    const text = blocks[i]!.text;
    const short = text.length <= MAX_LEADER_CONTINUATION && !/[，。；：,;:]/.test(text);
    if ((kinds[i] === TableLineBlock || kinds[i] === TextBlock) && short && !/[0-9０-９]/.test(text) && !blocks[i]!.cells) kinds[i] = LeaderBlock;
  }
}
