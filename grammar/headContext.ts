/**
 * The elements of a document's head decided by context, over the block types `classifyOne`
 * gave by shape — GB/T 9704's elements, any of which may be missing:
 *
 * - front matter: a gazette issue's masthead lines and table of contents (目录) at the top;
 * - titles: a run of title-shaped paragraphs (no sentence punctuation, the last ending in a
 *   genre word: 通知, 意见, 办法…) that stands at the head of a document — above a document
 *   number or an addressee line, under a masthead or number, at the start of the text, or
 *   after a closing when it opens with an organ (`国务院办公厅关于…`) or under an issuer
 *   line. A title-shaped run after a closing that is none of these is the enclosed
 *   instrument's title (the grammar's `instrument`), as is one the notice's title names;
 * - addressees: the line under a title or number that ends with a colon and names organs;
 * - an issuer line only above a title, a number or a signature date; a masthead only above
 *   a number, an issuer or a title.
 */
import type { TokenType } from 'chevrotain';
import { FRONT_MATTER_REACH, isContentsEntry, MAX_CONTENTS_ENTRY } from './data/frontMatter.js';
import { endsWithTitleGenre, isAddresseeShaped, isContentsHead, isTitleShaped, SENTENCE_MARK, shapeOf } from './data/headShapes.js';
import { ORGAN_ENDINGS, TITLE_ISSUER_JOINS, TITLE_TRAILER } from './data/issuers.js';
import { DOC_NUMBER_LINE, IN_ROUND_BRACKETS } from './data/lineBreaks.js';
import { foldDigits } from './data/numerals.js';
import {
  AddresseeBlock,
  AttachmentLabelBlock,
  DateBlock,
  DisclosureBlock,
  DocNumberBlock,
  FrontMatterBlock,
  IssuerBlock,
  MastheadBlock,
  NoteBlock,
  RecordBlock,
  SignatoryBlock,
  TableLineBlock,
  TextBlock,
  TitleBlock,
} from './documentTokens.js';

/** What the context rules read of a paragraph. */
interface BlockText {
  text: string;
}

/** A title is at most this many paragraphs (GB/T 9704: one to three lines; OCR splits more)… */
const MAX_TITLE_BLOCKS = 4;
/** …and the whole title at most this long. */
const MAX_TITLE_LENGTH = 160;
/** A title at the start of a text has at most this many paragraphs of other content above it (a stray line of page metadata). */
const OPENING_CONTENT = 1;

/** Words that open a title's matter: `国务院关于…`, `…办公室转发…`. */
const MATTER_WORD = new RegExp(`关于|${TITLE_ISSUER_JOINS.filter((w) => w !== '关于').join('|')}`);
/** A line of a title without such a word is at least this long (a line of a wrapped title, not a table cell). */
const MIN_TITLE_LINE = 4;
const ORGAN_THEN_JOIN = new RegExp(`^[\\u4e00-\\u9fff（）()、\\s]{1,60}?(?:${ORGAN_ENDINGS.join('|')})(?:${TITLE_ISSUER_JOINS.join('|')})`);
const CLOSING_KINDS = new Set<TokenType>([DateBlock, DisclosureBlock, NoteBlock, RecordBlock]);

/**
 * Applies the context rules to the shape types of `kinds`, in place. `demote` types an organ
 * or masthead line that heads and signs nothing as the body paragraph it then is.
 */
export function applyHeadContext(blocks: readonly BlockText[], kinds: TokenType[], demote: (text: string) => TokenType): void {
  const contentStart = markFrontMatter(blocks, kinds) || markRepeatedHeadline(blocks, kinds);
  markTitles(blocks, kinds, contentStart);
  markBracketedNumbers(blocks, kinds);
  markAddressees(blocks, kinds);
  keepSignaturesAndMastheads(blocks, kinds, demote);
}

/**
 * A table of contents near the top (a `目录` head, or entries with page numbers) with the
 * masthead lines above it becomes front matter. Returns the index of the first paragraph
 * after it (0 when there is none).
 */
