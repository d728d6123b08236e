/**
 * The inputs whose outputs `fixtures/output-identity/outputs.json` records: the seed, every
 * notice fixture, the corpus in every layout, the built issues and the other input kinds —
 * everything the parser is known to read right, so that a change meant to leave the output
 * alone (a rewrite for speed) can be shown to.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every recorded input, as a path relative to the root, sorted. */
export function recordedInputs() {
  const fixtures = join(ROOT, 'fixtures');
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'output-identity' && name !== 'expected') walk(path);
      } else if (/\.(txt|md|html|docx|pdf)$/.test(name) && !/^scan-/.test(name) && !/README/.test(name)) {
        out.push(relative(ROOT, path));
      }
    }
  };
  walk(fixtures);
  return out;
}

/** The output formats recorded per input: the CLI's arguments for each. */
export const FORMATS = {
  json: ['--out', 'json'],
  ndjson: ['--out', 'ndjson'],
  outline: ['--out', 'outline'],
  csv: ['--out', 'csv', '--table', 'tasks'],
};
