/**
 * Child process of the benchmark: parses the seed concatenated N times, once, and prints
 * its peak resident set size. Run alone so that the parent's heap does not count.
 * Usage: node test/bench/rss-child.mjs N
 */
import { readFileSync } from 'node:fs';
import { parseGazette } from '../../dist/src/index.js';

const copies = Number(process.argv[2] ?? 64);
const seed = readFileSync(new URL('../../fixtures/seed/input.txt', import.meta.url));
const bytes = new Uint8Array(Buffer.concat(Array.from({ length: copies }, () => seed)));
const before = process.resourceUsage().maxRSS;
const started = performance.now();
const result = parseGazette(bytes, { name: `seed x${copies}` });
const ms = performance.now() - started;
const usage = process.resourceUsage();
process.stdout.write(
  JSON.stringify({
    copies,
    inputBytes: bytes.length,
    maxRssBytes: usage.maxRSS * 1024,
    rssBeforeParseBytes: before * 1024,
    ms,
    documents: result.documents.length,
    unaccounted: result.stats.unaccountedLines,
  }) + '\n',
);
