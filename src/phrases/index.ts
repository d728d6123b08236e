/**
 * The phrase stage: finds responsibility clauses, date phrases, targets and citations
 * in one paragraph. Each finder is its own module with its own grammar; this module
 * only runs them and hands them the paragraph's context.
 */
import type { Block } from '../layout/paragraphs.js';
import type { Citation, DatePhrase, Diagnostic, Responsibility, Target } from '../model.js';
import { findCitations } from './citations.js';
import { findDatePhrases } from './dates.js';
import { findResponsibilities } from './responsibilities.js';
import { findTargets } from './targets.js';

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

/** Runs every phrase finder over one paragraph. */
export function findPhrases(ctx: PhraseContext): PhraseFindings {
  return {
    responsibilities: findResponsibilities(ctx),
    dates: findDatePhrases(ctx),
    targets: findTargets(ctx),
    citations: findCitations(ctx),
  };
}
