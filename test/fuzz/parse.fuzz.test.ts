/**
 * Property tests (fast-check): for arbitrary strings and bytes, and for excerpts of the
 * seed cut, shuffled, duplicated and mangled at random, `parseGazette` never throws, its
 * output validates against the schema, every line number lies within the file and every
 * non-blank line is accounted for (see `invariants.ts`).
 *
 * Runs: a CI-sized default; `FUZZ_RUNS=n` sets every property's runs (`npm run fuzz`
 * uses 20 000). Seed: fixed by default, so CI is repeatable; random under FUZZ_RUNS;
 * `FUZZ_SEED=n` replays a failure (fast-check prints the seed and path to pass back).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGazette } from '../../src/parse.js';
import { seedLines } from '../helpers/seed.js';
import { invariantProblems } from './invariants.js';

const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : null;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZ_RUNS ? undefined : 20200707;
/** Per-property runs: the CI default unless FUZZ_RUNS says otherwise. */
const runs = (ciDefault: number) => FUZZ_RUNS ?? ciDefault;
/** No vitest timeout for long runs; a generous one for the default. */
const TIMEOUT = FUZZ_RUNS ? 24 * 3600_000 : 120_000;
const params = (ciDefault: number): fc.Parameters<unknown> => ({ numRuns: runs(ciDefault), seed: SEED, endOnFailure: !!FUZZ_RUNS });

const SEED_LINES = seedLines();

/** Parses text or bytes and returns the broken invariants (an exception is one too). */
function problemsOf(input: string | Uint8Array): string[] {
  let problems: string[];
  try {
    const result = parseGazette(input, { name: 'fuzz' });
    problems = invariantProblems(result, typeof input === 'string' ? input : undefined);
  } catch (e) {
    problems = [`threw: ${(e as Error).stack ?? String(e)}`];
  }
  // FUZZ_DUMP=dir keeps the latest failing input (after shrinking: the smallest) as a file.
  if (problems.length > 0 && process.env.FUZZ_DUMP) {
    mkdirSync(process.env.FUZZ_DUMP, { recursive: true });
    writeFileSync(join(process.env.FUZZ_DUMP, 'last-failure.txt'), input);
  }
  return problems;
}

/** Pieces of gazette text: markers, numbers, dates, brackets, furniture, whitespace of every kind. */
const PIECES = [
  '一、', '（一）', '(二)', '（十一)', '1.', '2．', '3、', '（1）', '①', '第一章', '第二条', '第三节', '第 十 条',
  '吕政办发〔2020〕50 号', '晋政发[2019]3号', '【2020】', '2020 年 7 月 7 日', '二〇二〇年七月七日', '9 月 25 日前', '每年 1 月底前',
  '附件', '附 件 1', '附件：', '（此件公开发布）', '吕梁市人民政府办公室', '市直有关单位：', '关于印发', '的通知', '实施方案',
  '（责任单位：', '市教育局、', '市公安局）', '牵头', '配合', '按职责分工负责', '达到 98%以上', '不低于', '万元', '《', '》',
  '（', '）', '(', ')', '〔', '〕', '。', '；', '：', '，', '、', '组 长：', '李安林 副市长', '1 重大建设项目领域 市发改委',
  '交城 5218 3700 240', '市政府办公室文件 2020•４吕梁市人民政府公报', '- 20 -', '第 3 页', 'A', 'b', '0', '９',
  ' ', '  ', '\u3000', '\t', '\u00a0', '\ufeff', '\u0000', '\u2028', '\ud800', '𠀀', '•', '……', '—',
];
const NEWLINES = ['\n', '\r\n', '\r', '\n\n', ' \n', '\n\t', '\n '];

/** Lines made of gazette pieces, joined with every kind of line break. */
const gazetteSoup = fc
  .array(fc.tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.constantFrom(...NEWLINES)), { maxLength: 120 })
  .map((lines) => lines.map(([pieces, nl]) => pieces.join('') + nl).join(''));

