/**
 * A stand-in worker for the pool's tests (test/cli-pool.test.ts): answers each job, in
 * the order they came, with an outcome whose text names this thread, after `delay` ms (a
 * job named `slow…`: 200 ms, else 20 ms); a job named `die…` ends the thread instead.
 */
import { parentPort, threadId } from 'node:worker_threads';

let previous = Promise.resolve();
parentPort.on('message', (job) => {
  previous = previous.then(async () => {
    if (job.name.startsWith('die')) process.exit(3);
    await new Promise((resolve) => setTimeout(resolve, job.name.startsWith('slow') ? 200 : 20));
    const summary = { documents: 0, sections: 0, errors: 0, warnings: 0, infos: 0 };
    parentPort.postMessage({ index: job.index, name: job.name, ok: true, summary, payload: { text: [`worker ${threadId}`] } });
  });
});
