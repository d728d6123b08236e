/**
 * A worker thread of the `--jobs` pool: receives jobs, answers with outcomes in the same
 * order. All the work is `processJob`, the same function a single-file run calls
 * in-process. It loads the parser as soon as it starts, before its first job comes.
 *
 * The output text goes back as UTF-8 bytes whose buffers are moved, not copied: posting
 * a result's megabytes as a string costs a structured clone here, another in the main
 * thread, and UTF-8 encoding when it is written — all of it on the one thread that has
 * to keep every worker fed and write every output. Encoded here, it is done in
 * parallel, once, and the main thread only writes the bytes.
 */
import { parentPort } from 'node:worker_threads';
import { forTransfer, processJob, type Job } from './process.js';

// One job at a time, in the order they came: the pool sends the next jobs ahead, and takes
// the answers in that order (a job can wait on an import, and must not be overtaken).
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: Job) => {
  previous = previous.then(async () => {
    const { outcome, transfer } = forTransfer(await processJob(job));
    parentPort!.postMessage(outcome, transfer);
  });
});
