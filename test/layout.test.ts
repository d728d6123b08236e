/**
 * The layout stage as columns: `readLines` (lines read in place, no string per line),
 * the per-line facts of `buildBlocks` and the pre-checks that keep most lines away from
 * slow patterns, paragraphs whose segments live in a shared table, and the one-scan
 * search for re-extracted text. Each is checked against the plain reading it replaced.
 */
import { readFileSync } from 'node:fs';
import { RegExpParser } from '@chevrotain/regexp-to-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AFTER_SENTENCE_LAST_CHARS,
  AFTER_SENTENCE_LINE_PATTERNS,
  OPENS_PARAGRAPH_FIRST_CHARS,
  OPENS_PARAGRAPH_PATTERNS,
  STANDALONE_LAST_CHARS,
  STANDALONE_LINE_PATTERNS,
} from '../grammar/data/lineBreaks.js';
import { ADDRESSEE_NAME_SEPARATORS, SENTENCE_MARK } from '../grammar/data/headShapes.js';
import { HEADING_OPENING, MARKER_FIRST_CHARS } from '../grammar/data/markers.js';
import { PAGE_NUMBER_PATTERNS, RUNNING_HEADER_PATTERNS } from '../grammar/data/pageFurniture.js';
import { SIMPLIFIED, TRADITIONAL } from '../grammar/data/traditional.js';
import { LEADER_LABEL_FIRST_CHARS, LEADER_LABEL_LINE, LEADER_MEMBER_LINE, TABLE_LINE_PATTERNS } from '../grammar/data/tableLines.js';
import { PUNCTUATION_CHARS, SCANNED_OPEN_BRACKET, SCANNED_PUNCTUATION, SCANNED_SPACE } from '../src/layout/lineFacts.js';
import { FURNITURE_LAST_CHARS, isPageNumber, isRunningHeader, LINE_KINDS, readLines, splitLines, type LineKind } from '../src/layout/lines.js';
import { buildBlocks, LaidOutBlock, type Block } from '../src/layout/paragraphs.js';
import { displayWidth, mode } from '../src/layout/width.js';
import { findInBlocks } from '../src/parse.js';
import { compactText } from '../src/structure/normalize.js';
import { positionAt } from '../src/structure/sourceMap.js';
import { fixturePath, SEED_PATH } from './helpers/seed.js';

const SEED = readFileSync(SEED_PATH, 'utf8');

/** The reading `readLines` replaced: split, trim, classify one object per line. */
function referenceLines(text: string) {
  const raw = splitLines(text);
  const lines = raw.map((r, i) => {
    const start = r.search(/\S/);
    if (start < 0) return { line: i + 1, kind: 'blank' as LineKind, text: '', column: 1, pageBreak: false, width: 0, scan: 0, separator: 0 };
    const t = r.trim();
    const kind: LineKind = isRunningHeader(t) ? 'runningHeader' : isPageNumber(t) ? 'pageNumber' : 'text';
    const pageBreak = r.charCodeAt(0) === 0x20 && r.charCodeAt(1) !== 0x20 && r.charCodeAt(1) !== 0x09;
    return { line: i + 1, kind, text: t, column: start + 1, pageBreak, width: displayWidth(t), ...referenceScan(t) };
  });
  // Three or more tab-indented lines in a row (blank lines between them allowed) are a re-extraction.
  const tabbed = (i: number) => /^ ?\t/.test(raw[i]!);
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.kind === 'blank' || !tabbed(i)) {
      i++;
      continue;
    }
    let last = i;
    let count = 0;
    for (let j = i; j < lines.length && (lines[j]!.kind === 'blank' || tabbed(j)); j++) {
      if (lines[j]!.kind === 'blank') continue;
      count++;
      last = j;
    }
    if (count >= 3) for (let k = i; k <= last; k++) if (lines[k]!.kind !== 'blank') lines[k]!.kind = 'reextract';
    i = last + 1;
  }
  return lines;
}

