/** PLACEHOLDER until its issue lands: finds nothing. */
import type { Citation } from '../model.js';
import type { PhraseContext } from './index.js';

/** Finds citations in one paragraph. */
export function findCitations(ctx: PhraseContext): Citation[] {
  void ctx;
  return [];
}
