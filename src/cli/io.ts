/**
 * The I/O the CLI is given, so that tests run it in-process: streams, files, stdin,
 * environment. `nodeIo()` is the real thing.
 */
import { readFile, writeFile, mkdir, stat, readdir } from 'node:fs/promises';

/** A place to write text (stdout, stderr). */
export interface TextSink {
  write(text: string): void;
  isTTY?: boolean;
}

/** Everything `run` touches outside itself. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  mkdir(path: string): Promise<void>;
  /** 'file' | 'directory' | null when the path does not exist. */
  kind(path: string): Promise<'file' | 'directory' | null>;
  list(dir: string): Promise<string[]>;
  env: Record<string, string | undefined>;
}

/** The real process I/O. */
export function nodeIo(): CliIo {
  return {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: process.stdout.isTTY },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY },
    readFile: async (p) => new Uint8Array(await readFile(p)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    writeFile: (p, d) => writeFile(p, d),
    mkdir: async (p) => void (await mkdir(p, { recursive: true })),
    kind: async (p) => {
      try {
        const s = await stat(p);
        return s.isDirectory() ? 'directory' : 'file';
      } catch {
        return null;
      }
    },
    list: (d) => readdir(d),
    env: process.env,
  };
}
