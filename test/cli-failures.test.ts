/**
 * The CLI when gazette-parse itself fails: an output that does not validate against
 * the schema is never written (clear message, exit 1), a crash in one file does not stop
 * the others, and stack traces appear only with --debug. The parser is replaced for
 * files whose name asks for it, so the failures are real code paths, not simulations.
 */
import { describe, expect, it, vi } from 'vitest';
import type { GazetteResult } from '../src/model.js';
import { fakeIo, fixture } from './helpers/fakeIo.js';

// The first test of a file loads the parser and may parse the seed: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

vi.mock('../src/cli/reader.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/cli/reader.js')>();
  return {
    ...original,
    readInput: async (input: Uint8Array, options: { name?: string }) => {
      const result = (await original.readInput(input, options)) as GazetteResult;
      if (options.name?.includes('crash')) throw new Error('something broke inside the parser');
      if (options.name?.includes('invalid')) {
        // A result the schema rejects: a line number of 0 and an unknown field.
        return { ...result, documents: result.documents.map((d) => ({ ...d, startLine: 0, extra: true })) } as unknown as GazetteResult;
      }
      return result;
    },
  };
});

const { run } = await import('../src/cli/run.js');

const N61 = 'fixtures/notice-61/input.txt';
const bytes = fixture('notice-61/input.txt');
const files = { [N61]: bytes, 'crash.txt': bytes, 'invalid.txt': bytes };

async function cli(argv: string[]) {
  const io = fakeIo({ files });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('an output that fails the schema', () => {
  it('is not written; the message says why and what to do; exit 1; the other files are written', async () => {
    const { code, out, err } = await cli(['invalid.txt', N61, '--out', 'ndjson']);
    expect(code).toBe(1);
    expect(err).toMatch(/invalid\.txt: the output does not match the schema, so it was not written \(a bug in gazette-parse; please report it with this file\)/);
    expect(err).toMatch(/\/documents\/0\/startLine: must be >= 1/);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual([N61]);
  });

  it('is a schema/violation error in check mode (exit 1)', async () => {
    const { code, out } = await cli(['check', 'invalid.txt']);
    expect(code).toBe(1);
    expect(out).toMatch(/^invalid\.txt:1:1 error schema\/violation The output does not match the schema/);
  });
});

describe('an internal error', () => {
  it('names the file, says what to do, shows no stack trace, and the others go on (exit 1)', async () => {
    const { code, out, err } = await cli(['crash.txt', N61, '--out', 'ndjson']);
    expect(code).toBe(1);
    expect(err).toMatch(/crash\.txt: internal error: something broke inside the parser \(a bug in gazette-parse; rerun with --debug for the stack trace/);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('shows the stack trace with --debug', async () => {
    const { err } = await cli(['crash.txt', '--debug']);
    expect(err).toMatch(/Error: something broke inside the parser\n\s+at /);
  });

  it('in check mode too', async () => {
    const { code, err } = await cli(['check', 'crash.txt', N61]);
    expect(code).toBe(1);
    expect(err).toMatch(/crash\.txt: internal error/);
    expect(err).toMatch(/2 files checked/);
  });
});