/** The character scan `lineFacts` made of a line's text before `scanLine` made it in `readLines`. */
function referenceScan(text: string): { scan: number; separator: number } {
  let depth = 0;
  let scan = 0;
  let separator = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('（('.includes(c)) depth++;
    else if ('）)'.includes(c)) depth = Math.max(0, depth - 1);
    else if (/\s/.test(c)) scan |= SCANNED_SPACE;
    if (PUNCTUATION_CHARS.includes(c)) scan |= SCANNED_PUNCTUATION;
    if (separator < 0 && ADDRESSEE_NAME_SEPARATORS.includes(c)) separator = i;
  }
  return { scan: scan | (depth > 0 ? SCANNED_OPEN_BRACKET : 0), separator };
}

/** The lines of a table as the objects of `referenceLines`. */
function tableLines(text: string) {
  const t = readLines(text);
  return Array.from({ length: t.count }, (_, i) => ({
    line: i + 1,
    kind: LINE_KINDS[t.kind[i]!]!,
    text: t.source.slice(t.start[i], t.end[i]),
    column: t.column[i],
    pageBreak: t.pageBreak[i] === 1,
    width: t.width[i],
    scan: t.scan[i],
    separator: t.separator[i],
  }));
}

/** Characters of OCR'd gazette text and of its line breaks, for generated inputs. */
const CHARS = [...'吕梁市人民政府公报办公室一二三、（）()，。：:0123456789附件号〔〕- —页第期 \t\u3000\u00a0\r\nABab𠀀'];
const gazetteText = fc.array(fc.constantFrom(...CHARS), { maxLength: 300 }).map((cs) => cs.join(''));

describe('readLines', () => {
  it('reads the seed as split-and-trim did, line for line', () => {
    expect(tableLines(SEED)).toEqual(referenceLines(SEED));
  });

  it('counts CRLF, a lone CR and LF as one line end each, as splitLines does', () => {
    const text = 'a\r\nb\rc\n\r\n d \r';
    expect(readLines(text).count).toBe(splitLines(text).length);
    expect(tableLines(text)).toEqual(referenceLines(text));
  });

  it('reads any text as split-and-trim did (generated text with every kind of space and break)', () => {
    fc.assert(
      fc.property(gazetteText, (text) => {
        expect(tableLines(text)).toEqual(referenceLines(text));
      }),
      { numRuns: 300, seed: 20200707 },
    );
  });

  it('reads widths and brackets as before around high surrogates without their low one', () => {
    for (const text of ['甲\ud840（乙', '甲\ud840 \ud840\udc00丙', '（\ud840', '\ud840）\ud840，', '𠀀（ａ b，'.repeat(3)]) {
      expect(tableLines(text)).toEqual(referenceLines(text));
    }
  });

  it('marks a run of three tab-indented lines, and not a run of two, as a re-extraction', () => {
    const kinds = (text: string) => tableLines(text).map((l) => l.kind);
    expect(kinds('\t甲\n\n \t乙\n\t丙\n丁')).toEqual(['reextract', 'blank', 'reextract', 'reextract', 'text']);
    expect(kinds('\t甲\n\t乙\n丁')).toEqual(['text', 'text', 'text']);
  });
});

// ---------------------------------------------------------------------------------------
// The pre-checks: sets of characters that stand for what the patterns can match. They are
// read off the patterns' syntax trees, so a pattern extended without its set fails here.

type Node = { type: string; value?: unknown; complement?: boolean; quantifier?: { atLeast: number; atMost: number } };
const parser = new RegExpParser();
const isSpace = (c: number) => /\s/.test(String.fromCharCode(c));

/** The characters a set or character node stands for. */
function charsOf(node: Node): number[] | null {
  if (node.type === 'Character') return [node.value as number];
  if (node.type !== 'Set' || node.complement) return null;
  return (node.value as (number | { from: number; to: number })[]).flatMap((v) =>
    typeof v === 'number' ? [v] : Array.from({ length: v.to - v.from + 1 }, (_, k) => v.from + k),
  );
}

