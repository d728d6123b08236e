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

  it("takes Chevrotain's values only through grammar/chevrotain.ts (one instance, the fast bundle)", () => {
    const files = [...sources('grammar'), ...sources('src'), ...sources('test')].filter((f) => f !== 'grammar/chevrotain.ts');
    const offenders = files.filter((f) => /^import\s+(?!type\b)[^;]*from 'chevrotain';/m.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
