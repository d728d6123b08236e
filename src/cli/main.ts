/** Process entry point: runs the CLI with the real I/O and sets the exit code. */
import { nodeIo } from './io.js';
import { run } from './run.js';

/** Runs `gazette-parse` for this process. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  process.exitCode = await run(argv, nodeIo());
}
