/**
 * Many files: `--jobs N` runs `processJob` on a pool of worker threads, and
 * `runOrdered` hands the outcomes back in input order whatever order they finish in.
 * A failing file (or a worker that dies) costs only that file's outcome. A run with one
 * file, or `--jobs 1`, never starts a thread: worker start-up costs more than it saves.
 */
import { Worker } from 'node:worker_threads';
import type { Job, Outcome } from './process.js';

/** Without --jobs, inputs smaller than this in total are parsed in-process: threads cost more to start than they save. */
export const WORKER_THRESHOLD_MB = 4;

/**
 * Without --jobs: one worker per core but one. A parse in one thread already keeps about
 * 1.4 cores busy (V8 collects garbage and compiles on background threads), and the main
 * thread reads and writes; on the two-core development machine two workers were slower
 * than one thread (bench: 0.84×; two independent processes reach only 1.2×).
 */
export function defaultJobs(cpus: number | undefined): number {
  return Math.max(1, (cpus ?? 1) - 1);
}

/** Something that runs jobs: in this thread, or on worker threads. */
export interface Executor {
  run(job: Job): Promise<Outcome>;
  /** Stops the workers, if any. */
  close(): Promise<void>;
}

/**
 * Runs every job in this thread. The parser is loaded on the first job, so that a run on
 * worker threads never loads it in the main thread.
 */
export function inProcessExecutor(): Executor {
  return {
    run: async (job) => (await import('./process.js')).processJob(job),
    close: async () => {},
  };
}

/** A pool of up to `size` worker threads, started as jobs arrive. */
export function workerExecutor(size: number, script: URL = new URL('./worker.js', import.meta.url)): Executor {
  return new WorkerPool(Math.max(1, size), script);
}

interface Task {
  job: Job;
  resolve: (outcome: Outcome) => void;
}

class WorkerPool implements Executor {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly live = new Set<Worker>();
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly script: URL,
  ) {}

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.live].map((w) => w.terminate()));
    this.live.clear();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.live.size >= this.size) return;
        worker = this.spawn();
      }
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage(task.job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    this.live.add(worker);
    worker.on('message', (outcome: Outcome) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      task?.resolve(outcome);
      this.pump();
    });
    // An uncaught error or an exit mid-job (out of memory…) loses that job only: its
    // outcome says so, the worker is dropped, and a new one takes the next job.
    const lost = (error: Error) => {
      if (!this.live.has(worker)) return;
      this.live.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      const task = this.busy.get(worker);
      this.busy.delete(worker);
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
    return worker;
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
