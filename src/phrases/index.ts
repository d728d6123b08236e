/**
 * The phrase stage: finds responsibility clauses, date phrases, targets and citations
 * in one paragraph. Each finder is its own module with its own grammar; this module
 * runs them, hands them the paragraph's context and shares the paragraph's phrase tokens.
 */
import type { Block } from '../layout/paragraphs.js';
import type { Citation, DatePhrase, Diagnostic, Responsibility, Target } from '../model.js';
import { phraseTokens } from '../../grammar/phrase/scan.js';
import { citationFindings } from './citations.js';
import { dateFindings } from './dates.js';
import { findResponsibilities } from './responsibilities.js';
import { targetsOf } from './targets.js';

/** What a phrase finder knows about the paragraph it reads. */
export interface PhraseContext {
  block: Block;
  /** Path of the innermost section holding the paragraph. */
  sectionPath: string[];
  /** The document's own date (成文日期, ISO), for phrases that print no year. */
  documentDate: string | null;
  diagnostics: Diagnostic[];
}

/** Everything the phrase stage found in one paragraph. */
export interface PhraseFindings {
  responsibilities: Responsibility[];
  dates: DatePhrase[];
  targets: Target[];
  citations: Citation[];
}

/**
 * Runs every phrase finder over one paragraph. The paragraph is lexed once for dates,
 * targets and citations, and each is found once: targets take the dates and citations
 * found here to stay out of them.
 */
export function findPhrases(ctx: PhraseContext): PhraseFindings {
  const responsibilities = findResponsibilities(ctx);
  const tokens = phraseTokens(ctx.block.text);
  if (tokens.length === 0) return { responsibilities, dates: [], targets: [], citations: [] };
  const dates = dateFindings(ctx, tokens);
  const citations = citationFindings(ctx, tokens);
  return {
    responsibilities,
    dates: dates.map((f) => f.phrase),
    targets: targetsOf(ctx, tokens, dates, citations),
    citations: citations.map((f) => f.citation),
  };
}
