/**
 * Many files: `--jobs N` runs `processJob` on this thread and N − 1 worker threads,
 * and `runOrdered` hands the outcomes back in input order whatever order they finish
 * in. A failing file (or a worker that dies) costs only that file's outcome. A run with
 * one file, or `--jobs 1`, never starts a thread: worker start-up costs more than it saves.
 */
import { Worker } from 'node:worker_threads';
import type { Job, Outcome } from './process.js';

/** Without --jobs, inputs smaller than this in total are parsed in-process: threads cost more to start than they save. */
export const WORKER_THRESHOLD_MB = 4;

/**
 * Without --jobs: one job per core but one (this thread and a worker per core but two).
 * A parse in one thread already keeps more than a core busy (V8 collects garbage and
 * compiles on background threads), and each worker pays its own start-up; on the
 * two-core development machine `-j 2` did less than `-j 1` (bench: 0.86×; two CLI
 * processes splitting the same files, 0.67×), so two cores stay in-process.
 */
export function defaultJobs(cpus: number | undefined): number {
  return Math.max(1, (cpus ?? 1) - 1);
}

/** Something that runs jobs: in this thread, or on worker threads too. */
export interface Executor {
  run(job: Job): Promise<Outcome>;
  /** How many jobs to keep in flight for it (more than it runs at once when it queues some ahead); absent, two per job it runs at once. */
  readonly inFlight?: number;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/**
 * Runs every job in this thread. The parser is loaded on the first job, so that a run
 * that fails before it (a usage error) never loads it.
 */
export function inProcessExecutor(): Executor {
  return {
    run: async (job) => (await import('./process.js')).processJob(job),
    inFlight: 1,
    close: async () => {},
  };
}

/**
 * Runs `jobs` jobs at once: one in this thread, the others on `jobs − 1` worker threads
 * started now, so that they load the parser while the first inputs are read.
 */
export function threadedExecutor(jobs: number, script: URL = new URL('./worker.js', import.meta.url)): Executor {
  return jobs <= 1 ? inProcessExecutor() : new ThreadPool(jobs - 1, script);
}

/**
 * Jobs sent to a worker ahead of its answer: it starts the next one the moment it has
 * answered, without waiting for this thread — which may be parsing a file of its own.
 */
const AHEAD = 2;

interface Task {
  job: Job;
  resolve: (outcome: Outcome) => void;
}

/** A worker and the jobs sent to it, in the order it runs them (see `worker.ts`). */
interface Slot {
  worker: Worker;
  tasks: Task[];
}

/**
 * This thread and `size` workers. A job goes to the worker with the fewest jobs while one
 * has fewer than `AHEAD`, else to this thread when it is free, else waits: this thread
 * takes a job only when every worker has its next one, so that while it parses (and
 * cannot answer them) none of them runs dry.
 */
class ThreadPool implements Executor {
  readonly inFlight: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private localBusy = false;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly script: URL,
  ) {
    this.inFlight = size * AHEAD + 1;
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (this.slots.length < this.size && !this.closing) this.spawn();
      const slot = this.slots.reduce<Slot | null>((best, s) => (s.tasks.length < AHEAD && (!best || s.tasks.length < best.tasks.length) ? s : best), null);
      if (slot) {
        const task = this.queue.shift()!;
        slot.tasks.push(task);
        slot.worker.postMessage(task.job);
      } else if (!this.localBusy) {
        this.localBusy = true;
        const task = this.queue.shift()!;
        // After this turn: the parse would otherwise run inside `pump`, before the jobs behind it are sent.
        setImmediate(() => void this.runLocal(task));
      } else {
        return;
      }
    }
  }

  private async runLocal(task: Task): Promise<void> {
    const outcome = await (await import('./process.js')).processJob(task.job);
    this.localBusy = false;
    task.resolve(outcome);
    this.pump();
  }

  private spawn(): void {
    const slot: Slot = { worker: new Worker(this.script), tasks: [] };
    const { worker } = slot;
    this.slots.push(slot);
    worker.on('message', (outcome: Outcome) => {
      slot.tasks.shift()?.resolve(outcome);
      this.pump();
    });
    // An uncaught error or an exit mid-job (out of memory…) loses that job only: its
    // outcome says so, the jobs sent after it go back to the queue, the worker is
    // dropped, and a new one takes its place.
    const lost = (error: Error) => {
      const at = this.slots.indexOf(slot);
      if (at < 0) return;
      this.slots.splice(at, 1);
      const [task, ...later] = slot.tasks;
      this.queue.unshift(...later);
      if (task) {
        const { index, name } = task.job;
        task.resolve({
          index,
          name,
          ok: false,
          failure: 'internal',
          message: `internal error: the worker thread stopped: ${error.message} (rerun with --jobs 1 --debug and report it with this file)`,
          detail: error.stack ?? error.message,
        });
      }
      if (!this.closing) this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!this.closing) lost(new Error(`exit code ${code}`));
    });
  }
}

/**
 * Runs `count` jobs with up to `concurrency` in flight and calls `emit` with each
 * outcome in input order, one at a time (the next once the last one's promise settles:
 * its output is written). `prepare` reads input `i` and returns its job, or an outcome
 * when the input cannot be read. At most `4 × concurrency` outcomes wait for a slower
 * earlier one, which bounds memory on long runs.
 */
export async function runOrdered(
  count: number,
  prepare: (index: number) => Promise<Job | Outcome>,
  executor: Executor,
  concurrency: number,
  emit: (outcome: Outcome) => void | Promise<void>,
): Promise<void> {
  const done = new Map<number, Outcome>();
  let next = 0;
  let started = 0;
  const limit = Math.max(1, concurrency);
  const window = limit * 4;
  const running = new Set<number>();
  const tasks: Promise<void>[] = [];
  const waiter: { wake: (() => void) | null } = { wake: null };
  let failure: unknown = null;
  const wake = () => {
    const resume = waiter.wake;
    waiter.wake = null;
    resume?.();
  };

  // Outcomes are emitted by one chain of promises, so that a write never overtakes another.
  let emitting: Promise<void> = Promise.resolve();
  const flush = async () => {
    while (done.has(next) && failure === null) {
      const outcome = done.get(next)!;
      done.delete(next);
      next++;
      await emit(outcome);
      wake();
    }
  };

  while (started < count && failure === null) {
    while ((running.size >= limit || started - next >= window) && failure === null) {
      await new Promise<void>((resolve) => (waiter.wake = resolve));
    }
    if (failure !== null) break;
    const index = started++;
    running.add(index);
    tasks.push(
      (async () => {
        try {
          const prepared = await prepare(index);
          const outcome = 'bytes' in prepared ? await executor.run(prepared) : prepared;
          done.set(index, outcome);
          emitting = emitting.then(flush).catch((e) => void (failure ??= e));
        } catch (e) {
          failure ??= e;
        } finally {
          running.delete(index);
          wake();
        }
      })(),
    );
  }
  await Promise.all(tasks);
  await emitting;
  // Only `prepare` or `emit` can throw (a write that fails): that stops the run.
  if (failure !== null) throw failure;
}