function markFrontMatter(blocks: readonly BlockText[], kinds: TokenType[]): number {
  const reach = Math.min(blocks.length, FRONT_MATTER_REACH);
  const isEntry = (i: number) => isContentsEntry(blocks[i]!.text);
  let first = -1;
  for (let i = 0; i < reach; i++) {
    if (kinds[i] !== TextBlock && kinds[i] !== IssuerBlock && kinds[i] !== MastheadBlock) break;
    if (isContentsHead(blocks[i]!.text) || (isEntry(i) && i + 1 < blocks.length && isEntry(i + 1))) {
      first = i;
      break;
    }
    if (!isTitleShaped(blocks[i]!.text)) break; // masthead lines are short and unpunctuated
  }
  if (first < 0) return 0;
  let last = isEntry(first) ? first : -1;
  for (let j = first + 1; j < blocks.length; j++) {
    if (isEntry(j)) {
      last = j;
      continue;
    }
    // An entry wrapped over several paragraphs: its pieces lead to an entry within a few paragraphs.
    let k = j;
    while (k < blocks.length && k < j + 3 && !isEntry(k) && isTitleShapedPiece(blocks[k]!.text)) k++;
    if (k < blocks.length && k < j + 3 && isEntry(k)) {
      last = k;
      j = k;
      continue;
    }
    break;
  }
  if (last < 0) return 0;
  for (let i = 0; i <= last; i++) kinds[i] = FrontMatterBlock;
  return last + 1;
}

/** Above a page's headline: at most this many lines of site navigation (`您的位置: 首页 » 法律法规 »`)… */
const MAX_HEADLINE_ABOVE = 2;
/** …and between the headline and the title it repeats, at most this many lines of page metadata (`浏览量:　时间:2016-01-17 23:45:19`)… */
const MAX_HEADLINE_GAP = 3;
/** …each of them at most this long, and no sentence. */
const MAX_CHROME_LINE = 80;
const SENTENCE_STOP = /[。；;！!？?]/;
/** A site's label before a headline ends with one of these (`政务服务丨…`, `首页 > 政策文件：…`). */
const LABEL_END = /[丨|｜:：>»·•]$/;
/** A title that opens with the words of its matter, under its issuer line: `关于…`, `印发…`. */
const OPENS_WITH_MATTER = new RegExp(`^(?:${MATTER_WORD.source})`);
/** A site's label before a headline is at most this long. */
const MAX_HEADLINE_LABEL = 16;

/**
 * A page's headline above the document's own head, as text copied from a web page prints
 * it: perhaps a line or two of site navigation, the headline (the document's title, perhaps
 * after a site's label such as `政务服务丨` or with the issuer before it), a few short lines
 * of page metadata, then the head the headline repeats — the title, perhaps under its
 * issuer line. The lines above that head become front matter, so that the document starts
 * at its own head. Returns the index of the repeated head (0 when there is none).
 */
function markRepeatedHeadline(blocks: readonly BlockText[], kinds: TokenType[]): number {
  const reach = Math.min(blocks.length, FRONT_MATTER_REACH + MAX_HEADLINE_ABOVE);
  const isChrome = (i: number) => {
    const text = blocks[i]!.text.trim();
    return (kinds[i] === TextBlock || kinds[i] === IssuerBlock) && text.length <= MAX_CHROME_LINE && !SENTENCE_STOP.test(text);
  };
  for (let top = 0; top <= MAX_HEADLINE_ABOVE && top < reach; top++) {
    if (top > 0 && !isChrome(top - 1)) return 0;
    let headline = '';
    for (let end = top; end < Math.min(reach, top + MAX_TITLE_BLOCKS); end++) {
      if (!isChrome(end) || !isTitleShaped(blocks[end]!.text)) break;
      headline += shapeOf(blocks[end]!.text);
      if (!endsWithTitleGenre(headline)) continue;
      for (let start = end + 1; start <= end + 1 + MAX_HEADLINE_GAP && start < reach; start++) {
        const repeatEnd = repeatedHeadEnd(blocks, start, headline);
        if (repeatEnd >= 0) {
          // The repeat is the site's heading too when the document's own head follows it: an
          // issuer line above a title that opens with 关于/印发… (`吉安市…实施细则` above
          // `江西省吉安市人民政府办公室` / `关于印发吉安市…实施细则的通知`) or that repeats the
          // headline once more (`河北省人民政府` / `河北省人工影响天气管理规定`).
          const ownHead =
            kinds[repeatEnd] === IssuerBlock &&
            repeatEnd + 1 < blocks.length &&
            (OPENS_WITH_MATTER.test(shapeOf(blocks[repeatEnd + 1]!.text)) || repeatedHeadEnd(blocks, repeatEnd + 1, headline) >= 0);
          const own = ownHead ? repeatEnd : start;
          for (let i = 0; i < own; i++) kinds[i] = FrontMatterBlock;
          return own;
        }
        if (!isChrome(start)) break;
      }
    }
  }
  return 0;
}

