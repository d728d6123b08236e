/**
 * Preloaded into a process the benchmark measures (`node --require peak-rss.cjs …`): at
 * exit, writes the process's peak resident set size to the file named by
 * GAZETTE_BENCH_RSS, as `{"maxRssBytes": …}`.
 */
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.GAZETTE_BENCH_RSS, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
});
