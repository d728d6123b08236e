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
import { CstParser, tokenMatcher } from './chevrotain.js';
import type { IToken, TokenType } from 'chevrotain';
import { endsWithTitleGenre } from './data/headShapes.js';
import {
  AddresseeBlock,
  AnyBlock,
  AttachmentLabelBlock,
  AttachmentListBlock,
  BLOCK_TOKENS,
  BodyBlock,
  DateBlock,
  DisclosureBlock,
  DocNumberBlock,
  FrontMatterBlock,
  HEADING_TOKENS,
  HeadingBlock,
  IssuerBlock,
  LeaderBlock,
  MastheadBlock,
  NoteBlock,
  RecordBlock,
  SignatoryBlock,
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

/** An instrument's title names its kind at the end: …实施方案, …办法, …安排 (`endsWithTitleGenre`). */
export function endsWithGenre(token: IToken): boolean {
  return endsWithTitleGenre(token.image);
}

/** Blocks that sign a document: issuer lines and signatories above the date. */
const SIGNERS = new Set<TokenType>([IssuerBlock, SignatoryBlock]);

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

  /** The whole issue: its front matter, documents, and blocks that belong to none (kept as fragments). */
  public gazette = this.RULE('gazette', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.frontMatter) },
        { ALT: () => this.SUBRULE(this.document) },
        { ALT: () => this.SUBRULE(this.strayBlock), IGNORE_AMBIGUITIES: true },
      ]);
    });
  });

  /** A gazette issue's masthead lines and table of contents (目录): kept as a fragment, never documents. */
  public frontMatter = this.RULE('frontMatter', () => {
    this.AT_LEAST_ONE(() => this.CONSUME(FrontMatterBlock));
  });

  /**
   * One notice: its head, body and closing, then the instrument it prints and its
   * attachments, each perhaps signed (50 号: head, one-paragraph body, closing, 安排).
   */
  public document = this.RULE('document', () => {
    this.SUBRULE(this.documentHead);
    this.SUBRULE(this.body);
    this.OPTION({ GATE: () => this.startsClosing(), DEF: () => this.SUBRULE(this.closing) });
    this.MANY(() => {
      this.OR([
        { GATE: () => this.startsBody(this.LA(1)), ALT: () => this.SUBRULE(this.instrument) },
        { ALT: () => this.SUBRULE(this.attachmentPart) },
      ]);
    });
  });

  /**
   * The head, GB/T 9704's elements in their printed order, any of them missing: a masthead
   * (`XX市人民政府文件`, a decree's `…国务院令`) and a document number; or a number first
   * (`東府〔2021〕54號` above its title); or an issuer line, the title, the number and the
   * addressees.
   */
  public documentHead = this.RULE('documentHead', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(MastheadBlock);
          this.OPTION(() => this.CONSUME(DocNumberBlock));
          this.SUBRULE(this.headRest);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(DocNumberBlock);
          this.SUBRULE2(this.headRest);
        },
      },
      {
        ALT: () => {
          this.OPTION2(() => this.CONSUME(IssuerBlock));
          this.AT_LEAST_ONE(() => this.CONSUME(TitleBlock));
          this.OPTION3(() => this.CONSUME3(DocNumberBlock));
          this.OPTION4(() => this.CONSUME(AddresseeBlock));
        },
      },
    ]);
  });

  /** What may follow a masthead or a leading number: an issuer line, the title, the number, the addressees. */
  public headRest = this.RULE('headRest', () => {
    this.OPTION(() => this.CONSUME(IssuerBlock));
    this.MANY(() => this.CONSUME(TitleBlock));
    this.OPTION2(() => this.CONSUME(DocNumberBlock));
    this.OPTION3(() => this.CONSUME(AddresseeBlock));
  });

  /**
   * Paragraphs and headings, ending perhaps with the attachment list (65 号 before its
   * signature). The blocks are consumed here, not in a rule of their own: a CST node per
   * paragraph cost more than the rest of the tree.
   */
  public body = this.RULE('body', () => {
    this.MANY(() => this.CONSUME(BodyBlock));
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

  /**
   * The signature — organs (one or several, a joint issue's thirteen), or a signatory
   * (`总理　李克强`), or nothing — and the 成文日期; then the disclosure and other notes. Or
   * the notes alone.
   */
  public closing = this.RULE('closing', () => {
    this.OR([
      {
        ALT: () => {
          this.MANY(() => {
            this.OR2([{ ALT: () => this.CONSUME(IssuerBlock) }, { ALT: () => this.CONSUME(SignatoryBlock) }]);
          });
          this.CONSUME(DateBlock);
          this.MANY2(() => this.SUBRULE(this.closingNote));
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE2(this.closingNote)) },
    ]);
  });

  /** `（此件公开发布）` (the disclosure), another note (`（本文有删减）`), or the 版记 (`抄送：…`, `…印发`). */
  public closingNote = this.RULE('closingNote', () => {
    this.OR([{ ALT: () => this.CONSUME(DisclosureBlock) }, { ALT: () => this.CONSUME(NoteBlock) }, { ALT: () => this.CONSUME(RecordBlock) }]);
  });

  /**
   * The enclosed 方案/办法/安排…: its title (or, untitled, its first paragraph), its body,
   * sometimes its own closing. Never empty, so that a document's parts can repeat.
   */
  public instrument = this.RULE('instrument', () => {
    this.OR([
      {
        GATE: () => isTitleLike(this.LA(1)) && (endsWithGenre(this.LA(1)) || (isTitleLike(this.LA(2)) && endsWithGenre(this.LA(2)))),
        ALT: () => this.SUBRULE(this.instrumentTitle),
      },
      { ALT: () => this.CONSUME(HeadingBlock) },
      { ALT: () => this.CONSUME(TextBlock), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.CONSUME(TableLineBlock) },
      { ALT: () => this.CONSUME(LeaderBlock) },
    ]);
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

  /** `附件 1`, the attachment's title, its body, perhaps its own signature (a report attached to a 复函). */
  public attachmentPart = this.RULE('attachmentPart', () => {
    this.CONSUME(AttachmentLabelBlock);
    this.OPTION({
      GATE: () => isTitleLike(this.LA(1)),
      DEF: () => this.SUBRULE(this.attachmentTitle),
    });
    this.SUBRULE(this.body);
    this.OPTION2({ GATE: () => this.startsClosing(), DEF: () => this.SUBRULE(this.closing) });
  });

  public attachmentTitle = this.RULE('attachmentTitle', () => {
    this.CONSUME(TextBlock);
  });

  /** A block outside any document (kept, reported as a fragment). */
  public strayBlock = this.RULE('strayBlock', () => {
    this.CONSUME(AnyBlock);
  });

  /**
   * A closing starts at a date or a note, or at organ and signatory lines that lead to a date;
   * an issuer line above a title opens the next notice instead.
   */
  private startsClosing(): boolean {
    let k = 1;
    while (SIGNERS.has(this.LA(k).tokenType)) k++;
    const t = this.LA(k).tokenType;
    return t === DateBlock || (k === 1 && (t === DisclosureBlock || t === NoteBlock || t === RecordBlock));
  }

  private startsBody(token: IToken): boolean {
    return tokenMatcher(token, BodyBlock);
  }
}

/** The singleton document parser (`parser.input = tokens` resets it). */
export const documentParser = new DocumentParser();

/** Base class for CST visitors of the document grammar. */
export const BaseDocumentVisitor = documentParser.getBaseCstVisitorConstructor();