/**
 * Do the paragraphs from `start` print the head a headline repeats: the same title, or the
 * title the headline prints after a site's label, or the same words split into an issuer
 * line and a title? At most an issuer line and `MAX_TITLE_BLOCKS` paragraphs. Returns the
 * index after the repeated head, or -1.
 */
function repeatedHeadEnd(blocks: readonly BlockText[], start: number, headline: string): number {
  let head = '';
  for (let i = start; i < blocks.length && i <= start + MAX_TITLE_BLOCKS && head.length < headline.length; i++) {
    head += shapeOf(blocks[i]!.text);
    if (head === headline) return i + 1;
    if (headline.endsWith(head) && endsWithTitleGenre(head)) {
      const label = headline.slice(0, headline.length - head.length);
      if (label.length <= MAX_HEADLINE_LABEL && LABEL_END.test(label)) return i + 1;
    }
  }
  return -1;
}

/**
 * A document number printed inside brackets right under a title, as pages that list notices
 * print it (`关于印发…的通知` / `( 吉府发〔2003〕37号 )`). Only there: elsewhere a bracketed
 * number alone on its line cites another document (a task table's 参考文件 cell).
 */
function markBracketedNumbers(blocks: readonly BlockText[], kinds: TokenType[]): void {
  for (let i = 1; i < blocks.length; i++) {
    if (kinds[i - 1] !== TitleBlock || kinds[i] !== TextBlock) continue;
    const inside = IN_ROUND_BRACKETS.exec(blocks[i]!.text.trim());
    if (inside && DOC_NUMBER_LINE.test(foldDigits(inside[1]!.trim()))) kinds[i] = DocNumberBlock;
  }
}

/** A piece of a wrapped contents entry: no sentence punctuation. */
function isTitleShapedPiece(text: string): boolean {
  return text.length <= MAX_CONTENTS_ENTRY && !SENTENCE_MARK.test(shapeOf(text));
}

/** Finds the title runs that head a document (see the module comment) and types them `TitleBlock`. */
function markTitles(blocks: readonly BlockText[], kinds: TokenType[], contentStart: number): void {
  let lastTitle = '';
  let contentBlocks = 0;
  for (let i = contentStart; i < blocks.length; i++) {
    const kind = kinds[i]!;
    const titleShaped = kind === TextBlock && isTitleShaped(blocks[i]!.text);
    if (kind !== TextBlock && kind !== IssuerBlock && kind !== MastheadBlock && kind !== DocNumberBlock) contentBlocks++;
    else if (kind === TextBlock && !titleShaped) contentBlocks++;
    if (!titleShaped || !endsWithTitleGenre(blocks[i]!.text)) continue;
    const start = runStart(blocks, kinds, i);
    const text = blocks
      .slice(start, i + 1)
      .map((b) => shapeOf(b.text))
      .join('');
    if (text.length > MAX_TITLE_LENGTH || kinds[start - 1] === AttachmentLabelBlock) continue;
    if (!headsDocument(blocks, kinds, start, i, text, lastTitle, contentBlocks <= OPENING_CONTENT)) continue;
    for (let j = start; j <= i; j++) kinds[j] = TitleBlock;
    lastTitle = text;
  }
}

/**
 * The first paragraph of the title run that ends at `end`: title-shaped text above it, none
 * ending in a genre word. A joint title's first line may look like two table cells
 * (`上海市交通委员会 上海市公安局关`): it is taken at the head of a text or after a closing.
 * A title opens with its matter (`关于…`, `…印发…`), perhaps after its organ: lines above
 * the one that holds it are not the title's (a table's last cells, `合计` / `43.9`).
 */
function runStart(blocks: readonly BlockText[], kinds: readonly TokenType[], end: number): number {
  let start = end;
  while (start > 0 && end - start + 1 < MAX_TITLE_BLOCKS && isTitleShaped(blocks[start - 1]!.text) && !endsWithTitleGenre(blocks[start - 1]!.text)) {
    const kind = kinds[start - 1];
    const tableAtHead = kind === TableLineBlock && (start - 1 === 0 || CLOSING_KINDS.has(kinds[start - 2]!) || kinds[start - 2] === FrontMatterBlock);
    if (kind !== TextBlock && !tableAtHead) break;
    start--;
  }
  while (start < end && !opensTitle(blocks, start, end)) start++;
  return start;
}