const optional = (node: Node) => (node.quantifier?.atLeast ?? 1) === 0;
const zeroWidth = (node: Node) => ['Lookahead', 'NegativeLookahead', 'Lookbehind', 'NegativeLookbehind', 'StartAnchor', 'EndAnchor'].includes(node.type);

/**
 * The characters a match of a disjunction can open with (`end` false) or end with (`end`
 * true); null when unknown, or when the match may be empty.
 */
function edgeCharsOf(disjunction: Node, end: boolean): Set<number> | null {
  const out = new Set<number>();
  for (const alternative of disjunction.value as Node[]) {
    const terms = (alternative.value as Node[]).filter((t) => !zeroWidth(t));
    if (end) terms.reverse();
    let closed = false;
    for (let k = 0; k < terms.length && !closed; k++) {
      const term = terms[k]!;
      const chars = term.type === 'Group' ? edgeCharsOf(term.value as Node, end) : charsOf(term);
      if (chars === null) return null;
      for (const c of chars) out.add(c);
      closed = !optional(term);
    }
    if (!closed) return null;
  }
  return out;
}

/** The last characters a trimmed line matching `pattern` (anchored at its end) can have. */
function lastCharsOfLine(pattern: RegExp): string | null {
  expect(pattern.source.endsWith('$')).toBe(true);
  const chars = edgeCharsOf(parser.pattern(`/${pattern.source}/`).value as Node, true);
  return chars && String.fromCharCode(...[...chars].filter((c) => !isSpace(c)).sort((a, b) => a - b));
}

/** The first characters a line matching `pattern` (anchored at its start) can have. */
function firstCharsOfLine(pattern: RegExp): string | null {
  expect(pattern.source.startsWith('^')).toBe(true);
  const chars = edgeCharsOf(parser.pattern(`/${pattern.source}/`).value as Node, false);
  return chars && String.fromCharCode(...[...chars].sort((a, b) => a - b));
}

/** True when every match of the disjunction holds a whitespace character. */
function requiresSpace(disjunction: Node): boolean {
  return (disjunction.value as Node[]).every((alternative) =>
    (alternative.value as Node[]).some((term) => {
      if (optional(term) || zeroWidth(term)) return false;
      if (term.type === 'Group') return requiresSpace(term.value as Node);
      const chars = charsOf(term);
      return chars !== null && chars.every(isSpace);
    }),
  );
}

/** The longest match of a pattern made of fixed-width atoms (Infinity when unbounded). */
function maxLength(disjunction: Node): number {
  return Math.max(
    ...(disjunction.value as Node[]).map((alternative) =>
      (alternative.value as Node[]).reduce((sum, term) => {
        if (zeroWidth(term)) return sum;
        const one = term.type === 'Group' ? maxLength(term.value as Node) : 1;
        return sum + one * (term.quantifier ? (term.quantifier.atMost ?? Infinity) : 1);
      }, 0),
    ),
  );
}

