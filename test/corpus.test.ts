/**
 * The parser's figures on the real notices of `fixtures/corpus/` (a verbatim copy of the
 * development corpus: 27 notices in three layouts and 2 gazette issues, with hand-checked
 * gold), per layout, held at floors; and the scorer itself on an invented pair worked out
 * by hand. The figures are those of `npm run corpus` and of the corpus's Python scorer
 * (`test/corpus/score.mjs` computes them by the same rules); here the parser runs from the
 * sources, in this process, each file parsed once.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseInput } from '../src/cli/api.js';
import { checkResult } from '../src/cli/check.js';
import { validateResult } from '../src/validate.js';
import { inProcessParser, layoutFiles, spawningParser } from './corpus/files.mjs';
import { figuresOf, fixed2, markdownTable, missLine, scoreFile, summaryLine } from './corpus/score.mjs';

/*
 * ── Floors ────────────────────────────────────────────────────────────────────────────
 * Each figure of each layout must stay at or above its floor; false `check` failures
 * (errors on a complete notice) and crashes at or below theirs. Set at the figures of the
 * parser when this suite was written (2 decimals, rounded down: `npm run corpus` prints
 * them rounded to nearest); raise them as the parser improves, so that no later change
 * can lose what was gained. P = precision, R = recall.
 */
const FLOORS = {
  //        documents metadata  headings F1, P, R        clauses F1, P, R        deadlines R targets R  false check failures, crashes (at most)
  raw: { documents: 1.0, metadata: 0.98, headingsF1: 0.99, headingsP: 0.99, headingsR: 0.99, clausesF1: 0.49, clausesP: 0.98, clausesR: 0.32, deadlinesR: 0.81, targetsR: 0.68, falseCheckFailures: 0, crashes: 0 },
  ocr: { documents: 1.0, metadata: 0.98, headingsF1: 0.99, headingsP: 0.99, headingsR: 0.99, clausesF1: 0.49, clausesP: 0.98, clausesR: 0.32, deadlinesR: 0.81, targetsR: 0.68, falseCheckFailures: 0, crashes: 0 },
  pdf: { documents: 1.0, metadata: 0.98, headingsF1: 0.99, headingsP: 0.99, headingsR: 0.99, clausesF1: 0.49, clausesP: 0.98, clausesR: 0.32, deadlinesR: 0.81, targetsR: 0.68, falseCheckFailures: 0, crashes: 0 },
  issues: { documents: 1.0, metadata: 1.0, headingsF1: 0.99, headingsP: 0.98, headingsR: 0.99, clausesF1: 0.74, clausesP: 0.98, clausesR: 0.6, deadlinesR: 0.89, targetsR: 0.35, falseCheckFailures: 0, crashes: 0 },
} as const;

type Layout = keyof typeof FLOORS;
type Figures = ReturnType<typeof figuresOf>;
type Score = ReturnType<typeof scoreFile>;

/** The ratio figures, by their name in FLOORS: what the test is called and where the figure is. */
const RATIOS: [keyof (typeof FLOORS)[Layout], string, (f: Figures) => number][] = [
  ['documents', 'documents found', (f) => f.docs_found],
  ['metadata', 'metadata', (f) => f.meta],
  ['headingsF1', 'headings F1', (f) => f.headings[2]],
  ['headingsP', 'headings P', (f) => f.headings[0]],
  ['headingsR', 'headings R', (f) => f.headings[1]],
  ['clausesF1', 'clauses F1', (f) => f.clauses[2]],
  ['clausesP', 'clauses P', (f) => f.clauses[0]],
  ['clausesR', 'clauses R', (f) => f.clauses[1]],
  ['deadlinesR', 'deadlines R', (f) => f.deadlines_R],
  ['targetsR', 'targets R', (f) => f.targets_R],
];