/**
 * Can the paragraph at `start` open the title that runs to `end`? When the title names its
 * matter with 关于 or 印发/转发/批转, that word starts in this paragraph (or straddles its end:
 * `…公安局关` / `于印发…`). When it names none (an instrument's own title), the paragraph is
 * a line of Chinese text, not a number or a cell of two characters.
 */
function opensTitle(blocks: readonly BlockText[], start: number, end: number): boolean {
  const first = shapeOf(blocks[start]!.text);
  const whole = blocks
    .slice(start, end + 1)
    .map((b) => shapeOf(b.text))
    .join('');
  const matter = MATTER_WORD.exec(whole);
  if (matter) return matter.index < first.length;
  return first.length >= MIN_TITLE_LINE && (first.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2 > first.length;
}

/** Does the title-shaped run `start..end` (its text `text`) head a document? */
function headsDocument(
  blocks: readonly BlockText[],
  kinds: readonly TokenType[],
  start: number,
  end: number,
  text: string,
  lastTitle: string,
  atOpening: boolean,
): boolean {
  const next = kinds[end + 1];
  // Above a document number or an addressee line.
  if (next === DocNumberBlock) return true;
  if (next === TextBlock && isAddresseeShaped(blocks[end + 1]!.text)) return !namesEnclosed(lastTitle, text);
  // Under a masthead or a number (an issuer line may stand between).
  let above = start - 1;
  const issuerAbove = kinds[above] === IssuerBlock;
  if (issuerAbove) above--;
  if (kinds[above] === DocNumberBlock || kinds[above] === MastheadBlock) return true;
  // At the start of the text.
  if (atOpening) return true;
  // After a closing: a new notice opens with its organ, or under its issuer line — unless the
  // notice before names this very title as what it carries.
  if (above >= 0 && CLOSING_KINDS.has(kinds[above]!) && (issuerAbove || ORGAN_THEN_JOIN.test(text))) return !namesEnclosed(lastTitle, text);
  return false;
}

/**
 * Does the notice title `notice` name `title` as the instrument it prints (`…关于转发《X》的通知`,
 * `…印发X的通知`)? Then `title` is that instrument's, not a new notice's.
 */
function namesEnclosed(notice: string, title: string): boolean {
  if (!notice || !title) return false;
  const stripped = title.replace(TITLE_TRAILER, '');
  for (const m of notice.matchAll(/《([^《》]+)》/g)) if (m[1]!.replace(TITLE_TRAILER, '') === stripped) return true;
  return /(?:印发|转发|批转)/.test(notice) && stripped.length >= 6 && notice.includes(stripped);
}

/** The addressee line under a title or a document number (a head without a title: `菏政办字〔2023〕1号` / `各县区人民政府…：`). */
function markAddressees(blocks: readonly BlockText[], kinds: TokenType[]): void {
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i] !== TextBlock || (kinds[i - 1] !== TitleBlock && kinds[i - 1] !== DocNumberBlock)) continue;
    if (kinds[i - 1] === DocNumberBlock && !headPosition(kinds, i - 1)) continue;
    if (isAddresseeShaped(blocks[i]!.text)) kinds[i] = AddresseeBlock;
  }
}

/** Is the document number at `i` part of a head (under a title or masthead, or opening a text or a new notice)? */
function headPosition(kinds: readonly TokenType[], i: number): boolean {
  const before = kinds[i - 1];
  return before === undefined || before === TitleBlock || before === MastheadBlock || before === IssuerBlock || before === FrontMatterBlock || CLOSING_KINDS.has(before);
}

/**
 * Issuer and signatory lines stay only where a head or a signature has them: above a title,
 * a number or a date (several organs of a joint signature, one per line, above the date).
 * A masthead stays above a number, an issuer line or a title.
 */
function keepSignaturesAndMastheads(blocks: readonly BlockText[], kinds: TokenType[], demote: (text: string) => TokenType): void {
  for (let i = kinds.length - 1; i >= 0; i--) {
    const kind = kinds[i];
    if (kind !== IssuerBlock && kind !== SignatoryBlock && kind !== MastheadBlock) continue;
    let j = i + 1;
    while (kinds[j] === IssuerBlock || kinds[j] === SignatoryBlock) j++;
    const next = kinds[j];
    const keeps =
      kind === MastheadBlock
        ? next === DocNumberBlock || next === TitleBlock || kinds[i + 1] === IssuerBlock
        : next === DateBlock || (kind === IssuerBlock && j === i + 1 && (next === TitleBlock || next === DocNumberBlock));
    if (!keeps) kinds[i] = demote(blocks[i]!.text);
  }
}
