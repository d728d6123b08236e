/**
 * The options of every lexer of the project (paragraph, phrase, clause): Chevrotain's
 * optimised lexer, which refuses at construction a token that would defeat its
 * first-character table instead of silently running slow; offsets only, since lines come
 * from the layout's map. `validate` runs Chevrotain's checks of the token set (about a
 * third of a lexer's start-up in every process and worker): the tests build validating
 * lexers from the same tokens, the singletons skip them.
 */
export const lexerConfig = (validate: boolean) =>
  ({ ensureOptimizations: true, positionTracking: 'onlyOffset', skipValidations: !validate }) as const;
