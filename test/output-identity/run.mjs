/** Runs the CLI in-process on one input held in memory and returns what it wrote to stdout. */

/** The CLI's stdout for `input` (its bytes given) with the format arguments `args`. */
export async function cliOutput(run, input, bytes, args) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    readFile: async (p) => {
      if (p === input) return bytes;
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    },
    readStdin: async () => new Uint8Array(),
    writeFile: async () => {},
    mkdir: async () => {},
    kind: async (p) => (p === input ? 'file' : null),
    list: async () => [],
    env: {},
    cpus: 1,
  };
  const code = await run([input, ...args, '-q'], io);
  if (code !== 0) throw new Error(`${input} ${args.join(' ')}: exit ${code}\n${stderr}`);
  return stdout;
}