describe('the pre-checks that keep lines away from slow patterns', () => {
  const covered = (patterns: readonly RegExp[], declared: string) => {
    for (const p of patterns) {
      const last = lastCharsOfLine(p);
      expect(last, `last characters of ${p}`).not.toBeNull();
      expect([...last!].filter((c) => !declared.includes(c)), `${p} ends with characters missing from "${declared}"`).toEqual([]);
    }
  };

  it('a standalone line ends with one of STANDALONE_LAST_CHARS', () => covered(STANDALONE_LINE_PATTERNS, STANDALONE_LAST_CHARS));
  it('an issuer or date line ends with one of AFTER_SENTENCE_LAST_CHARS', () => covered(AFTER_SENTENCE_LINE_PATTERNS, AFTER_SENTENCE_LAST_CHARS));
  it('page furniture ends with one of FURNITURE_LAST_CHARS', () => covered([...RUNNING_HEADER_PATTERNS, ...PAGE_NUMBER_PATTERNS], FURNITURE_LAST_CHARS));

  const opens = (patterns: readonly RegExp[], declared: string) => {
    for (const p of patterns) {
      const first = firstCharsOfLine(p);
      expect(first, `first characters of ${p}`).not.toBeNull();
      expect([...first!].filter((c) => !declared.includes(c)), `${p} opens with characters missing from "${declared}"`).toEqual([]);
    }
  };
  it('a marker opens with one of MARKER_FIRST_CHARS', () => opens([HEADING_OPENING], MARKER_FIRST_CHARS));
  it('an attachment list opens with one of OPENS_PARAGRAPH_FIRST_CHARS', () => opens(OPENS_PARAGRAPH_PATTERNS, OPENS_PARAGRAPH_FIRST_CHARS));
  it('a leader label opens with one of LEADER_LABEL_FIRST_CHARS', () => opens([LEADER_LABEL_LINE], LEADER_LABEL_FIRST_CHARS));

  it('a table or leader line without a space is a bare row index of at most three characters', () => {
    for (const p of [...TABLE_LINE_PATTERNS, LEADER_MEMBER_LINE]) {
      const ast = parser.pattern(`/${p.source}/`).value as Node;
      expect(requiresSpace(ast) || maxLength(ast) <= 3, `${p}`).toBe(true);
    }
  });

  it('a line is PUNCTUATED exactly when it holds a sentence mark, which shaping neither adds nor removes: such a line is never title-shaped', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      if (PUNCTUATION_CHARS.includes(char) !== SENTENCE_MARK.test(char)) differ.push(char);
    }
    expect(differ).toEqual([]);
    expect([...TRADITIONAL + SIMPLIFIED].filter((c) => PUNCTUATION_CHARS.includes(c) || /\s/.test(c))).toEqual([]);
    expect([...PUNCTUATION_CHARS].filter((c) => /\s/.test(c))).toEqual([]);
  });

  it('the checks are sound for these helpers: they see what a pattern needs', () => {
    expect(lastCharsOfLine(/^附\s*件\s*\d{0,3}$/)).toBe('0123456789件');
    expect(lastCharsOfLine(/^a(?:bc|d)?$/)).toBe('acd');
    expect(lastCharsOfLine(/^.*$/)).toBeNull();
    expect(firstCharsOfLine(/^(?:a\s*b|c?d)/)).toBe('acd');
    expect(firstCharsOfLine(/^a?/)).toBeNull();
    expect(requiresSpace(parser.pattern('/^a\\s+b$/').value as Node)).toBe(true);
    expect(requiresSpace(parser.pattern('/^a\\s*b$/').value as Node)).toBe(false);
    expect(maxLength(parser.pattern('/^[0-9]{1,3}$/').value as Node)).toBe(3);
  });
});

describe('paragraphs of the plain-text layout', () => {
  /** A paragraph as another reader would build it: segments as objects. */
  const plain = (b: Block): Block => ({ text: b.text, startLine: b.startLine, endLine: b.endLine, segments: b.segments, region: b.region, short: b.short });

  it('map every offset to the line and column their segments say', () => {
    const { blocks } = buildBlocks(readLines(readFileSync(fixturePath('notice-50/input.txt'), 'utf8')));
    expect(blocks.every((b) => b instanceof LaidOutBlock)).toBe(true);
    for (const block of blocks) {
      for (let offset = 0; offset <= block.text.length; offset++) expect(positionAt(block, offset)).toEqual(positionAt(plain(block), offset));
    }
  });

  it('join wrapped Latin words with a space and record where each line starts', () => {
    const { blocks } = buildBlocks(readLines('  abc\n  def\n'));
    expect(blocks.map(plain)).toEqual([
      {
        text: 'abc def',
        startLine: 1,
        endLine: 2,
        segments: [
          { offset: 0, line: 1, column: 3 },
          { offset: 4, line: 2, column: 3 },
        ],
        region: 'main',
        short: false,
      },
    ]);
    expect(positionAt(blocks[0]!, 5)).toEqual({ line: 2, column: 4 });
  });
});

describe('mode', () => {
  it('is the most frequent value, the larger on a tie, with its count', () => {
    expect(mode([36, 34, 36, 34, 20])).toEqual({ value: 36, count: 2 });
    expect(mode([34, 36, 34])).toEqual({ value: 34, count: 2 });
    expect(mode([])).toEqual({ value: null, count: 0 });
  });
});

