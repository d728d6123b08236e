/**
 * `findInBlocks` with few needles left compacts only the tail of a paragraph that holds
 * none of their last characters: it must still find what `includes` finds in the compacted
 * paragraphs joined end to end, with paragraphs long enough for their tails to be skipped
 * to, and needles that straddle them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/layout/paragraphs.js';
import { findInBlocks } from '../src/parse.js';
import { compactText } from '../src/structure/normalize.js';

const block = (text: string): Block => ({ text, startLine: 1, endLine: 1, segments: [{ offset: 0, line: 1, column: 1 }], region: 'main', short: false });
const reference = (needles: string[], texts: string[]) => new Set(needles.filter((n) => texts.map(compactText).join('').includes(n)));

describe('findInBlocks with few needles left', () => {
  it('finds what includes finds, in long paragraphs', () => {
    const piece = fc.array(fc.constantFrom(...'甲乙丙丁戊ab1 \t　'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 6 }), (texts, picks) => {
        const whole = texts.map(compactText).join('');
        const needles = picks
          .map((p, k) => (k % 2 === 0 && whole.length >= 3 ? whole.slice(p % (whole.length - 2), (p % (whole.length - 2)) + 3 + (p % 14)) : `甲${'乙丙a戊'[p % 4]}${p % 7}`))
          .filter((n) => n.length >= 3 && n.length <= 16);
        expect(findInBlocks(needles, texts.map(block))).toEqual(reference(needles, texts));
      }),
      { numRuns: 1000, seed: 20201012 },
    );
  });

  it('finds a needle that straddles from a skipped paragraph into the next', () => {
    const texts = ['甲'.repeat(30) + '乙 丙', '丁戊', '甲'.repeat(20) + '乙丙丁', '戊'];
    expect(findInBlocks(['乙丙丁戊'], texts.map(block))).toEqual(new Set(['乙丙丁戊']));
    expect(findInBlocks(['甲乙丙丁戊', '丙丁己'], texts.map(block))).toEqual(new Set(['甲乙丙丁戊']));
    // Needles up to the longest (16) that end in the next paragraph, 15 characters of them in the
    // skipped one, with spaces among them (one kept, between Latin letters).
    for (const tail of [
      ['甲'.repeat(30) + '乙丙 丁戊己庚辛壬癸子丑寅卯辰巳\t', '午'],
      ['甲'.repeat(30) + '乙丙 丁戊己庚辛壬癸子丑寅 a b\t', '午'],
    ]) {
      const whole = tail.map(compactText).join('');
      const needles = [14, 15, 16].map((n) => whole.slice(-n));
      expect(findInBlocks(needles, tail.map(block))).toEqual(new Set(needles));
    }
  });
});
