/**
 * The shape the style guide asks for, checked on the source: one-way layers
 * (decode → layout → grammar → semantics → validate → emit, the CLI on top) and one
 * Chevrotain instance.
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

  it("takes Chevrotain's values only through its two shims (the fast bundle)", () => {
    const shims = ['grammar/chevrotain.ts', 'grammar/chevrotainForPhrases.ts'];
    const files = [...sources('grammar'), ...sources('src'), ...sources('test')].filter((f) => !shims.includes(f));
    const offenders = files.filter((f) => /^import\s+(?!type\b)[^;]*from 'chevrotain';/m.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the phrase and clause grammars on their own copy of Chevrotain, the document level on the other', () => {
    const shimOf = (f: string) => importsOf(f).map((s) => resolve(f, s)).filter((t) => /^grammar\/chevrotain(ForPhrases)?\.js$/.test(t));
    const phraseLevel = (f: string) => f.startsWith('grammar/phrase/') || f.startsWith('grammar/clause/');
    const grammarFiles = sources('grammar').filter((f) => !f.startsWith('grammar/chevrotain'));
    const wrong = grammarFiles.flatMap((f) =>
      shimOf(f)
        .filter((t) => t !== (phraseLevel(f) ? 'grammar/chevrotainForPhrases.js' : 'grammar/chevrotain.js'))
        .map((t) => `${f} → ${t}`),
    );
    expect(wrong).toEqual([]);
    // Both copies are in use (else the test above proves nothing).
    expect(grammarFiles.filter((f) => shimOf(f).length > 0 && phraseLevel(f)).length).toBeGreaterThan(0);
    expect(grammarFiles.filter((f) => shimOf(f).length > 0 && !phraseLevel(f)).length).toBeGreaterThan(0);
  });
});
