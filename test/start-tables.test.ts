/**
 * The phrase rules' start tables that `npm run build` writes (dist/grammar/phrase/
 * startTables.json, see grammar/phrase/startTable.ts) are exactly what the grammar computes
 * now, node by node — a grammar change that is not followed by a build fails here — and a
 * scan finds the same phrases with them as without them (running from source, as the tests
 * do, there is no such file and the nodes are computed when first reached).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IToken } from 'chevrotain';
import { describe, expect, it, vi } from 'vitest';
import { phraseParser, type StartRule } from '../grammar/phrase/parser.js';
import { phraseTokens, scan, type RuleMatch } from '../grammar/phrase/scan.js';
import { computeStartTables, DEPTH, readStartTables, START_RULES, StartTable, type StartNodeData, type StartTablesData } from '../grammar/phrase/startTable.js';
import { recordedInputs, ROOT } from './output-identity/inputs.mjs';

const BUILT_PATH = join(ROOT, 'dist/grammar/phrase/startTables.json');
const fresh = computeStartTables();

/** The built file as the library reads it (null if it is missing or for other tokens). */
function built(): StartTablesData {
  const data = readStartTables(pathToFileURL(BUILT_PATH));
  if (!data) throw new Error(`${BUILT_PATH} is missing or stale: run npm run build`);
  return data;
}

/** Every node of a table with the names of the token types leading to it. */
function nodes(node: StartNodeData, path: string[] = []): [string, StartNodeData][] {
  return [[path.join(' '), node], ...Object.entries(node.next ?? {}).flatMap(([name, below]) => nodes(below, [...path, name]))];
}

/** The phrase tokens of every line of the text inputs (the seed, the notices, the corpus in its text layouts). */
function textLines(): string[] {
  return recordedInputs()
    .filter((input: string) => /\.(txt|md)$/.test(input))
    .flatMap((input: string) => readFileSync(join(ROOT, input), 'utf8').split('\n'));
}
const lines = textLines();

describe('start tables', () => {
  it('the built file equals a fresh computation, node by node', () => {
    const data = built();
    expect(data.tokens).toEqual(fresh.tokens);
    expect(new Set(data.tokens).size).toBe(data.tokens.length);
    for (const rule of START_RULES) {
      const got = nodes(data.rules[rule]);
      const want = nodes(fresh.rules[rule]);
      expect(got.map(([path]) => path), `${rule}: the nodes (run npm run build after a grammar change)`).toEqual(want.map(([path]) => path));
      for (const [i, [path, node]] of got.entries()) {
        expect({ allowed: node.allowed, complete: node.complete }, `${rule} after [${path}]`).toEqual({ allowed: want[i]![1].allowed, complete: want[i]![1].complete });
      }
    }
  });

  it('holds every node a scan can reach: all allowed types below each node down to DEPTH - 1 tokens', () => {
    for (const rule of START_RULES) {
      for (const [path, node] of nodes(fresh.rules[rule])) {
        const depth = path === '' ? 0 : path.split(' ').length;
        expect(depth).toBeLessThan(DEPTH);
        if (depth < DEPTH - 1) expect(Object.keys(node.next ?? {})).toEqual(node.allowed);
        else expect(node.next).toBeUndefined();
      }
    }
    expect(START_RULES.reduce((n, rule) => n + nodes(fresh.rules[rule]).length, 0)).toBeLessThan(5000);
  });

  it('with the built nodes, says the same at every token as the computed ones, without content assist or a trial parse', () => {
    const data = built();
    const parser = phraseParser();
    const tokenLists = lines.map(phraseTokens).filter((tokens) => tokens.length > 0);
    for (const rule of START_RULES) {
      const computed = new StartTable(rule, undefined);
      const readBack = new StartTable(rule, data.rules[rule]);
      const assist = vi.spyOn(parser, 'computeContentAssist');
      const trial = vi.spyOn(parser, rule);
      const answers = (table: StartTable) => tokenLists.map((tokens) => tokens.map((_, i) => (table.startsAt(tokens, i) ? 1 : 0)).join(''));
      const fromData = answers(readBack);
      expect(assist).not.toHaveBeenCalled();
      expect(trial).not.toHaveBeenCalled();
      vi.restoreAllMocks();
      expect(fromData).toEqual(answers(computed));
    }
  });

  it('a scan finds the same phrases with the built file (the built library) as without it (the sources)', async () => {
    expect(readStartTables(), 'the sources have no built file next to them').toBeNull();
    const dist = (await import(pathToFileURL(join(ROOT, 'dist/grammar/phrase/scan.js')).href)) as typeof import('../grammar/phrase/scan.js');
    const distTables = (await import(pathToFileURL(join(ROOT, 'dist/grammar/phrase/startTable.js')).href)) as typeof import('../grammar/phrase/startTable.js');
    expect(distTables.readStartTables(), 'the built library reads its file').not.toBeNull();
    const found = (lib: typeof dist, rule: StartRule): string[] => {
      const out: string[] = [];
      for (const line of lines) {
        const tokens = lib.phraseTokens(line);
        lib.scan(rule, tokens, (match: RuleMatch<unknown>) => {
          out.push(describeMatch(match));
          return match.last - match.first + 1;
        });
      }
      return out;
    };
    for (const rule of START_RULES) {
      const fromSource = found({ phraseTokens, scan } as typeof dist, rule);
      expect(fromSource.length).toBeGreaterThan(100);
      expect(found(dist, rule), rule).toEqual(fromSource);
    }
  });
});

/** A match as text: its place and what it read, tokens by image and offset (the two libraries' tokens are different objects). */
function describeMatch(match: RuleMatch<unknown>): string {
  const token = (value: unknown): value is IToken => typeof value === 'object' && value !== null && 'tokenTypeIdx' in value && 'image' in value;
  const syntax = JSON.stringify(match.syntax, (_key, value: unknown) => (token(value) ? `${value.image}@${value.startOffset}` : value));
  return `${match.first}-${match.last} ${match.start}-${match.end} ${syntax}`;
}
