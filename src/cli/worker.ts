/**
 * A worker thread of the `--jobs` pool: receives jobs, answers with outcomes. All the
 * work is `processJob`, the same function a single-file run calls in-process.
 *
 * The output text goes back as UTF-8 bytes whose buffers are moved, not copied: posting
 * a result's megabytes as a string costs a structured clone here, another in the main
 * thread, and UTF-8 encoding when it is written — all of it on the one thread that has
 * to keep every worker fed and write every output. Encoded here, it is done in
 * parallel, once, and the main thread only writes the bytes.
 */
import { parentPort } from 'node:worker_threads';
import { forTransfer, processJob, type Job } from './process.js';

parentPort?.on('message', async (job: Job) => {
  const { outcome, transfer } = forTransfer(await processJob(job));
  parentPort!.postMessage(outcome, transfer);
});
