/**
 * The paragraph lexer reads a paragraph's opening only up to its first clause break
 * (`openingEnd`): the tokens it gives must be those of the whole 64-character opening, up
 * to and including the break's own token. Checked on every line of the recorded inputs
 * (and on each line from its every clause break on), and on markers, numbers and dates
 * written right before a break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IToken } from 'chevrotain';
import { OPENING_LENGTH, openingEnd, paragraphLexer } from '../grammar/paragraphLexer.js';
import { recordedInputs, ROOT } from './output-identity/inputs.mjs';

const tokensOf = (opening: string) => paragraphLexer.tokenize(opening).tokens.map((t: IToken) => [t.tokenType.name, t.startOffset, t.image]);

/** The cut opening's tokens against the first tokens of the whole opening; null when they agree. */
function disagreement(text: string): unknown {
  const cut = tokensOf(text.slice(0, openingEnd(text)));
  const whole = tokensOf(text.slice(0, OPENING_LENGTH));
  return JSON.stringify(cut) === JSON.stringify(whole.slice(0, cut.length)) ? null : { text, cut, whole };
}

describe('the lexed opening of a paragraph', () => {
  it('ends after the first clause break, or after OPENING_LENGTH characters', () => {
    expect(openingEnd('为进一步加强管理，现通知如下：')).toBe(9);
    expect(openingEnd('附件：1.名单')).toBe(3);
    expect(openingEnd('吕政办发〔2020〕50 号')).toBe(14);
    expect(openingEnd('一'.repeat(100))).toBe(OPENING_LENGTH);
  });

  it('gives the tokens of the whole opening, up to its break', () => {
    const lines = recordedInputs()
      .filter((path) => path.endsWith('.txt') || path.endsWith('.md'))
      .flatMap((path) => readFileSync(join(ROOT, path), 'utf8').split('\n'));
    const openings = lines.flatMap((line) => [line, ...[...line.matchAll(/[，。；：,;:]/g)].map((m) => line.slice(m.index))]);
    expect(openings.length).toBeGreaterThan(10000);
    expect(openings.map(disagreement).filter((d) => d !== null)).toEqual([]);
  });

  it('keeps markers, numbers, dates and document numbers that end at a break', () => {
    const edges = ['1.，2020', '1、：3', '1.；2.5', '一、，', '（一）：', '第一章，', '2020 年 7 月 7 日，', '吕政办发〔2020〕50 号：', '附件，1', '附件：1', '12.5，6', '（此件公开发布）：'];
    expect(edges.map(disagreement).filter((d) => d !== null)).toEqual([]);
  });
});
