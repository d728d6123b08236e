/**
 * The document grammar: a gazette issue is a collection of documents (as Akoma Ntoso's
 * `documentCollection`), each a notice (公文) with its header, body, closing, the
 * instrument it encloses and its attachments. It parses block tokens (one per
 * paragraph, see `classifyBlocks`), so its rules read like the layout of a notice.
 *
 * Sections are not nested here: which marker family sits above which depends on the
 * order the families appear in each part (GB/T 9704 gives the usual order, but parts
 * start at `1.` or skip `（一）`), so the semantic stage builds the tree from the flat
 * heading blocks this grammar delimits.
 */
import { CstParser } from './chevrotain.js';
import type { IToken } from 'chevrotain';
import { INSTRUMENT_GENRES } from './data/issuers.js';
import {
  AddresseeBlock,
  AnyBlock,
  AttachmentLabelBlock,
  AttachmentListBlock,
  BLOCK_TOKENS,
  DateBlock,
  DisclosureBlock,
  DocNumberBlock,
  HEADING_TOKENS,
  HeadingBlock,
  IssuerBlock,
  LeaderBlock,
  TableLineBlock,
  TextBlock,
  TitleBlock,
} from './documentTokens.js';

const ArabicDotHeading = HEADING_TOKENS.get('1.')!;
const CircledHeading = HEADING_TOKENS.get('①')!;

/** A title line has no sentence punctuation and is short. */
export function isTitleLike(token: IToken): boolean {
  const text = token.image;
  return text.length <= 60 && !/[，。；：,;:]/.test(text);
}

const GENRE_ENDING = new RegExp(`(?:${INSTRUMENT_GENRES.join('|')})$`);

/** An instrument's title names its kind at the end: …实施方案, …办法, …安排. */
export function endsWithGenre(token: IToken): boolean {
  return GENRE_ENDING.test(token.image.replace(/\s+/g, '').replace(/[”"」）)]+$/, ''));
}

/** The document grammar (use the singleton `documentParser`; tests build one with `validate`). */
export class DocumentParser extends CstParser {
  /**
   * `validate` runs Chevrotain's grammar checks (ambiguities, left recursion…: about
   * 15 ms of start-up in every process and worker). The singleton skips them; the tests
   * build a validating parser, which throws on a definition error.
   */
  constructor(validate = false) {
    super(BLOCK_TOKENS, { recoveryEnabled: true, maxLookahead: 3, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** The whole issue: documents, and blocks that belong to none (kept as fragments). */
  public gazette = this.RULE('gazette', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.document) },
        { ALT: () => this.SUBRULE(this.strayBlock), IGNORE_AMBIGUITIES: true },
      ]);
    });
  });

  /** One notice: 50 号 is head, one-paragraph body, closing, then its 安排 (the instrument). */
  public document = this.RULE('document', () => {
    this.SUBRULE(this.documentHead);
    this.SUBRULE(this.body);
    this.OPTION({ GATE: () => this.startsClosing(), DEF: () => this.SUBRULE(this.closing) });
    this.OPTION2({
      GATE: () => this.startsBody(this.LA(1)),
      DEF: () => this.SUBRULE(this.instrument),
    });
    this.MANY(() => this.SUBRULE(this.attachmentPart));
  });

  /** Issuer line (missing in some extractions), title lines, number, addressees. */
  public documentHead = this.RULE('documentHead', () => {
    this.OPTION(() => this.CONSUME(IssuerBlock));
    this.MANY(() => this.CONSUME(TitleBlock));
    this.CONSUME(DocNumberBlock);
    this.OPTION2(() => this.CONSUME(AddresseeBlock));
  });

  /**
   * Paragraphs and headings, ending perhaps with the attachment list (65 号 before its
   * signature). The blocks are consumed here, not in a rule of their own: a CST node per
   * paragraph cost more than the rest of the tree.
   */
  public body = this.RULE('body', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(HeadingBlock) },
        { ALT: () => this.CONSUME(TextBlock) },
        { ALT: () => this.CONSUME(TableLineBlock) },
        { ALT: () => this.CONSUME(LeaderBlock) },
      ]);
    });
    this.OPTION(() => this.SUBRULE(this.attachmentList));
  });

  /** `附件：1.学习宣传贯彻…` with its items `2.…` … `13.…` and their wrapped titles. */
  public attachmentList = this.RULE('attachmentList', () => {
    this.CONSUME(AttachmentListBlock);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(ArabicDotHeading) },
        { ALT: () => this.CONSUME(CircledHeading) },
        { ALT: () => this.CONSUME(TextBlock) },
      ]);
    });
  });

  /** Signature (issuer and 成文日期, or the date alone) and the disclosure note. */
  public closing = this.RULE('closing', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(IssuerBlock);
                this.CONSUME(DateBlock);
              },
            },
            { ALT: () => this.CONSUME2(DateBlock) },
          ]);
          this.OPTION(() => this.CONSUME(DisclosureBlock));
        },
      },
      { ALT: () => this.CONSUME2(DisclosureBlock) },
    ]);
  });

  /** The enclosed 方案/办法/安排…: its title, its body, sometimes its own closing. */
  public instrument = this.RULE('instrument', () => {
    this.OPTION({
      GATE: () => isTitleLike(this.LA(1)) && (endsWithGenre(this.LA(1)) || (isTitleLike(this.LA(2)) && endsWithGenre(this.LA(2)))),
      DEF: () => this.SUBRULE(this.instrumentTitle),
    });
    this.SUBRULE(this.body);
    this.OPTION2({ GATE: () => this.startsClosing(), DEF: () => this.SUBRULE(this.closing) });
  });

  /** One title block, or two when the first does not yet name the genre. */
  public instrumentTitle = this.RULE('instrumentTitle', () => {
    this.CONSUME(TextBlock);
    this.OPTION({
      GATE: () => !endsWithGenre(this.LA(0)) && isTitleLike(this.LA(1)) && endsWithGenre(this.LA(1)),
      DEF: () => this.CONSUME2(TextBlock),
    });
  });

  /** `附件 1`, the attachment's title, its body. */
  public attachmentPart = this.RULE('attachmentPart', () => {
    this.CONSUME(AttachmentLabelBlock);
    this.OPTION({
      GATE: () => isTitleLike(this.LA(1)),
      DEF: () => this.SUBRULE(this.attachmentTitle),
    });
    this.SUBRULE(this.body);
  });

  public attachmentTitle = this.RULE('attachmentTitle', () => {
    this.CONSUME(TextBlock);
  });

  /** A block outside any document (kept, reported as a fragment). */
  public strayBlock = this.RULE('strayBlock', () => {
    this.CONSUME(AnyBlock);
  });

  /** An issuer line opens a closing only above a date; above a title it opens the next notice. */
  private startsClosing(): boolean {
    return this.LA(1).tokenType !== IssuerBlock || this.LA(2).tokenType === DateBlock;
  }

  private startsBody(token: IToken): boolean {
    const t = token.tokenType;
    return t === TextBlock || t === TableLineBlock || t === LeaderBlock || (t.CATEGORIES ?? []).includes(HeadingBlock);
  }
}

/** The singleton document parser (`parser.input = tokens` resets it). */
export const documentParser = new DocumentParser();

/** Base class for CST visitors of the document grammar. */
export const BaseDocumentVisitor = documentParser.getBaseCstVisitorConstructor();
