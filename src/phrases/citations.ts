/**
 * Citations of one paragraph (issue 5): `《…》` titles, with the document number in brackets
 * after them when there is one, and document numbers cited on their own
 * (`晋政办发〔2020〕38 号`). Numbers are normalised like a document's own (`〔〕`, no spaces).
 */
import type { IToken } from 'chevrotain';
import { phraseTokens, scan } from '../../grammar/phrase/scan.js';
import type { CitationSyntax } from '../../grammar/phrase/syntax.js';
import type { Citation } from '../model.js';
import { compactText, parseDocNumber } from '../structure/normalize.js';
import { positionAt } from '../structure/sourceMap.js';
import { isSpace } from './chars.js';
import type { PhraseContext } from './index.js';

/** A citation with where it sits in its paragraph (targets avoid its tokens). */
export interface CitationFinding {
  citation: Citation;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Paragraphs without a title bracket or a bracketed year cannot cite anything. */
const MAY_CITE = /《|[〔\[【（(]\s*[0-9０-９]{4}/;
/** A cited number's prefix is the issuer's short name and kind: at most this long. */
const MAX_PREFIX = 12;
/** Words that end up before a bare cited number but belong to the sentence, not the number. */
const PREFIX_LEADS = ['根据', '按照', '依据', '参照', '贯彻', '落实', '执行', '转发', '印发', '对照', '关于', '和', '及', '与', '或', '的'];

/** What a citation prints: its title and the parts of its number. */
interface CitationReading {
  title: string | null;
  /** `〔2019〕35 号` and the prefix printed inside the brackets, when the rule read one. */
  number: { prefix: string | null; year: string; serial: string; yearToken: IToken } | null;
}

/** Reads what `citation` read. */
function readCitation(syntax: CitationSyntax): CitationReading {
  const number = syntax.number;
  const read = number && {
    prefix: number.prefix ? number.prefix.map((t) => t.image).join('').replace(/\s+/g, '') || null : null,
    year: number.year.image.replace(/[^0-9０-９]/g, ''),
    serial: number.serial.image,
    yearToken: number.year,
  };
  return { title: syntax.title ? compactText(syntax.title.image.slice(1, -1)) || null : null, number: read };
}

/** Finds citations in one paragraph. */
export function findCitations(ctx: PhraseContext): Citation[] {
  return citationFindings(ctx, phraseTokens(ctx.block.text)).map((f) => f.citation);
}

/** The paragraph's citations with their token spans, from its phrase tokens (`phraseTokens`). */
export function citationFindings(ctx: PhraseContext, tokens: readonly IToken[]): CitationFinding[] {
  return tokens.length > 0 && MAY_CITE.test(ctx.block.text) ? scanCitations(ctx, tokens) : [];
}

function scanCitations(ctx: PhraseContext, tokens: readonly IToken[]): CitationFinding[] {
  const { block } = ctx;
  const text = block.text;
  const out: CitationFinding[] = [];
  scan('citation', tokens, (match) => {
    const reading = readCitation(match.syntax);
    let start = match.start;
    let docNumber: string | null = null;
    if (reading.number) {
      let prefix = reading.number.prefix;
      if (!reading.title) {
        // A bare number: its prefix is the text right before the bracketed year.
        const back = prefixBefore(text, reading.number.yearToken.startOffset);
        prefix = back.prefix;
        start = back.start;
      }
      if (!prefix) return 0;
      docNumber = parseDocNumber(`${prefix}〔${reading.number.year}〕${reading.number.serial}号`)?.docNumber ?? null;
      if (!docNumber) return 0;
    }
    const position = positionAt(block, start);
    out.push({
      citation: {
        text: text.slice(start, match.end),
        title: reading.title,
        docNumber,
        sectionPath: ctx.sectionPath,
        line: position.line,
        column: position.column,
      },
      first: match.first,
      last: match.last,
      start,
      end: match.end,
    });
    return match.last - match.first + 1;
  });
  return out;
}

/** The issuer prefix printed before a bare cited number (`国办发` of `国办发〔2019〕35 号`). */
function prefixBefore(text: string, yearOffset: number): { prefix: string | null; start: number } {
  let i = yearOffset;
  let chars = '';
  while (i > 0 && chars.length < MAX_PREFIX) {
    const code = text.charCodeAt(i - 1);
    if (isSpace(code)) {
      i--;
      continue;
    }
    if (!((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf))) break;
    chars = text[i - 1] + chars;
    i--;
  }
  // Drop the sentence's words before the prefix (`根据国办发…` → `国办发`).
  let cut = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of PREFIX_LEADS) {
      const at = chars.indexOf(w, cut);
      if (at >= 0 && at + w.length < chars.length && (w.length > 1 || at === cut)) {
        cut = at + w.length;
        changed = true;
      }
    }
  }
  const prefix = chars.slice(cut);
  if (!prefix) return { prefix: null, start: yearOffset };
  // Map the kept characters back to the offset of the first one.
  let start = yearOffset;
  let kept = 0;
  while (start > 0 && kept < prefix.length) {
    start--;
    if (!isSpace(text.charCodeAt(start))) kept++;
  }
  return { prefix, start };
}
