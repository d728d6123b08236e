/**
 * The CLI's output for every recorded input and format is the same, byte for byte, as
 * recorded in `fixtures/output-identity/outputs.json` (SHA-256 and length): a change meant
 * to leave the output alone — a rewrite for speed — is shown to. A change meant to alter it
 * records anew (`node test/output-identity/record.mjs` after `npm run build`) and says in its
 * commit which outputs changed and why.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { FORMATS, recordedInputs, ROOT } from './output-identity/inputs.mjs';
import { cliOutput } from './output-identity/run.mjs';

type Recorded = Record<string, Record<string, { sha256: string; bytes: number }>>;
const recorded = JSON.parse(readFileSync(join(ROOT, 'fixtures/output-identity/outputs.json'), 'utf8')) as Recorded;

describe('outputs as recorded', () => {
  it('records every input the fixtures hold, and nothing else', () => {
    expect(Object.keys(recorded).sort()).toEqual(recordedInputs().sort());
    expect(Object.keys(recorded).length).toBeGreaterThan(100);
  });

  it.each(recordedInputs())('%s: json, ndjson, outline and csv byte for byte', async (input) => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, input)));
    for (const [format, args] of Object.entries(FORMATS)) {
      const out = await cliOutput(run, input, bytes, args);
      const got = { sha256: createHash('sha256').update(out).digest('hex'), bytes: Buffer.byteLength(out) };
      expect(got, `${input} --out ${format}`).toEqual(recorded[input]![format]);
    }
  }, 120_000);
});
