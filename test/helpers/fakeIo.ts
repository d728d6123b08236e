/** An in-memory `CliIo` for running the CLI in-process: files, stdin, captured streams. */
import { readFileSync } from 'node:fs';
import type { CliIo, DirEntry } from '../../src/cli/io.js';
import type { Executor } from '../../src/cli/pool.js';
import { fixturePath } from './seed.js';

/** What a test can set up. */
export interface FakeIoOptions {
  /** Files by path: text (UTF-8) or bytes. Directories are implied by the paths. */
  files?: Record<string, string | Uint8Array>;
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  cpus?: number;
  createWorkers?: (size: number) => Executor;
  /** Paths whose writes fail with this code. */
  failWrites?: Record<string, string>;
  /** Report file sizes (`io.size`); without it sizes are unknown, as the CLI then assumes large. */
  knowSizes?: boolean;
  /** No `openFile`: files are written whole by `writeFile`, as with an io that cannot stream. */
  noOpenFile?: boolean;
}

/** The fake and what the run left in it. */
export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  written: Map<string, string>;
  /** How many writes made each file: by `openFile`, one per piece; by `writeFile`, one. */
  writes: Map<string, number>;
  dirs: Set<string>;
}

/** Bytes of a real fixture, for `files`. */
export const fixture = (relative: string): Uint8Array => new Uint8Array(readFileSync(fixturePath(relative)));

/** Builds a fake io. */
export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const files = new Map<string, Uint8Array>(
    Object.entries(options.files ?? {}).map(([p, v]) => [p, typeof v === 'string' ? new Uint8Array(Buffer.from(v, 'utf8')) : v]),
  );
  const dirs = new Set<string>();
  for (const p of files.keys()) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const writes = new Map<string, number>();
  const made = new Set<string>();
  const failure = (p: string) => {
    const code = options.failWrites?.[p];
    if (!code) return null;
    const err = new Error(`${code}: ${p}`) as NodeJS.ErrnoException;
    err.code = code;
    return err;
  };
  const text = (d: string | Uint8Array) => (typeof d === 'string' ? d : Buffer.from(d).toString('utf8'));
  const norm = (p: string) => p.replace(/\/+$/, '');
  return {
    stdout: { write: (t) => void (stdout += t), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (t) => void (stderr += t), isTTY: options.stderrTTY ?? false },
    readFile: async (p) => {
      const f = files.get(p);
      if (f) return f;
      const err = new Error(`ENOENT: ${p}`) as NodeJS.ErrnoException;
      err.code = dirs.has(norm(p)) ? 'EISDIR' : 'ENOENT';
      throw err;
    },
    readStdin: async () => (typeof options.stdin === 'string' ? new Uint8Array(Buffer.from(options.stdin, 'utf8')) : (options.stdin ?? new Uint8Array())),
    writeFile: async (p, d) => {
      const err = failure(p);
      if (err) throw err;
      written.set(p, text(d));
      writes.set(p, 1);
    },
    ...(options.noOpenFile
      ? {}
      : {
          openFile: async (p: string) => {
            const err = failure(p);
            if (err) throw err;
            // Bytes are kept as they come and decoded at the end: a piece may end inside a character.
            const chunks: Buffer[] = [];
            writes.set(p, 0);
            return {
              write: async (d: string | Uint8Array) => {
                chunks.push(typeof d === 'string' ? Buffer.from(d, 'utf8') : Buffer.from(d));
                writes.set(p, writes.get(p)! + 1);
              },
              close: async () => void written.set(p, Buffer.concat(chunks).toString('utf8')),
            };
          },
        }),
    mkdir: async (p) => void made.add(norm(p)),
    kind: async (p) => (files.has(p) || written.has(p) ? 'file' : dirs.has(norm(p)) || made.has(norm(p)) ? 'directory' : null),
    list: async (d) => {
      const prefix = `${norm(d)}/`;
      const names = new Map<string, DirEntry['kind']>();
      for (const p of files.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        const [first, ...more] = rest.split('/');
        names.set(first!, more.length > 0 ? 'directory' : 'file');
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
    env: options.env ?? {},
    cpus: options.cpus ?? 1,
    ...(options.createWorkers ? { createWorkers: options.createWorkers } : {}),
    ...(options.knowSizes
      ? {
          size: async (p: string) => {
            const f = files.get(p);
            if (!f) throw new Error(`ENOENT: ${p}`);
            return f.length;
          },
        }
      : {}),
    out: () => stdout,
    err: () => stderr,
    written,
    writes,
    dirs: made,
  };
}
