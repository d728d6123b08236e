/**
 * `npm run bench`: speed and memory of gazette-parse on this machine, in one table.
 *
 *  - library throughput (`parseGazette` on bytes: decode, layout, grammar, model, phrases)
 *    on the seed ×1, ×16, ×64 (the file concatenated), median of several runs after a warm-up;
 *  - the baseline pass (decode, split lines, a few regexes per line) on the same bytes;
 *  - peak RSS for ×64, measured in a child process;
 *  - the CLI's whole-process time on the seed (median of several runs, with their range and
 *    CPU time), each run next to a bare `node -e 0` so that both see the same load, and
 *    how a fresh process splits it (loading the library, the first parse before the JIT);
 *  - the `--jobs` speed-up on 32 copies of the seed: `--jobs 1` and one job per core run
 *    back to back in pairs, the median and the range of the pairs' ratios;
 *  - the machine's own ceiling for that speed-up: one process per core, each parsing the
 *    seed 16 times, against one such process alone (no threads, no CLI, nothing shared);
 *    and the same for a loop of integer arithmetic, which shows the cores are there.
 *
 * It imports the built library (`dist/`): `npm run bench` builds first. Never a test:
 * timings on a shared machine are noisy, so they are reported, not asserted.
 * Environment: BENCH_QUICK=1 runs fewer repetitions.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGazette } from '../../dist/src/index.js';
import { baselinePass } from './baseline.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, 'fixtures/seed/input.txt');
const BIN = join(ROOT, 'bin/gazette-parse');
const QUICK = process.env.BENCH_QUICK === '1';
const MB = 1e6;

const seed = readFileSync(SEED);
const copies = (n) => new Uint8Array(Buffer.concat(Array.from({ length: n }, () => seed)));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, digits = 1) => x.toFixed(digits);
const log = (s) => process.stderr.write(`${s}\n`);

/** Median wall time (ms) of `runs` calls of `fn`; `cpu` is the median CPU time (all threads, GC included). */
function time(fn, runs) {
  const ms = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return Object.assign(median(ms), { cpu: median(cpu) });
}

const loadAtStart = loadavg().map((l) => fmt(l, 2)).join(' ');
log(`bench: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${loadAtStart}`);

// Warm-up: the JIT compiles the hot paths on a few parses of the seed.
for (let i = 0; i < (QUICK ? 2 : 5); i++) parseGazette(copies(1), { name: 'warm-up' });

const sizes = [
  { n: 1, runs: QUICK ? 5 : 15 },
  { n: 16, runs: QUICK ? 1 : 3 },
  { n: 64, runs: QUICK ? 1 : 3 },
];
const lib = {};
const base = {};
for (const { n, runs } of sizes) {
  const bytes = copies(n);
  log(`bench: seed x${n} (${fmt(bytes.length / MB)} MB), ${runs} runs`);
  const ms = time(() => parseGazette(bytes, { name: `seed x${n}` }), runs);
  lib[n] = { bytes: bytes.length, ms: Number(ms), cpu: ms.cpu };
  baselinePass(bytes); // warm-up
  base[n] = { bytes: bytes.length, ms: Number(time(() => baselinePass(bytes), Math.max(3, runs))) };
}

// Where the time goes, on ×16: the stages timed one by one (internal modules of dist/).
let stages = null;
try {
  stages = await stageBreakdown(copies(16), QUICK ? 1 : 3);
} catch (e) {
  log(`bench: no stage breakdown (${e.message})`);
}

// Peak RSS of a fresh process parsing ×64 once.
log('bench: peak RSS of x64 in a child process');
const child = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/bench/rss-child.mjs'), '64'], { encoding: 'utf8', maxBuffer: 1 << 20 }));

// The CLI as a user runs it: whole process, output discarded. Each run is paired with a
// bare `node -e 0` right after it, so that both see the same load on a shared machine.
const cliRuns = QUICK ? 3 : 9;
log(`bench: CLI whole process on the seed, ${cliRuns} runs`);
const cliPairs = Array.from({ length: cliRuns }, () => [spawnTimed([BIN, SEED, '-q']), spawnTimed(['-e', '0'])]);
const cli = summary(cliPairs.map(([c]) => c));
// …and where a fresh process spends it: loading the library, the first (cold) parse.
const coldRuns = Array.from({ length: QUICK ? 1 : 5 }, () =>
  JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/bench/cold-child.mjs')], { encoding: 'utf8' })),
);
const cold = Object.fromEntries(['importMs', 'firstMs', 'warmMs'].map((k) => [k, median(coldRuns.map((r) => r[k]))]));
const bareNode = summary(cliPairs.map(([, n]) => n));

