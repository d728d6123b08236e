/**
 * `npm run corpus [-- DIR] [--layout raw,pdf] [--verbose] [--json] [--spawn]`: the
 * parser's figures on a corpus of real notices with gold (`fixtures/corpus/` unless DIR
 * is given: the shared development corpus, or a held-out set of the same shape), one
 * Markdown table row per layout: documents found, metadata, headings and clauses F1 with
 * precision and recall, deadline and target recall, false `check` failures, crashes.
 *
 *  --verbose  each file's figures and every miss, in the words of the corpus's Python
 *             scorer, then its one-line summary per layout
 *  --json     the figures per layout as JSON, under the Python scorer's `--json` names
 *  --spawn    spawn bin/gazette-parse per file (parse and check) instead of parsing in
 *             this process: slower, and a cross-check that both give the same figures
 *
 * It imports the built library (`dist/`): `npm run corpus` builds first.
 */
import { performance } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inProcessParser, layoutFiles, layoutsOf, LAYOUTS, spawningParser } from './files.mjs';
import { figuresOf, fileLine, markdownTable, missLine, scoreFile, summaryLine } from './score.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = 'usage: npm run corpus -- [DIR] [--layout raw,ocr,pdf,issues] [--verbose] [--json] [--spawn]\n';

function parseArgs(argv) {
  const options = { dir: join(ROOT, 'fixtures/corpus'), layouts: null, verbose: false, json: false, spawn: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose' || a === '-v') options.verbose = true;
    else if (a === '--json') options.json = true;
    else if (a === '--spawn') options.spawn = true;
    else if (a === '--layout' || a.startsWith('--layout=')) {
      const value = a === '--layout' ? argv[++i] : a.slice('--layout='.length);
      if (!value) throw new Error('--layout needs a list of layouts');
      options.layouts = value.split(',');
      const unknown = options.layouts.filter((l) => !LAYOUTS.includes(l));
      if (unknown.length > 0) throw new Error(`unknown layout ${unknown.join(', ')} (known: ${LAYOUTS.join(', ')})`);
    } else if (a === '--help' || a === '-h') options.help = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    // npm runs scripts from the package root; a relative DIR is meant from where npm was run.
    else options.dir = resolve(process.env.INIT_CWD ?? process.cwd(), a);
  }
  return options;
}

async function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`corpus: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const layouts = layoutsOf(options.dir, options.layouts);
  if (layouts.length === 0) {
    process.stderr.write(`corpus: no layout (${LAYOUTS.join(', ')}) in ${options.dir}\n`);
    return 2;
  }
  const parse = options.spawn ? spawningParser(join(ROOT, 'bin/gazette-parse')) : inProcessParser(await import('../../dist/src/index.js'));

  const started = performance.now();
  const figures = {};
  const crashes = [];
  let files = 0;
  for (const layout of layouts) {
    const scores = layoutFiles(options.dir, layout).map((f) => scoreFile(parse(f.path), f.gold, f));
    files += scores.length;
    figures[layout] = figuresOf(scores);
    crashes.push(...scores.filter((s) => s.crash !== null));
    if (options.verbose && !options.json) {
      for (const s of scores) {
        process.stdout.write(`${fileLine(s)}\n`);
        for (const m of s.misses) process.stdout.write(`${missLine(m)}\n`);
      }
      process.stdout.write(`${summaryLine(layout, figures[layout])}\n\n`);
    }
  }
  if (options.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
  else {
    process.stdout.write(markdownTable(figures));
    for (const s of crashes) process.stdout.write(`crash: ${s.layout}/${s.stem}: ${s.crash}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`${files} files of ${options.dir} scored in ${seconds} s (${options.spawn ? 'spawning bin/gazette-parse' : 'in-process'})\n`);
  return 0;
}

// A reader that stops early (`| head`) closes the pipe: nothing is left to write to.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
