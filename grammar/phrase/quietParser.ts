/**
 * A `CstParser` whose failures are cheap, for the phrase and the clause grammars: both
 * parse without error recovery, and their callers only ask whether a parse failed
 * (`parsedCleanly`), never why.
 *
 * Chevrotain reports a failure with a new exception whose message lists the expected
 * paths (`getLookaheadPathsForOr`: once measured at 80% of the phrase stage), builds an
 * `Error` with its stack for every mismatched token, and attaches the rule stack as
 * readable names to each. Most attempts to parse a phrase fail by design (most places in a
 * paragraph are not a phrase), so here every failure throws one preallocated exception of
 * the type Chevrotain checks for, with no message, path or stack to build.
 */
import { createTokenInstance, CstParser, EOF, NoViableAltException } from '../chevrotainForPhrases.js';

const NO_TOKEN = createTokenInstance(EOF, '', NaN, NaN, NaN, NaN, NaN, NaN);
/** The exception every failure throws; created once, so its stack is never read. */
const FAILED = new NoViableAltException('does not parse here', NO_TOKEN, NO_TOKEN);

/** Chevrotain's recognition exceptions, by name: a failed parse, as opposed to a programmer error. */
const RECOGNITION_EXCEPTIONS = new Set(['MismatchedTokenException', 'NoViableAltException', 'EarlyExitException', 'NotAllInputParsedException']);

/** Is `e` a failed parse (rather than a programmer error)? */
export function isParseFailure(e: unknown): boolean {
  return RECOGNITION_EXCEPTIONS.has((e as Error | undefined)?.name ?? '');
}

/** A CST parser that fails cheaply (see the module comment). */
export abstract class QuietCstParser extends CstParser {
  /** No alternative matches: the shared failure. */
  raiseNoAltException(): never {
    throw this.SAVE_ERROR(FAILED);
  }

  /** An `AT_LEAST_ONE` matched none: the shared failure. */
  raiseEarlyExitException(): never {
    throw this.SAVE_ERROR(FAILED);
  }

  /** A token that is not the one the rule expects: the shared failure. */
  consumeInternalError(): never {
    throw this.SAVE_ERROR(FAILED);
  }

  /** Chevrotain's error bookkeeping, without the context it attaches: only the count is read. */
  SAVE_ERROR(error: Error): Error {
    this.parseErrors().push(error);
    return error;
  }

  /** The errors of the current parse, in place (the `errors` getter returns a copy). */
  protected parseErrors(): Error[] {
    return (this as unknown as { _errors: Error[] })._errors;
  }

  /** Whether the last rule invoked parsed. */
  public parsedCleanly(): boolean {
    return this.parseErrors().length === 0;
  }
}
