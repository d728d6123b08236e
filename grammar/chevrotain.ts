/**
 * Chevrotain, loaded from the single-file ESM bundle its package ships
 * (`lib/chevrotain.mjs`, the same 11.2.0 code). The package's entry point
 * (`lib/src/api.js`) imports lodash-es module by module, which costs about 0.6 s of
 * start-up in every process and every worker thread (measured: 0.75 s vs 0.16 s to
 * import on this machine) — more than the whole parse of a gazette issue.
 *
 * Every module takes Chevrotain's values from here, never from 'chevrotain' directly, so
 * that one instance serves every grammar (token types are numbered per instance, and
 * exceptions are compared with `instanceof`). Types may still be imported from 'chevrotain'.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

async function loadChevrotain(): Promise<Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/lib/src/api.js
    return (await import(pathToFileURL(join(dirname(entry), '..', 'chevrotain.mjs')).href)) as Chevrotain;
  } catch {
    return import('chevrotain'); // a release without the bundle: slower start
  }
}

const chevrotain = await loadChevrotain();

export const { createToken, createTokenInstance, CstParser, EmbeddedActionsParser, EOF, GAstVisitor, getLookaheadPaths, Lexer, tokenMatcher } = chevrotain;
