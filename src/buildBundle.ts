/**
 * Build step (`npm run build`, last): bundles the CLI — its entry point and the `--jobs`
 * worker — with gazette-parse's own modules into `dist/cli/`, which `bin/gazette-parse`
 * runs; packages stay imports of node_modules. Node's ES module loader resolves, reads and
 * links each module of a graph one at a time, and a text input loads about eighty of ours:
 * bundled, loading the parser took ≈ 75 → 47 ms (median of 10 alternating fresh processes)
 * and the CLI on the seed ≈ 385 → 353 ms (15 alternating runs, twice). What the CLI imports
 * only when a run needs it (commander, the pool, an output format, a reader) stays lazy: a
 * chunk of its own.
 *
 * The library (`dist/src/`, the package's entry point) is left as tsc wrote it. Files the
 * code reads from beside itself at run time (`new URL('./…', import.meta.url)`) are copied
 * beside the bundle: the standalone validators and the phrase start tables.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { STANDALONE_FILE } from './validate.js';

const dist = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const target = dist('cli');

/** A package or a Node built-in (a bare specifier): left to Node to load from node_modules. */
const isPackage = (id: string): boolean => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

rmSync(target, { recursive: true, force: true });
const bundle = await rolldown({
  // `parse.js`: the parser as the CLI loads it, for the benchmark's start-up row to import.
  input: { main: dist('src/cli/main.js'), worker: dist('src/cli/worker.js'), parse: dist('src/parse.js') },
  platform: 'node',
  external: isPackage,
});
// The pool starts its workers from `./worker.js` beside itself: entries keep their names.
await bundle.write({ dir: target, format: 'esm', entryFileNames: '[name].js' });
await bundle.close();
for (const file of [`src/${STANDALONE_FILE}`, 'grammar/phrase/startTables.json']) copyFileSync(dist(file), `${target}/${file.split('/').pop()}`);
process.stdout.write(`wrote ${target}\n`);
