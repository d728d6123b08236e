/**
 * Unmatched round brackets of a paragraph (`unmatchedBrackets`), found by a regular expression
 * that skips the text between brackets: the same offsets as a plain reading of every
 * character, on every line of the recorded inputs and on every short string of brackets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmatchedBrackets } from '../src/structure/brackets.js';
import { recordedInputs, ROOT } from './output-identity/inputs.mjs';

/** The reading character by character: full- and half-width brackets pair with each other. */
function byCharacter(text: string): { open: number[]; close: number[] } {
  const open: number[] = [];
  const close: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') open.push(i);
    else if (text[i] === '）' || text[i] === ')') {
      if (open.length > 0) open.pop();
      else close.push(i);
    }
  }
  return { open, close };
}

/** Every string of `alphabet` of exactly `length` characters. */
function* strings(alphabet: string, length: number): Generator<string> {
  if (length === 0) yield '';
  else for (const rest of strings(alphabet, length - 1)) for (const c of alphabet) yield rest + c;
}

describe('unmatched brackets', () => {
  it('are the openers never closed and the closers never opened, across widths', () => {
    expect(unmatchedBrackets('（市发改委负责)')).toEqual({ open: [], close: [] });
    expect(unmatchedBrackets('各县（市、区）人民政府（市直各单位')).toEqual({ open: [11], close: [] });
    expect(unmatchedBrackets('）按职责分工负责）。（')).toEqual({ open: [10], close: [0, 8] });
  });

  it('agree with a reading of every character on every line of the recorded inputs', () => {
    const lines = recordedInputs()
      .filter((path) => path.endsWith('.txt') || path.endsWith('.md'))
      .flatMap((path) => readFileSync(join(ROOT, path), 'utf8').split('\n'));
    const bracketed = lines.filter((line) => /[（()）]/.test(line));
    expect(bracketed.length).toBeGreaterThan(1000);
    expect(lines.filter((line) => JSON.stringify(unmatchedBrackets(line)) !== JSON.stringify(byCharacter(line)))).toEqual([]);
  });

  it('agree with it on every string of up to six brackets and letters', () => {
    let count = 0;
    for (let n = 0; n <= 6; n++) {
      for (const s of strings('（()）甲', n)) {
        count++;
        expect(unmatchedBrackets(s), s).toEqual(byCharacter(s));
      }
    }
    expect(count).toBe(19531);
  });
});