// --jobs: 32 copies of the seed, one job vs one per core, in back-to-back pairs (the
// order alternating), so that each pair sees about the same load; the spread of the
// pairs' ratios says how much that load moved.
const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout ?? '';
let jobs = null;
if (/--jobs\b/.test(help)) {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  try {
    const files = Array.from({ length: 32 }, (_, i) => {
      const f = join(dir, `seed-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(f, seed);
      return f;
    });
    const n = cpus().length;
    const pairs = QUICK ? 2 : 5;
    log(`bench: --jobs 1 vs --jobs ${n} on 32 copies, ${pairs} pairs`);
    const runJobs = (j) => spawnTimed([BIN, '--jobs', String(j), '-q', ...files]);
    /** [--jobs 1, --jobs n], run in the order given. */
    const pair = (oneFirst) => {
      const first = runJobs(oneFirst ? 1 : n);
      const second = runJobs(oneFirst ? n : 1);
      return oneFirst ? [first, second] : [second, first];
    };
    const runs = Array.from({ length: pairs }, (_, i) => pair(i % 2 === 0));
    const ratios = runs.map(([one, all]) => one.ms / all.ms);
    jobs = { n, one: summary(runs.map(([one]) => one)), all: summary(runs.map(([, all]) => all)), ratios };
    jobs.speedup = jobs.one.ms / jobs.all.ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
// The ceiling for --jobs on this machine: independent processes, one per core, doing the
// same work as one process alone. Memory-bound work (a parse allocates a lot) can scale far
// worse than the core count when the cores share caches and memory bandwidth; arithmetic
// that stays in registers shows whether the cores themselves are there.
const cores = cpus().length;
let ceiling = null;
if (cores > 1) {
  log(`bench: ceiling, ${cores} processes at once vs 1 alone (parse ×16 each; arithmetic)`);
  const parseArgs = [join(ROOT, 'test/bench/parse-child.mjs'), '16'];
  const loopArgs = ['-e', 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);'];
  const speedup = async (args) => {
    const alone = await spawnConcurrent(args, 1);
    const together = await spawnConcurrent(args, cores);
    return (cores * alone) / together;
  };
  ceiling = { parse: await speedup(parseArgs), arithmetic: await speedup(loopArgs) };
}
const loadAtEnd = loadavg().map((l) => fmt(l, 2)).join(' ');

// The table (stdout): markdown, ready for the README.
const rows = [];
const row = (measure, value, target, met) => rows.push(`| ${measure} | ${value} | ${target} | ${met === null ? '–' : met ? 'yes' : '**no**'} |`);
for (const { n } of sizes) {
  const mbs = lib[n].bytes / MB / (lib[n].ms / 1000);
  row(
    `library, seed ×${n} (${fmt(lib[n].bytes / MB)} MB)`,
    `${fmt(lib[n].ms, 0)} ms, ${fmt(mbs)} MB/s (CPU ${fmt(lib[n].cpu, 0)} ms)`,
    n === 64 ? '≥ 20 MB/s' : '',
    n === 64 ? mbs >= 20 : null,
  );
}
for (const { n } of sizes) {
  const mbs = base[n].bytes / MB / (base[n].ms / 1000);
  const ratio = lib[n].ms / base[n].ms;
  row(`baseline pass, seed ×${n}`, `${fmt(base[n].ms, 0)} ms, ${fmt(mbs)} MB/s; library is ${fmt(ratio)}× slower`, '≤ 5×', ratio <= 5);
}
const linear = lib[64].ms / lib[1].ms;
row('×64 time / ×1 time', fmt(linear), '≤ 70', linear <= 70);
const rssLimit = 8 * child.inputBytes + 100 * MB;
row(
  `peak RSS, ×64 (${fmt(child.inputBytes / MB)} MB in)`,
  `${fmt(child.maxRssBytes / MB, 0)} MB (${fmt(child.maxRssBytes / child.inputBytes)}× input)`,
  `≤ ${fmt(rssLimit / MB, 0)} MB`,
  child.maxRssBytes <= rssLimit,
);
row(
  `CLI whole process, seed (median of ${cliRuns})`,
  `${seconds(cli)} (bare \`node -e 0\`: ${seconds(bareNode)})`,
  '≤ 0.4 s',
  cli.ms <= 400,
);
row(
  `… of which, in a fresh process (median of ${coldRuns.length})`,
  `loading the library ${fmt(cold.importMs, 0)} ms; first parse ${fmt(cold.firstMs, 0)} ms (the same parse warm: ${fmt(cold.warmMs, 0)} ms)`,
  '',
  null,
);
if (jobs) {
  const spread = `pairs ${fmt(Math.min(...jobs.ratios), 2)}–${fmt(Math.max(...jobs.ratios), 2)}×`;
  row(
    `--jobs ${jobs.n} vs --jobs 1, 32 × seed (median of ${jobs.ratios.length} pairs)`,
    `${seconds(jobs.one)} → ${seconds(jobs.all)}: ${fmt(jobs.speedup, 2)}× (${spread})`,
    '≥ 1.7×',
    jobs.speedup >= 1.7,
  );
} else {
  row('--jobs speed-up, 32 × seed', 'not available yet', '≥ 1.7×', null);
}
if (ceiling) {
  row(
    `ceiling: ${cores} processes at once vs 1 (same work each, no threads)`,
    `parsing: ${fmt(ceiling.parse, 2)}×; integer arithmetic: ${fmt(ceiling.arithmetic, 2)}×`,
    '',
    null,
  );
}

const stageRows = stages
  ? [
      '',
      `Where the library's time goes on the seed ×16 (median of ${QUICK ? 1 : 3} runs; shares of the stages' sum):`,
      '',
      '| stage | ms | share |',
      '|---|---|---|',
      ...stages.map(([name, ms], _, all) => {
        const total = all.filter(([n]) => !n.startsWith('…')).reduce((a, [, m]) => a + m, 0);
        return `| ${name} | ${fmt(ms, 0)} | ${fmt((100 * ms) / total, 0)} % |`;
      }),
    ]
  : [];

process.stdout.write(
  [
    `gazette-parse bench — ${cpus().length} cores, node ${process.version}, load average ${loadAtStart} at the start, ${loadAtEnd} at the end; MB = 10^6 bytes`,
    '',
    '| measure | result | target | met |',
    '|---|---|---|---|',
    ...rows,
    ...stageRows,
    '',
  ].join('\n'),
);

/**
 * Runs `node args` with output discarded: wall time and CPU time (user + system of the
 * child and its threads; null where the platform does not say) in ms.
 */
function spawnTimed(args) {
  const cpu = childrenCpuMs();
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const after = childrenCpuMs();
  return { ms, cpu: cpu === null || after === null ? null : after - cpu };
}

/** Wall ms for `count` copies of `node args` started together, until the last one ends. */
function spawnConcurrent(args, count) {
  const t = performance.now();
  const one = () =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
    });
  return Promise.all(Array.from({ length: count }, one)).then(() => performance.now() - t);
}

/** CPU time of this process's finished children, in ms: Linux only (`/proc/self/stat`, 100 ticks a second), else null. */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** Median wall and CPU time of runs, with the range of the wall times. */
function summary(runs) {
  const cpus = runs.map((r) => r.cpu).filter((c) => c !== null);
  const walls = runs.map((r) => r.ms);
  return { ms: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: cpus.length ? median(cpus) : null };
}

/** `0.84 s (0.79–1.12, CPU 1.17 s)`. */
function seconds({ ms, min, max, cpu }) {
  const s = (x) => fmt(x / 1000, 2);
  return `${s(ms)} s (${s(min)}–${s(max)}${cpu === null ? '' : `, CPU ${s(cpu)} s`})`;
}

/** Median ms of each pipeline stage on `bytes` (phrases measured apart from the rest of the model). */
async function stageBreakdown(bytes, runs) {
  const dist = (p) => import(new URL(`../../dist/${p}`, import.meta.url).href);
  const { decode } = await dist('src/decode.js');
  const { readLines } = await dist('src/layout/lines.js');
  const { buildBlocks } = await dist('src/layout/paragraphs.js');
  const { classifyBlocks } = await dist('grammar/classifyBlocks.js');
  const { documentParser } = await dist('grammar/documentParser.js');
  const { buildSkeleton } = await dist('src/structure/skeleton.js');
  const { buildDocument } = await dist('src/structure/documents.js');
  const { findPhrases } = await dist('src/phrases/index.js');
  const { validateResult } = await dist('src/validate.js');
  const times = {};
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const lap = (name) => {
      const now = performance.now();
      (times[name] ??= []).push(now - t);
      t = now;
    };
    const decoded = decode(bytes);
    lap('decode (bytes → text)');
    const lines = readLines(decoded.text);
    lap('layout: split and classify lines');
    const { blocks } = buildBlocks(lines);
    lap('layout: paragraphs (buildBlocks)');
    const main = blocks.filter((b) => b.region === 'main');
    const { tokens, types } = classifyBlocks(main);
    documentParser.input = tokens;
    const skeleton = buildSkeleton(documentParser.gazette());
    documentParser.input = [];
    lap('grammar: block lexer, document parser, skeleton');
    // The phrase finders alone, over copies of the paragraphs (a finder may cache by paragraph;
    // a laid-out paragraph's segments are a getter, so they are copied by name).
    const copies = main.map((block) => ({ ...block, segments: block.segments }));
    t = performance.now();
    for (const block of copies) findPhrases({ block, sectionPath: [], documentDate: '2020-07-07', diagnostics: [] });
    const phrasesMs = performance.now() - t;
    t = performance.now();
    const docs = skeleton.documents.map((d) => buildDocument(d, main, types, []));
    lap('model: documents, sections, tables, phrases');
    (times['… of which phrases (≈, run alone)'] ??= []).push(phrasesMs);
    validateResult({ ...parseGazette(new Uint8Array(0)), documents: docs });
    lap('validate (ajv)');
  }
  return Object.entries(times).map(([name, ms]) => [name, median(ms)]);
}
