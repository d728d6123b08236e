/** PLACEHOLDER until its issue lands: finds nothing. */
import type { DatePhrase } from '../model.js';
import type { PhraseContext } from './index.js';

/** Finds dates in one paragraph. */
export function findDatePhrases(ctx: PhraseContext): DatePhrase[] {
  void ctx;
  return [];
}
