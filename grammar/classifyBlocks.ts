/**
 * The document grammar's lexer: turns the paragraphs of the page layout into block
 * tokens. Each paragraph's opening is lexed with the paragraph lexer and typed by its
 * first tokens; two kinds are then decided by context, as a reader does:
 *  - title lines are the text paragraphs right above a document number (up to four,
 *    back to the issuer line), so a notice whose issuer line is missing still parses;
 *  - an issuer line is only an issuer line above a title or a signature date.
 */
import type { IToken, TokenType } from 'chevrotain';
import { ISSUER_LINE } from './data/issuers.js';
import { MARKER_NUMERAL, type MarkerStyle } from './data/markers.js';
import { ordinalValue } from './data/numerals.js';
import { LEADER_LABEL_LINE, LEADER_MEMBER_LINE, TABLE_LINE_PATTERNS } from './data/tableLines.js';
import {
  AddresseeBlock,
  AttachmentLabelBlock,
  AttachmentListBlock,
  DateBlock,
  DisclosureBlock,
  DocNumberBlock,
  HEADING_TOKENS,
  IssuerBlock,
  LeaderBlock,
  TableLineBlock,
  TextBlock,
  TitleBlock,
} from './documentTokens.js';
import {
  ArabicDate,
  AttachmentWord,
  ChineseDate,
  Colon,
  Disclosure,
  DocNumber,
  MARKER_TOKENS,
  Number as NumberToken,
  OPENING_LENGTH,
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

/** Up to this many text paragraphs above a document number are its title. */
const MAX_TITLE_BLOCKS = 4;
/** A wrapped leader-list line is short. */
const MAX_LEADER_CONTINUATION = 20;
/** A title line is short; a longer paragraph above a number is body text. */
const MAX_TITLE_BLOCK_LENGTH = 60;

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
  applyContext(blocks, kinds);
  // Text keeps no marker, whatever its opening looked like.
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === TextBlock) markers[i] = null;
  const tokens = blocks.map((b, i) => blockToken(kinds[i]!, b, i));
  return { tokens, types: { kind: kinds, marker: markers } };
}

/**
 * The token of paragraph `i`. An object literal of this module rather than Chevrotain's
 * `createTokenInstance`: tokens made there share a shape with its EOF token, whose NaN
 * positions turn every position field into a boxed number (twice the memory of a token).
 */
function blockToken(kind: TokenType, block: BlockInput, i: number): IToken {
  return {
    image: block.text,
    startOffset: i,
    endOffset: i,
    startLine: block.startLine,
    endLine: block.endLine,
    startColumn: 1,
    endColumn: 1,
    tokenTypeIdx: kind.tokenTypeIdx!,
    tokenType: kind,
  };
}

/** Types one paragraph by its opening tokens. */
export function classifyOne(text: string): { kind: TokenType; marker: MarkerMatch | null } {
  const opening = text.slice(0, OPENING_LENGTH);
  const whole = text.length <= OPENING_LENGTH;
  const tokens = paragraphLexer.tokenize(opening).tokens;
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
  // Leader lines first: `李安林 副市长` also has the shape of a two-cell table header.
  if (LEADER_MEMBER_LINE.test(text) || LEADER_LABEL_LINE.test(text)) return { kind: LeaderBlock, marker: null };
  if (TABLE_LINE_PATTERNS.some((p) => p.test(text))) return { kind: TableLineBlock, marker: null };
  if (whole && ISSUER_LINE.test(text.replace(/\s+/g, ''))) return { kind: IssuerBlock, marker: null };
  return { kind: TextBlock, marker: null };
}

function applyContext(blocks: readonly BlockInput[], kinds: TokenType[]): void {
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== DocNumberBlock) continue;
    // Title lines: text paragraphs right above the number, back to the issuer line.
    for (let j = i - 1, n = 0; j >= 0 && n < MAX_TITLE_BLOCKS; j--, n++) {
      if (kinds[j] !== TextBlock || blocks[j]!.text.length > MAX_TITLE_BLOCK_LENGTH) break;
      kinds[j] = TitleBlock;
    }
    // Addressees: the paragraph after the number, when it ends with a colon.
    if (kinds[i + 1] === TextBlock && /[:：]\s*$/.test(blocks[i + 1]!.text)) kinds[i + 1] = AddresseeBlock;
  }
  // A leader list goes on through its wrapped lines (`刘智平 市人力资源和社` / `会保障局局长`),
  // which alone look like table cells or text.
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i - 1] !== LeaderBlock) continue;
    const text = blocks[i]!.text;
    const short = text.length <= MAX_LEADER_CONTINUATION && !/[，。；：,;:]/.test(text);
    if ((kinds[i] === TableLineBlock || kinds[i] === TextBlock) && short && !/[0-9０-９]/.test(text) && !blocks[i]!.cells) kinds[i] = LeaderBlock;
  }
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== IssuerBlock) continue;
    const next = kinds[i + 1];
    if (next !== TitleBlock && next !== DateBlock && next !== DocNumberBlock) kinds[i] = TextBlock;
  }
}