describe('findInBlocks', () => {
  const block = (text: string): Block => ({ text, startLine: 1, endLine: 1, segments: [{ offset: 0, line: 1, column: 1 }], region: 'main', short: false });
  /** The search it replaced: the compacted paragraphs joined, and `includes`. */
  const reference = (needles: string[], texts: string[]) => new Set(needles.filter((n) => texts.map(compactText).join('').includes(n)));
  /**
   * Property: on up to `paragraphs` paragraphs of up to `length` characters of `alphabet`, it
   * finds what `reference` finds, for needles cut from the text (found) and made up of 甲, a
   * character of `madeUp` and a digit (mostly not found), 3–16 characters.
   */
  const findsWhatIncludesFinds = (o: { alphabet: string; length: number; paragraphs: number; needles: number; madeUp: string; numRuns: number; seed: number }) => {
    const piece = fc.array(fc.constantFrom(...o.alphabet), { maxLength: o.length }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: o.paragraphs }), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: o.needles }), (texts, picks) => {
        const whole = texts.map(compactText).join('');
        const needles = picks
          .map((p, k) => (k % 2 === 0 && whole.length >= 3 ? whole.slice(p % (whole.length - 2), (p % (whole.length - 2)) + 3 + (p % 14)) : `甲${o.madeUp[p % o.madeUp.length]}${p % 7}`))
          .filter((n) => n.length >= 3 && n.length <= 16);
        expect(findInBlocks(needles, texts.map(block))).toEqual(reference(needles, texts));
      }),
      { numRuns: o.numRuns, seed: o.seed },
    );
  };

  it('finds what includes finds in the compacted paragraphs joined end to end', () => {
    findsWhatIncludesFinds({ alphabet: '甲乙丙丁ab1 \t　', length: 12, paragraphs: 8, needles: 10, madeUp: '乙丙a', numRuns: 500, seed: 20200707 });
  });

  // With few needles left, a paragraph that holds none of their last characters is compacted
  // only in its tail: long paragraphs, so that tails are skipped to, and needles that straddle them.
  it('finds what includes finds with few needles left, in long paragraphs', () => {
    findsWhatIncludesFinds({ alphabet: '甲乙丙丁戊ab1 \t　', length: 40, paragraphs: 10, needles: 6, madeUp: '乙丙a戊', numRuns: 1000, seed: 20201012 });
  });

  // With few needles left, a paragraph where none can end is not compacted, and only the tail of
  // the last of a run of them is, before the next paragraph that is: many short paragraphs, so
  // that runs of skipped ones are carried together, some shorter than a needle.
  it('finds what includes finds with few needles left, over runs of short skipped paragraphs', () => {
    findsWhatIncludesFinds({ alphabet: '甲乙丙丁戊ab1 \t　', length: 7, paragraphs: 30, needles: 4, madeUp: '乙丙a戊', numRuns: 1000, seed: 20201202 });
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

  it('finds a needle that straddles paragraphs, and no space between them', () => {
    expect(findInBlocks(['乙丙丁', 'a b', 'ab丁', '丁ab'], [block('甲乙'), block('丙'), block('丁 a'), block('b')])).toEqual(new Set(['乙丙丁', '丁ab']));
  });

  it('finds a needle whose last character follows its second last across whitespace, or opens a paragraph', () => {
    const texts = ['甲'.repeat(20), '乙丁' + '甲'.repeat(20), '乙丙 \t丁', '甲'.repeat(20) + '戊', '　己', '甲'.repeat(20)];
    for (const needles of [['甲乙丙丁'], ['丙丁甲'], ['甲戊己'], ['甲戊丙'], ['甲甲乙丁'], ['乙丁乙'], ['甲戊己甲'], ['丙丁戊']]) {
      expect(findInBlocks(needles, texts.map(block))).toEqual(reference(needles, texts));
    }
    expect(findInBlocks(['甲乙丙丁', '甲戊己', '甲甲乙丁'], texts.map(block)).size).toBe(3);
  });
});
