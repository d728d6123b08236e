/**
 * `npm run bench`: speed and memory of gazette-parse on this machine, in one table.
 *
 *  - library throughput (`parseGazette` on bytes: decode, layout, grammar, model, phrases)
 *    on the seed ×1, ×16, ×64 (the file concatenated), median of several runs after a warm-up,
 *    and on the corpus (`fixtures/corpus`: every notice in every layout, and the built
 *    issues), so that rules for other issuers and layouts are paid for in the same table;
 *  - the baseline pass (decode, split lines, a few regexes per line) on the same bytes;
 *  - peak RSS for ×64, measured in a child process: the library's, and the CLI's writing
 *    the JSON of ×64;
 *  - the CLI's whole-process time on the seed (median of several runs, with their range and
 *    CPU time), each run next to a bare `node -e 0` so that both see the same load, and
 *    how a fresh process splits it (loading the library, the first parse before the JIT);
 *  - the `--jobs` speed-up on 32 copies of the seed against its ceiling on this machine, in
 *    rounds: each round runs `--jobs 1`, one job per core, and one CLI process per core on
 *    an equal share of the copies (the same work split between processes instead of
 *    threads); then one process per core, each parsing the seed 16 times, against one such
 *    process alone (parsing only); the medians, the ranges, and the median of the rounds'
 *    speed-up / ceiling; and the same for a loop of integer arithmetic, which shows the
 *    cores are there.
 *
 * It imports the built library (`dist/`): `npm run bench` builds first. Never a test:
 * timings on a loaded machine are noisy, so they are reported, not asserted.
 * Environment: BENCH_QUICK=1 runs fewer repetitions.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const CORPUS = join(ROOT, 'fixtures/corpus');
const CORPUS_LAYOUTS = ['raw', 'ocr', 'pdf', 'issues'];
const corpus = CORPUS_LAYOUTS.flatMap((layout) =>
  readdirSync(join(CORPUS, layout))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${layout}/${f}`, bytes: new Uint8Array(readFileSync(join(CORPUS, layout, f))) })),
);
const corpusBytes = corpus.reduce((n, f) => n + f.bytes.length, 0);
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

// The corpus: every file once per run, each parsed on its own.
const corpusRuns = QUICK ? 2 : 5;
log(`bench: corpus (${corpus.length} files, ${fmt(corpusBytes / MB)} MB), ${corpusRuns} runs`);
for (const f of corpus) parseGazette(f.bytes, { name: f.name }); // warm-up
const corpusLib = time(() => corpus.forEach((f) => parseGazette(f.bytes, { name: f.name })), corpusRuns);
const corpusBase = time(() => corpus.forEach((f) => baselinePass(f.bytes)), Math.max(3, corpusRuns));

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
// …and of the CLI writing the JSON of the same bytes (to /dev/null), as a user runs it.
log('bench: peak RSS of the CLI on x64');
const cliRss = withTempDir((dir) => {
  const input = join(dir, 'seed-x64.txt');
  writeFileSync(input, copies(64));
  const report = join(dir, 'rss.json');
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/bench/peak-rss.cjs'), BIN, input, '-q'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, GAZETTE_BENCH_RSS: report },
  });
  if (r.status !== 0) throw new Error(`CLI on x64 exited ${r.status}: ${r.stderr}`);
  return JSON.parse(readFileSync(report, 'utf8')).maxRssBytes;
});

// The CLI as a user runs it: whole process, output discarded. Each run is paired with a
// bare `node -e 0` right after it, so that both see the same load.
const cliRuns = QUICK ? 3 : 9;
log(`bench: CLI whole process on the seed, ${cliRuns} runs`);
const cliPairs = Array.from({ length: cliRuns }, () => [spawnTimed([BIN, SEED, '-q']), spawnTimed(['-e', '0'])]);
const cli = summary(cliPairs.map(([c]) => c));
// …and where a fresh process spends it: loading the library, the first (cold) parse.
const coldRuns = Array.from({ length: QUICK ? 1 : 5 }, () =>
  JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/bench/cold-child.mjs')], { encoding: 'utf8' })),
);
const cold = Object.fromEntries(['importMs', 'firstMs', 'warmMs'].map((k) => [k, median(coldRuns.map((r) => r[k]))]));
cold.indexMs = median(
  Array.from({ length: QUICK ? 1 : 5 }, () => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'test/bench/cold-child.mjs'), '--index'], { encoding: 'utf8' })).indexMs),
);
const bareNode = summary(cliPairs.map(([, n]) => n));

// --jobs against its ceiling, in rounds. Each round runs, on 32 copies of the seed,
// `--jobs 1`, `--jobs N` (N = cores) and N CLI processes at once with `--jobs 1` on 32 / N
// copies each — the same work split between processes instead of threads, which is what
// `--jobs N` could reach if its threads cost no more than independent processes; and, as
// before, N processes each parsing the seed 16 times against one such process alone
// (parsing only: no CLI, no output). Memory-bound work (a parse allocates a lot) can scale
// far worse than the core count when the cores share caches and memory bandwidth. The
// order of the runs is reversed every other round, and each round's ratios are taken
// within the round, so that they see about the same load.
const cores = cpus().length;
let jobs = null;
if (cores > 1) {
  jobs = await withTempDir(async (dir) => {
    const files = Array.from({ length: 32 }, (_, i) => {
      const f = join(dir, `seed-${String(i).padStart(2, '0')}.txt`);
      writeFileSync(f, seed);
      return f;
    });
    const share = Math.ceil(files.length / cores);
    const parts = Array.from({ length: cores }, (_, k) => files.slice(k * share, (k + 1) * share));
    const rounds = QUICK ? 2 : 5;
    log(`bench: --jobs 1, --jobs ${cores} and ${cores} CLI processes on 32 copies; ${cores} processes vs 1 parsing x16 each; ${rounds} rounds`);
    const cli = (j, inputs) => [BIN, '--jobs', String(j), '-q', ...inputs];
    const parseArgs = [join(ROOT, 'test/bench/parse-child.mjs'), '16'];
    const measures = {
      one: async () => spawnTimed(cli(1, files)),
      all: async () => spawnTimed(cli(cores, files)),
      processes: async () => ({ ms: await spawnTogether(parts.map((p) => cli(1, p))) }),
      alone: async () => ({ ms: await spawnTogether([parseArgs]) }),
      together: async () => ({ ms: await spawnTogether(parts.map(() => parseArgs)) }),
    };
    const out = [];
    for (let r = 0; r < rounds; r++) {
      const names = Object.keys(measures);
      const round = {};
      for (const name of r % 2 === 0 ? names : names.reverse()) round[name] = await measures[name]();
      out.push(round);
    }
    return {
      n: cores,
      one: summary(out.map((r) => r.one)),
      all: summary(out.map((r) => r.all)),
      speedups: out.map((r) => r.one.ms / r.all.ms),
      ceilings: out.map((r) => r.one.ms / r.processes.ms),
      shares: out.map((r) => r.processes.ms / r.all.ms),
      parsing: out.map((r) => (cores * r.alone.ms) / r.together.ms),
    };
  });
  const loopArgs = ['-e', 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x);'];
  log(`bench: ceiling for integer arithmetic, ${cores} processes vs 1`);
  jobs.arithmetic = (cores * (await spawnTogether([loopArgs]))) / (await spawnTogether(Array.from({ length: cores }, () => loopArgs)));
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
{
  const mbs = corpusBytes / MB / (corpusLib / 1000);
  row(
    `library, corpus (${corpus.length} files: ${CORPUS_LAYOUTS.join(', ')}; ${fmt(corpusBytes / MB)} MB)`,
    `${fmt(corpusLib, 0)} ms, ${fmt(mbs)} MB/s (CPU ${fmt(corpusLib.cpu, 0)} ms); baseline pass ${fmt(corpusBase, 0)} ms: library is ${fmt(corpusLib / corpusBase)}× slower`,
    '',
    null,
  );
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
  'peak RSS of the CLI, ×64 to JSON',
  `${fmt(cliRss / MB, 0)} MB (${fmt(cliRss / child.maxRssBytes, 2)}× the library's)`,
  `≤ ${fmt((1.5 * child.maxRssBytes) / MB, 0)} MB (1.5×)`,
  cliRss <= 1.5 * child.maxRssBytes,
);
row(
  `CLI whole process, seed (median of ${cliRuns})`,
  `${seconds(cli)} (bare \`node -e 0\`: ${seconds(bareNode)})`,
  '≤ 0.35 s',
  cli.ms <= 350,
);
row(
  `… of which, in a fresh process (median of ${coldRuns.length})`,
  `loading the parser ${fmt(cold.importMs, 0)} ms (the library's whole entry point, every reader: ${fmt(cold.indexMs, 0)} ms); first parse ${fmt(cold.firstMs, 0)} ms (the same parse warm: ${fmt(cold.warmMs, 0)} ms)`,
  '',
  null,
);
if (jobs) {
  const range = (xs) => `${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)}`;
  const share = median(jobs.shares);
  row(
    `--jobs ${jobs.n} vs --jobs 1, 32 × seed (median of ${jobs.speedups.length} rounds)`,
    `${seconds(jobs.one)} → ${seconds(jobs.all)}: ${fmt(median(jobs.speedups), 2)}× (rounds ${range(jobs.speedups)}×)`,
    '',
    null,
  );
  row(
    `ceiling: ${jobs.n} CLI processes with --jobs 1 on 32 / ${jobs.n} seeds each vs --jobs 1 on 32 (same rounds)`,
    `${fmt(median(jobs.ceilings), 2)}× (rounds ${range(jobs.ceilings)}×)`,
    '',
    null,
  );
  row(`--jobs ${jobs.n} speed-up / that ceiling (median of the rounds' ratios)`, `${fmt(share, 2)} (rounds ${range(jobs.shares)})`, '≥ 0.9', share >= 0.9);
  row(
    `parsing only: ${jobs.n} processes at once vs 1, the seed 16 times each (same rounds)`,
    `${fmt(median(jobs.parsing), 2)}× (rounds ${range(jobs.parsing)}×); integer arithmetic: ${fmt(jobs.arithmetic, 2)}×`,
    '',
    null,
  );
} else {
  row('--jobs speed-up, 32 × seed', 'one core: nothing to compare', '', null);
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

/** Wall ms for `node args` of each of `argsList`, all started together, until the last one ends. */
function spawnTogether(argsList) {
  const t = performance.now();
  const one = (args) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
    });
  return Promise.all(argsList.map(one)).then(() => performance.now() - t);
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

/** `fn(dir)` with a fresh temporary directory, removed afterwards. */
function withTempDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  const clean = () => rmSync(dir, { recursive: true, force: true });
  try {
    const result = fn(dir);
    if (result instanceof Promise) return result.finally(clean);
    clean();
    return result;
  } catch (e) {
    clean();
    throw e;
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
