/**
 * The shape the style guide asks for, checked on the source: one-way layers
 * (decode → layout → grammar → semantics → validate → emit, the CLI on top), one
 * Chevrotain instance, and no Chevrotain internals overridden.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(root, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(root, path));
    return name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

/** Relative module specifiers a file imports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

const resolve = (file: string, spec: string) => relative(root, join(root, file, '..', spec));

describe('architecture', () => {
  it('grammar/ imports nothing from src/ (the grammar knows no semantics or output)', () => {
    const offenders = sources('grammar').flatMap((f) => importsOf(f).filter((s) => s.startsWith('.') && resolve(f, s).startsWith('src')).map((s) => `${f} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('the library stages never import the CLI or the emitters', () => {
    const stages = sources('src').filter((f) => !f.startsWith('src/cli/') && !f.startsWith('src/emit/') && f !== 'src/index.ts');
    const offenders = stages.flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => resolve(f, s))
        .filter((t) => t.startsWith('src/cli/') || t.startsWith('src/emit/'))
        .map((t) => `${f} → ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it("takes Chevrotain's values only through its shim (the fast bundle), so that every grammar runs on one instance", () => {
    const shim = 'grammar/chevrotain.ts';
    const files = [...sources('grammar'), ...sources('src'), ...sources('test')].filter((f) => f !== shim);
    const offenders = files.filter((f) => /^import\s+(?!type\b)[^;]*from 'chevrotain';/m.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
    // The bundle is loaded once, by the shim: no other module of the library names it.
    const library = [...sources('grammar'), ...sources('src')].filter((f) => f !== shim);
    expect(library.filter((f) => readFileSync(join(root, f), 'utf8').includes('chevrotain.mjs'))).toEqual([]);
    expect(readFileSync(join(root, shim), 'utf8').match(/'chevrotain\.mjs'/g)).toHaveLength(1);
    // The phrase and clause grammars and the document grammar all take it from the shim.
    const shimUsers = sources('grammar').filter((f) => importsOf(f).some((s) => resolve(f, s) === 'grammar/chevrotain.js'));
    expect(shimUsers.filter((f) => f.startsWith('grammar/phrase/') || f.startsWith('grammar/clause/')).length).toBeGreaterThan(0);
    expect(shimUsers.filter((f) => !f.startsWith('grammar/phrase/') && !f.startsWith('grammar/clause/')).length).toBeGreaterThan(0);
  });

  it('overrides no Chevrotain internals: the phrase and clause parsers use its public API only', () => {
    const parsers = ['grammar/phrase/parser.ts', 'grammar/clause/parser.ts'].map((f) => readFileSync(join(root, f), 'utf8'));
    const internals = /\b(raiseNoAltException|raiseEarlyExitException|consumeInternalError|SAVE_ERROR|_errors|onAfterParse|onBeforeParse|exportLexerState|importLexerState|tokVector)\b/;
    expect(parsers.filter((text) => internals.test(text))).toEqual([]);
    expect(parsers.every((text) => /extends EmbeddedActionsParser\b/.test(text))).toBe(true);
  });
});
