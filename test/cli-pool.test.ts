/**
 * The `--jobs` pool with real threads (a stand-in worker script, test/helpers/echoWorker.mjs,
 * so that the dispatch is seen): jobs go to the workers until each has its next one
 * waiting, then to this thread, which parses them itself; a worker that dies costs only
 * the job it was running, and the jobs sent after it are run elsewhere.
 */
import { describe, expect, it, vi } from 'vitest';
import { threadedExecutor } from '../src/cli/pool.js';
import type { Job, Outcome } from '../src/cli/process.js';
import { fixture } from './helpers/fakeIo.js';

vi.setConfig({ testTimeout: 60_000 });

const ECHO = new URL('./helpers/echoWorker.mjs', import.meta.url);
const notice = fixture('notice-61/input.txt');
const job = (index: number, name: string): Job => ({ index, name, bytes: notice, format: 'txt', emit: { kind: 'ndjson' } });

/** Who ran an outcome: `worker N`, or `here` for this thread (its text is the notice's NDJSON line). */
function ranBy(outcome: Outcome): string {
  if (!outcome.ok || !outcome.payload || !('text' in outcome.payload)) throw new Error(`no text: ${JSON.stringify(outcome)}`);
  const [first] = [...outcome.payload.text];
  return typeof first === 'string' && first.startsWith('worker ') ? first : 'here';
}

describe('threadedExecutor', () => {
  it('runs one job per worker and one ahead, then one here; keeps jobs in flight for all of them', async () => {
    const pool = threadedExecutor(3, ECHO);
    try {
      expect(pool.inFlight).toBe(2 * 2 + 1);
      const names = ['slow-0', 'slow-1', 'slow-2', 'slow-3', 'here-4', 'next-5'];
      const outcomes = await Promise.all(names.map((name, i) => pool.run(job(i, name))));
      const by = outcomes.map(ranBy);
      // Jobs 0–3: two workers, two each (the one with fewer jobs first); job 4: this thread, the workers being full.
      const first = by.slice(0, 4);
      expect(new Set(first).size).toBe(2);
      expect(first.filter((b) => b === first[0])).toHaveLength(2);
      expect(by[4]).toBe('here');
      expect(outcomes[4]!.ok && outcomes[4]!.summary.documents).toBe(1);
      // Job 5 waited for the first free place, and ran.
      expect(outcomes[5]).toMatchObject({ index: 5, ok: true });
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies loses only the job it was running; the job sent after it runs elsewhere', async () => {
    const pool = threadedExecutor(2, ECHO);
    try {
      const [died, after, other] = await Promise.all([pool.run(job(0, 'die-0')), pool.run(job(1, 'after-1')), pool.run(job(2, 'other-2'))]);
      expect(died).toMatchObject({ index: 0, ok: false, failure: 'internal' });
      expect(!died.ok && died.message).toMatch(/^internal error: the worker thread stopped: exit code 3/);
      expect(after).toMatchObject({ index: 1, ok: true });
      expect(other).toMatchObject({ index: 2, ok: true });
    } finally {
      await pool.close();
    }
  });
});
