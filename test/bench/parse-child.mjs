/**
 * Child process of the benchmark: parses the seed K times in one process (the library,
 * no CLI, no threads) and exits. Several of these at once show how far this machine lets
 * independent parses run in parallel — the ceiling any `--jobs` can reach.
 * Usage: node test/bench/parse-child.mjs K
 */
import { readFileSync } from 'node:fs';
import { parseGazette } from '../../dist/src/index.js';

const times = Number(process.argv[2] ?? 16);
const seed = new Uint8Array(readFileSync(new URL('../../fixtures/seed/input.txt', import.meta.url)));
for (let i = 0; i < times; i++) parseGazette(seed, { name: 'seed' });
