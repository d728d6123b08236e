/**
 * Date and deadline phrases of one paragraph (issue 5): the phrase grammar's `datePhrase`
 * is tried along the paragraph, each match is read (`dateReading.ts`) and resolved against
 * the document's date. Years inside `《…》` titles and cited numbers never reach the
 * grammar: the lexer keeps those as single tokens.
 */
import type { IToken } from 'chevrotain';
import { phraseTokens, scan, type RuleMatch } from '../../grammar/phrase/scan.js';
import { diagnostic } from '../diagnostics.js';
import type { DatePhrase } from '../model.js';
import { positionAt } from '../structure/sourceMap.js';
import { LIMIT_OPENERS } from '../../grammar/data/dateWords.js';
import { isSpace } from './chars.js';
import { readDate, resolveDate, yearValue } from './dateReading.js';
import type { PhraseContext } from './index.js';

/** A date phrase with where it sits in its paragraph (other finders avoid its tokens). */
export interface DateFinding {
  phrase: DatePhrase;
  /** Token indices of its first and last token. */
  first: number;
  last: number;
  /** Offsets in the paragraph's text (end exclusive). */
  start: number;
  end: number;
}

/** Paragraphs without any of these cannot hold a date phrase: skipped before scanning. */
const MAY_HOLD_DATE = /[年月季内迟]|之日|五[”"」]/;

/** Is one of `LIMIT_OPENERS` printed right before `offset` (spaces between allowed)? */
function openedBefore(text: string, offset: number): boolean {
  let end = offset;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const before = text.slice(Math.max(0, end - 8), end).replace(/\s+/g, '');
  return LIMIT_OPENERS.some((w) => before.endsWith(w));
}

/** Finds dates in one paragraph. */
export function findDatePhrases(ctx: PhraseContext): DatePhrase[] {
  return dateFindings(ctx, phraseTokens(ctx.block.text)).map((f) => f.phrase);
}

/** The paragraph's date phrases with their token spans, from its phrase tokens (`phraseTokens`). */
export function dateFindings(ctx: PhraseContext, tokens: readonly IToken[]): DateFinding[] {
  return tokens.length > 0 && MAY_HOLD_DATE.test(ctx.block.text) ? scanDates(ctx, tokens) : [];
}

const isNumeral = (t: IToken | undefined) => t !== undefined && (t.tokenType.name === 'Number' || t.tokenType.name === 'ChineseNumeral');
/** The words a year is printed with (`yearPart`). */
const YEAR_WORDS = new Set(['Nian', 'YearOfAccount', 'WithinYear']);

function scanDates(ctx: PhraseContext, tokens: readonly IToken[]): DateFinding[] {
  const { block } = ctx;
  const out: DateFinding[] = [];
  let yearlySeen = false;
  // A date word right after a number belongs to a duration (`5 年内`, `三年`): never a start.
  // And a number that is no year before 年 is that duration: its reading is always rejected
  // (`yearPart`), so the attempt is skipped before parsing.
  const skip = (i: number) => {
    const token = tokens[i]!;
    if (!isNumeral(token)) return isNumeral(tokens[i - 1]);
    // `三年内` may be a goal's horizon (`争取三年内`): tried, and kept only after such words.
    const next = tokens[i + 1]?.tokenType.name ?? '';
    return YEAR_WORDS.has(next) && next !== 'WithinYear' && yearValue(token.image) === null;
  };
  const reportInvalid = (message: string | undefined, match: RuleMatch<unknown>): number => {
    if (message) {
      const at = positionAt(block, match.start);
      ctx.diagnostics.push(diagnostic('date/invalid', `「${block.text.slice(match.start, match.end)}」: ${message}`, at.line, at.column));
    }
    return match.last - match.first + 1;
  };
  scan(
    'datePhrase',
    tokens,
    (match) => {
      const reading = readDate(match.syntax);
      // An impossible date is reported once and consumed; other rejections move on by one token.
      if ('rejected' in reading) {
        if (reading.rejected === 'invalid') return reportInvalid(reading.message, match);
        return reading.rejected === 'event' || reading.rejected === 'unwritable' ? match.last - match.first + 1 : 0;
      }
      if (reading.nextYear && !yearlySeen) return 0; // 次年 with no yearly date before it: unknown year
      if (reading.needsOpener && !openedBefore(block.text, match.start)) return 0; // a duration (`5 年内分期分批`)
      const resolved = resolveDate(reading, ctx.documentDate);
      const position = positionAt(block, match.start);
      if ('rejected' in resolved) return resolved.rejected === 'invalid' ? reportInvalid(resolved.message, match) : 0;
      if (reading.recurring) yearlySeen = true;
      const phrase: DatePhrase = {
        text: block.text.slice(match.start, match.end),
        kind: resolved.kind,
        start: resolved.start,
        end: resolved.end,
        yearInferred: resolved.yearInferred,
        sectionPath: ctx.sectionPath,
        line: position.line,
        column: position.column,
        recurring: resolved.recurring,
      };
      if (resolved.within) phrase.within = resolved.within;
      if (resolved.every) phrase.every = resolved.every;
      out.push({
        phrase,
        first: match.first,
        last: match.last,
        start: match.start,
        end: match.end,
      });
      return match.last - match.first + 1;
    },
    skip,
  );
  return out;
}
