/**
 * Inputs: the files, directories and `-` named on the command line, expanded into the
 * list of inputs in a stable order, and the format (plain text or Markdown) of each.
 * Nothing here loads the parser: with --jobs only the worker threads do.
 */
import type { CliIo } from './io.js';

/** The input formats: OCR'd plain text, or Markdown. */
export type InputFormat = 'txt' | 'md';

/** One input to read. */
export interface InputSpec {
  /** The name shown in output and messages: the path as given (or found), `-` for stdin. */
  name: string;
  /** The path to read; null for stdin. */
  path: string | null;
  /** The path below the directory argument it was found in (its own name for a file argument). */
  relative: string;
  format: InputFormat;
}

/** A path argument that could not be used. */
export interface InputProblem {
  name: string;
  message: string;
}

/** Extensions read when a directory is named. */
const DIRECTORY_EXTENSIONS = /\.(txt|md|markdown)$/i;
const MARKDOWN_EXTENSIONS = /\.(md|markdown)$/i;

/** `md` for `.md`/`.markdown`, else `txt`, unless `from` says otherwise. */
export function formatOf(name: string, from?: InputFormat): InputFormat {
  if (from) return from;
  return MARKDOWN_EXTENSIONS.test(name) ? 'md' : 'txt';
}

/**
 * Expands the arguments: files as given (any extension), directories recursively
 * (`.txt`, `.md`, `.markdown`; hidden entries and node_modules skipped; sorted), `-` once
 * for stdin. A path that does not exist is a problem, reported and skipped.
 */
export async function expandInputs(args: readonly string[], io: CliIo, from?: InputFormat): Promise<{ inputs: InputSpec[]; problems: InputProblem[]; notes: string[] }> {
  const inputs: InputSpec[] = [];
  const problems: InputProblem[] = [];
  const notes: string[] = [];
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) {
        problems.push({ name: '-', message: 'stdin is named more than once; it can be read only once' });
        continue;
      }
      stdinSeen = true;
      inputs.push({ name: '-', path: null, relative: 'stdin', format: from ?? 'txt' });
      continue;
    }
    const kind = await io.kind(arg);
    if (kind === null) {
      problems.push({ name: arg, message: 'no such file or directory (check the path)' });
    } else if (kind === 'file') {
      inputs.push({ name: arg, path: arg, relative: baseName(arg), format: formatOf(arg, from) });
    } else {
      let found: string[];
      try {
        found = await walk(arg, '', io);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        problems.push({ name: arg, message: `cannot read this directory: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message)}` });
        continue;
      }
      if (found.length === 0) notes.push(`${arg}: no .txt or .md files in this directory`);
      for (const rel of found) {
        const path = joinPath(arg, rel);
        inputs.push({ name: path, path, relative: rel, format: formatOf(rel, from) });
      }
    }
  }
  return { inputs, problems, notes };
}

async function walk(root: string, rel: string, io: CliIo): Promise<string[]> {
  const entries = (await io.list(rel ? joinPath(root, rel) : root)).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules');
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.kind === 'directory') out.push(...(await walk(root, child, io)));
    else if (e.kind === 'file' && DIRECTORY_EXTENSIONS.test(e.name)) out.push(child);
  }
  return out;
}

function joinPath(dir: string, rel: string): string {
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

function baseName(path: string): string {
  const parts = path.split(/[/\\]/);
  return parts[parts.length - 1] || path;
}