/** The corpus holds this many files and gold documents per layout: an emptied layout would score 1.0 everywhere. */
const SIZE: Record<Layout, { files: number; documents: number }> = {
  raw: { files: 27, documents: 30 },
  ocr: { files: 27, documents: 30 },
  pdf: { files: 27, documents: 30 },
  issues: { files: 2, documents: 10 },
};

// Parsing a layout's files the first time takes a few seconds (more on a busy machine).
vi.setConfig({ testTimeout: 60_000 });

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'fixtures/corpus');
const parse = inProcessParser({ parseInput, checkResult, validateResult });

const scored = new Map<Layout, Score[]>();
/** A layout's files, each parsed and scored once for the whole suite. */
function scoresOf(layout: Layout): Score[] {
  let scores = scored.get(layout);
  if (!scores) {
    scores = layoutFiles(CORPUS, layout).map((f) => scoreFile(parse(f.path), f.gold, f));
    scored.set(layout, scores);
  }
  return scores;
}

describe('fixtures/corpus', () => {
  it('is the verbatim copy its SHA256SUMS lists', () => {
    const lines = readFileSync(join(CORPUS, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(lines.length).toBe(116);
    const changed = lines.filter((line) => {
      const [sum, path] = line.split(/ {2}/);
      return createHash('sha256').update(readFileSync(join(CORPUS, path!))).digest('hex') !== sum;
    });
    expect(changed).toEqual([]);
  });

  it('holds 27 notices (30 gold documents) in each of raw, ocr, pdf and 2 issues of 5 notices each', () => {
    const size = (layout: Layout) => {
      const files = layoutFiles(CORPUS, layout);
      return { files: files.length, documents: files.reduce((n: number, f: { gold: unknown[] }) => n + f.gold.length, 0) };
    };
    expect({ raw: size('raw'), ocr: size('ocr'), pdf: size('pdf'), issues: size('issues') }).toEqual(SIZE);
  });
});

for (const layout of Object.keys(FLOORS) as Layout[]) {
  const floors = FLOORS[layout];
  describe(`corpus ${layout}`, () => {
    for (const [key, label, figure] of RATIOS) {
      const floor = floors[key];
      it(`${layout}: ${label} ≥ ${floor.toFixed(2)}`, () => {
        const value = figure(figuresOf(scoresOf(layout)));
        expect(value, `${layout} ${label} is ${fixed2(value)} (${value})`).toBeGreaterThanOrEqual(floor);
      });
    }

    it(`${layout}: false check failures ≤ ${floors.falseCheckFailures}`, () => {
      const failures = scoresOf(layout)
        .filter((s) => s.falseCheckFailure)
        .map((s) => `${s.stem}: ${s.falseCheckFailure!.join(', ')}`);
      expect(failures.length, `check fails complete notices:\n${failures.join('\n')}`).toBeLessThanOrEqual(floors.falseCheckFailures);
    });

    it(`${layout}: crashes ≤ ${floors.crashes}`, () => {
      const crashes = scoresOf(layout)
        .filter((s) => s.crash !== null)
        .map((s) => `${s.stem}: ${s.crash}`);
      expect(crashes.length, `crashes:\n${crashes.join('\n')}`).toBeLessThanOrEqual(floors.crashes);
    });
  });
}

describe('corpus: in-process and spawned CLI', () => {
  it('score a file the same way (pdf/a08-guohan-2018-159-xiongan-pifu, which check fails)', () => {
    const file = layoutFiles(CORPUS, 'pdf').find((f: { stem: string }) => f.stem === 'a08-guohan-2018-159-xiongan-pifu')!;
    const inProcess = scoreFile(parse(file.path), file.gold, file);
    const spawned = scoreFile(spawningParser(join(ROOT, 'bin/gazette-parse'))(file.path), file.gold, file);
    expect(spawned).toEqual(inProcess);
    expect(inProcess.counts['check.complete']).toBe(1);
  });
});

describe('corpus scorer on fixtures/invented-corpus-scoring (worked out by hand in its README)', () => {
  const dir = join(ROOT, 'fixtures/invented-corpus-scoring');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).documents;
  const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
  const outcome = (r: { documents: unknown[]; diagnostics?: { severity: string; code: string }[] } | null, crash: string | null = null) => ({
    result: r,
    crash,
    checkErrors: () => (r?.diagnostics ?? []).filter((d) => d.severity === 'error').map((d) => d.code),
  });
  const where = { layout: 'raw', stem: 'invented' };

  it('counts every rule: documents by 文号 and title, metadata, heading prefixes, agency multisets, overlaps, check', () => {
    const score = scoreFile(outcome(result), gold, where);
    expect(score.counts).toEqual({
      'docs.gold': 2,
      'docs.found': 2,
      'docs.pred': 3,
      'meta.gold': 8,
      'meta.ok': 6,
      'head.tp': 4,
      'head.pred': 6,
      'head.gold': 5,
      'resp.tp': 3,
      'resp.pred': 4,
      'resp.gold': 4,
      'dates.tp': 2,
      'dates.gold': 3,
      'dates.pred': 2,
      'targets.tp': 1,
      'targets.gold': 2,
      'targets.pred': 1,
      'check.complete': 1,
    });
    expect(score.misses.map(missLine)).toEqual([
      '  meta raw invented title got 关于开展示例工作的通知 gold 测试市人民政府关于开展示例工作的通知',
      '  meta raw invented date got None gold 2024-03-05',
      '  heading missed raw invented 二 重点任务',
      '  clause missed raw invented 各区人民政府',
      '  dates missed raw invented 到2025年',
      '  targets missed raw invented 覆盖率达到90%以上',
      "  check error on a complete notice raw invented ['document/missing-date']",
    ]);
    const figures = figuresOf([score]);
    expect(figures).toEqual({
      docs_found: 1,
      meta: 0.75,
      headings: [4 / 6, 4 / 5, (2 * (4 / 6) * (4 / 5)) / (4 / 6 + 4 / 5)],
      clauses: [0.75, 0.75, 0.75],
      deadlines_R: 2 / 3,
      targets_R: 0.5,
      check_false_fail: 1,
      check_complete: 1,
      crashes: 0,
    });
    expect(summaryLine('raw', figures)).toBe(
      'raw docs=1.00 meta=0.75 head=0.73 (P=0.67 R=0.80) clauses=0.75 (P=0.75 R=0.75) deadlines_R=0.67 targets_R=0.50 check_false_fail=1/1 crashes=0',
    );
    expect(markdownTable({ raw: figures }).split('\n')[2]).toBe('| raw | 1.00 | 0.75 | 0.73 (0.67 / 0.80) | 0.75 (0.75 / 0.75) | 0.67 | 0.50 | 1 of 1 | 0 |');
  });

  it('takes the first parsed document for a file of one gold notice, and only then', () => {
    const attachmentOnly = { documents: [result.documents[2]] };
    const one = scoreFile(outcome(attachmentOnly), [gold[0]], where);
    expect([one.counts['docs.found'], one.counts['meta.ok'], one.counts['meta.gold']]).toEqual([1, 0, 5]);
    const two = scoreFile(outcome(attachmentOnly), gold, where);
    expect([two.counts['docs.found'], two.counts['docs.gold']]).toEqual([0, 2]);
  });

  it('counts a crash, and scores its file as empty', () => {
    const score = scoreFile(outcome(null, 'internal error: invented'), gold, where);
    const figures = figuresOf([score]);
    expect([figures.crashes, figures.docs_found, figures.headings, figures.check_false_fail]).toEqual([1, 0, [0, 0, 0], 0]);
  });

  it('rounds like Python: an exact tie to even (0.125 → 0.12, 0.375 → 0.38), everything else to nearest', () => {
    expect([0.125, 0.375, 0.625, 0.875, 16 / 30, 0.975190839, 1].map(fixed2)).toEqual(['0.12', '0.38', '0.62', '0.88', '0.53', '0.98', '1.00']);
  });
});
