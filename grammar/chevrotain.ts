/**
 * Chevrotain, loaded from the single-file ESM bundle its package ships
 * (`lib/chevrotain.mjs`, the same 11.2.0 code). The package's entry point
 * (`lib/src/api.js`) imports lodash-es module by module, which costs about 0.6 s of
 * start-up in every process and every worker thread (measured: 0.75 s vs 0.16 s to
 * import on this machine) — more than the whole parse of a gazette issue.
 *
 * Two copies are loaded: this module's, for the document level (the paragraph lexer and
 * the document grammar), and `chevrotainForPhrases.ts`'s, for the phrase and clause
 * grammars. One copy for both let V8 learn from the document grammar's whole-file tree
 * and tokens, which live long, that what Chevrotain's code allocates survives, and
 * allocate the phrase grammars' short-lived trees and tokens straight into the old
 * generation too ("allocation-site pretenuring"): the seed ×64 peaked at 520 MB instead
 * of 330 MB. A second copy costs ≈ 25 ms to load, and its first parse is no slower (each
 * copy's code sees one grammar's shapes).
 *
 * Every module takes Chevrotain's values from one of the two shims, never from
 * 'chevrotain' directly, and a grammar never mixes them: token types are numbered per
 * copy, and exceptions are compared with `instanceof`. Types may still be imported from
 * 'chevrotain'.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

/** Loads a copy of Chevrotain's bundle: each `copy` name is a module instance of its own. */
export async function loadChevrotain(copy: string): Promise<Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/lib/src/api.js
    const bundle = pathToFileURL(join(dirname(entry), '..', 'chevrotain.mjs')).href;
    return (await import(`${bundle}?copy=${copy}`)) as Chevrotain;
  } catch {
    return import('chevrotain'); // a release without the bundle: slower start, one shared copy
  }
}

const chevrotain = await loadChevrotain('document');

export const { createToken, createTokenInstance, CstParser, EarlyExitException, EOF, Lexer, NoViableAltException, tokenMatcher } = chevrotain;