/** One mutation of a list of lines; positions are taken modulo the current length. */
type Op =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'duplicate'; at: number; len: number; to: number }
  | { kind: 'shuffle'; at: number; len: number; order: number[] }
  | { kind: 'cut'; at: number; keep: number }
  | { kind: 'blank'; at: number; count: number }
  | { kind: 'graft'; from: number; len: number; to: number }
  | { kind: 'indent'; at: number; len: number; prefix: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 300 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), len: fc.integer({ min: 2, max: 40 }), order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('blank' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('graft' as const), from: fc.nat(), len: fc.integer({ min: 1, max: 300 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }), prefix: fc.constantFrom('\t', ' \t', ' ', '    ', '\u3000') }),
);

function apply(lines: string[], o: Op): string[] {
  const n = Math.max(1, lines.length);
  const out = [...lines];
  switch (o.kind) {
    case 'delete':
      out.splice(o.at % n, o.len);
      break;
    case 'duplicate': {
      const at = o.at % n;
      out.splice(o.to % n, 0, ...lines.slice(at, at + o.len));
      break;
    }
    case 'shuffle': {
      const at = o.at % n;
      const window = out.slice(at, at + o.len);
      // A permutation from the random keys: sort indexes by their key.
      const perm = window.map((_, i) => i).sort((a, b) => o.order[a]! - o.order[b]! || a - b);
      out.splice(at, window.length, ...perm.map((i) => window[i]!));
      break;
    }
    case 'cut': {
      const at = o.at % n;
      const line = out[at] ?? '';
      out[at] = line.slice(0, o.keep % (line.length + 1));
      break;
    }
    case 'blank':
      out.splice(o.at % n, 0, ...Array<string>(o.count).fill(''));
      break;
    case 'graft': {
      const from = o.from % SEED_LINES.length;
      out.splice(o.to % n, 0, ...SEED_LINES.slice(from, from + o.len));
      break;
    }
    case 'indent': {
      const at = o.at % n;
      for (let i = at; i < Math.min(out.length, at + o.len); i++) out[i] = o.prefix + out[i]!;
      break;
    }
  }
  return out;
}

/** An excerpt of the seed (up to 2 500 lines, about a seventh of it), mangled. */
const seedExcerpt = fc
  .record({
    start: fc.nat(SEED_LINES.length - 1),
    length: fc.integer({ min: 1, max: 2500 }),
    ops: fc.array(op, { maxLength: 10 }),
    ending: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ start, length, ops, ending }) => ops.reduce(apply, SEED_LINES.slice(start, start + length)).join(ending));

const seedBytes = Buffer.from(SEED_LINES.join('\n'));

/** Seed bytes (an excerpt) with random bytes overwritten, inserted or cut off, and a BOM or not. */
const damagedBytes = fc
  .record({
    start: fc.nat(seedBytes.length - 1),
    length: fc.integer({ min: 0, max: 60_000 }),
    writes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    bom: fc.constantFrom(null, [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
  })
  .map(({ start, length, writes, bom }) => {
    const body = new Uint8Array(seedBytes.subarray(start, start + length));
    for (const [at, value] of writes) if (body.length > 0) body[at % body.length] = value;
    return bom ? Uint8Array.from([...bom, ...body]) : body;
  });

describe('parseGazette never throws and keeps its invariants', () => {
  it(
    'on arbitrary strings',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
          expect(problemsOf(text)).toEqual([]);
        }),
        params(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'on strings made of gazette pieces and every kind of line break',
    () => {
      fc.assert(
        fc.property(gazetteSoup, (text) => {
          expect(problemsOf(text)).toEqual([]);
        }),
        params(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'on seed excerpts with random cuts, deletions, duplications, shuffles, grafts and indents',
    () => {
      fc.assert(
        fc.property(seedExcerpt, (text) => {
          expect(problemsOf(text)).toEqual([]);
        }),
        params(500),
      );
    },
    TIMEOUT,
  );

  it(
    'on arbitrary bytes',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
          expect(problemsOf(bytes)).toEqual([]);
        }),
        params(1000),
      );
    },
    TIMEOUT,
  );

  it(
    'on damaged seed bytes (overwritten bytes, cut mid-character, stray byte order marks)',
    () => {
      fc.assert(
        fc.property(damagedBytes, (bytes) => {
          expect(problemsOf(bytes)).toEqual([]);
        }),
        params(300),
      );
    },
    TIMEOUT,
  );
});
