/**
 * `compactText` was rewritten as a character loop for speed (it ran a regex callback per
 * space run); this property holds it to the regex definition it replaced, on text made
 * of every kind of whitespace, Latin letters, digits and CJK.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactText } from '../../src/structure/normalize.js';

const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : null;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZ_RUNS ? undefined : 20200707;

/** The definition: a whitespace run survives as one space only between two Latin letters or digits, one of them a letter. */
function reference(text: string): string {
  return text.replace(/\s+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + space.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) && /[A-Za-z]/.test(before + after) ? ' ' : '';
  });
}

const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e'];
const OTHERS = ['a', 'Z', '0', '9', '吕', '号', '（', '.', '-', 'é', '\ud800', '１'];

describe('compactText', () => {
  it('equals its regex definition', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...SPACES, ...OTHERS), maxLength: 60 }), (text) => {
        expect(compactText(text)).toBe(reference(text));
      }),
      { numRuns: FUZZ_RUNS ?? 3000, seed: SEED },
    );
  });

  it('returns text without whitespace unchanged', () => {
    expect(compactText('吕政办发〔2020〕50号')).toBe('吕政办发〔2020〕50号');
    expect(compactText('吕政办发〔2020〕50 号')).toBe('吕政办发〔2020〕50号');
    expect(compactText('COVID 19 防控')).toBe('COVID 19防控');
  });
});
