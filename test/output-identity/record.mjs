/**
 * Records what the CLI writes for every recorded input and format (`inputs.mjs`): the
 * SHA-256 of the bytes and their length, in `fixtures/output-identity/outputs.json`. Run it
 * (after `npm run build`) when a change is meant to alter the output, and say in the commit
 * which outputs changed and why; test/output-identity.test.ts holds the code to it.
 *
 *   node test/output-identity/record.mjs
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS, recordedInputs, ROOT } from './inputs.mjs';
import { cliOutput } from './run.mjs';

const { run } = await import(join(ROOT, 'dist/src/cli/run.js'));
const record = {};
for (const input of recordedInputs()) {
  record[input] = {};
  const bytes = new Uint8Array(readFileSync(join(ROOT, input)));
  for (const [format, args] of Object.entries(FORMATS)) {
    const out = await cliOutput(run, input, bytes, args);
    record[input][format] = { sha256: createHash('sha256').update(out).digest('hex'), bytes: Buffer.byteLength(out) };
  }
}
writeFileSync(join(ROOT, 'fixtures/output-identity/outputs.json'), JSON.stringify(record, null, 1) + '\n');
console.log(`recorded ${Object.keys(record).length} inputs × ${Object.keys(FORMATS).length} formats`);
