/**
 * A worker thread of the `--jobs` pool: receives jobs, answers with outcomes. All the
 * work is `processJob`, the same function a single-file run calls in-process.
 */
import { parentPort } from 'node:worker_threads';
import { processJob, type Job } from './process.js';

parentPort?.on('message', async (job: Job) => {
  parentPort!.postMessage(await processJob(job));
});
