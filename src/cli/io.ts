/**
 * The I/O the CLI is given, so that tests run it in-process: streams, files, stdin,
 * environment, cores and the worker pool. `nodeIo()` is the real thing.
 */
import { availableParallelism } from 'node:os';
import { mkdir, open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import type { Executor } from './pool.js';
import { threadedExecutor } from './pool.js';

/** A place to write text (stdout, stderr). */
export interface TextSink {
  write(text: string): void;
  /**
   * Writes text that is already UTF-8 bytes — what worker threads send — as it is.
   * Without it, such text is decoded and given to `write`.
   */
  writeBytes?(bytes: Uint8Array): void;
  /**
   * Resolves when the sink can take more: output is written a document at a time, and
   * waits here while a slow reader (a pipe) has not taken the last ones. Absent, writes
   * never wait.
   */
  ready?(): Promise<void> | void;
  isTTY?: boolean;
}

/** A file being written, a piece at a time. */
export interface FileSink {
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Writes text, or UTF-8 bytes of text, to a sink. */
export function writeText(sink: TextSink, text: string | Uint8Array): void {
  if (typeof text === 'string') sink.write(text);
  else if (sink.writeBytes) sink.writeBytes(text);
  else sink.write(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8'));
}

/** An entry of a directory listing. */
export interface DirEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/** Everything `run` touches outside itself. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /**
   * Opens a file for writing (replacing it), so that output is written a document at a
   * time. Absent, a file's whole output is collected and given to `writeFile`.
   */
  openFile?(path: string): Promise<FileSink>;
  /** Creates a directory and its parents. */
  mkdir(path: string): Promise<void>;
  /** 'file' | 'directory' | null when the path does not exist. */
  kind(path: string): Promise<'file' | 'directory' | null>;
  /** Size of a file in bytes (to decide whether worker threads pay); absent, sizes are unknown. */
  size?(path: string): Promise<number>;
  /** Entries of a directory; symbolic links are 'other' unless they point at a file. */
  list(dir: string): Promise<DirEntry[]>;
  env: Record<string, string | undefined>;
  /** Cores available: the default for --jobs (1 when absent). */
  cpus?: number;
  /** Starts an executor that runs `size` jobs at once, on this thread and worker threads; absent, every file is parsed in-process. */
  createWorkers?(size: number): Executor;
}

/** The real process I/O. */
export function nodeIo(): CliIo {
  return {
    stdout: { write: (t) => void process.stdout.write(t), writeBytes: (b) => void process.stdout.write(b), ready: () => drained(process.stdout), isTTY: process.stdout.isTTY },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY },
    readFile: async (p) => new Uint8Array(await readFile(p)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    writeFile: (p, d) => writeFile(p, d),
    openFile: async (p) => {
      const file = await open(p, 'w');
      return {
        // At the file's current position, looping until all of it is written.
        write: (d) => file.writeFile(d),
        close: () => file.close(),
      };
    },
    mkdir: async (p) => void (await mkdir(p, { recursive: true })),
    kind: async (p) => {
      try {
        const s = await stat(p);
        return s.isDirectory() ? 'directory' : 'file';
      } catch {
        return null;
      }
    },
    size: async (p) => (await stat(p)).size,
    list: async (d) => {
      const entries = await readdir(d, { withFileTypes: true });
      return Promise.all(
        entries.map(async (e): Promise<DirEntry> => {
          if (e.isDirectory()) return { name: e.name, kind: 'directory' };
          if (e.isFile()) return { name: e.name, kind: 'file' };
          // A link to a file is read; a link to a directory is not followed (no loops).
          if (e.isSymbolicLink()) {
            const s = await stat(`${d}/${e.name}`).catch(() => null);
            return { name: e.name, kind: s?.isFile() ? 'file' : 'other' };
          }
          return { name: e.name, kind: 'other' };
        }),
      );
    },
    env: process.env,
    cpus: availableParallelism(),
    createWorkers: (size) => threadedExecutor(size),
  };
}

/**
 * Resolves once `stream` has written what it holds (at once when it holds nothing: on
 * Linux a pipe or file stdout is written synchronously), or has closed or failed — a
 * reader that stops early (`| head`) must not leave the run waiting.
 */
function drained(stream: NodeJS.WriteStream): Promise<void> | void {
  if (!stream.writableNeedDrain) return;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error'] as const) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error'] as const) stream.once(event, done);
  });
}
