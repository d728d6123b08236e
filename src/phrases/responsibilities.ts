/** PLACEHOLDER until its issue lands: finds nothing. */
import type { Responsibility } from '../model.js';
import type { PhraseContext } from './index.js';

/** Finds responsibilities in one paragraph. */
export function findResponsibilities(ctx: PhraseContext): Responsibility[] {
  void ctx;
  return [];
}
