/**
 * The copy of Chevrotain the phrase and clause grammars use (`grammar/phrase/`,
 * `grammar/clause/`), apart from the document level's: see `chevrotain.ts` for why.
 */
import { loadChevrotain } from './chevrotain.js';

const chevrotain = await loadChevrotain('phrases');

export const { createToken, createTokenInstance, CstParser, EOF, Lexer, NoViableAltException, tokenMatcher } = chevrotain;
