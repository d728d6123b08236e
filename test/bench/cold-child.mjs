/**
 * Child process of the benchmark: where a fresh process's time goes before the first
 * result — loading the parser (`dist/cli/parse.js`, the bundle's parser: what the CLI loads for a text input:
 * modules, lexers and parsers built at import), the first parse of the seed (code not yet
 * compiled by the JIT), and a later, warm parse. With `--index`: only the time to load the
 * library's whole entry point (`dist/src/index.js`, every reader: Markdown, HTML, PDF, Word).
 * Prints one JSON line. Usage: node test/bench/cold-child.mjs [--index]
 */
import { readFileSync } from 'node:fs';

const seed = new Uint8Array(readFileSync(new URL('../../fixtures/seed/input.txt', import.meta.url)));
let t = performance.now();
if (process.argv.includes('--index')) {
  await import('../../dist/src/index.js');
  process.stdout.write(JSON.stringify({ indexMs: performance.now() - t }) + '\n');
  process.exit(0);
}
const { parseGazette } = await import('../../dist/cli/parse.js');
const importMs = performance.now() - t;
t = performance.now();
parseGazette(seed, { name: 'seed' });
const firstMs = performance.now() - t;
for (let i = 0; i < 10; i++) parseGazette(seed, { name: 'seed' });
t = performance.now();
parseGazette(seed, { name: 'seed' });
const warmMs = performance.now() - t;
process.stdout.write(JSON.stringify({ importMs, firstMs, warmMs }) + '\n');
