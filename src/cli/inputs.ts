/**
 * Inputs: the files, directories and `-` named on the command line, expanded into the
 * list of inputs in a stable order, and the format of each as far as its name tells it
 * (the reader looks at the content of the rest). Nothing here loads the parser: with
 * --jobs only the worker threads do.
 */
import type { CliIo } from './io.js';

/**
 * The input formats: OCR'd plain text, Markdown, a web page, PDF, Word (.docx); `auto`
 * when the name does not tell (`.txt`, no extension, stdin): the reader then looks at the
 * first bytes (`%PDF`, a zip holding word/document.xml, `<html`) and reads text otherwise.
 */
export type InputFormat = 'auto' | 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** The formats `--from` can force. */
export const FORCED_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx'] as const;

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

/** The format each extension stands for. `.txt` is `auto`: a saved page or a PDF is sometimes named so. */
const EXTENSION_FORMATS: ReadonlyMap<string, InputFormat> = new Map([
  ['md', 'md'],
  ['markdown', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['shtml', 'html'],
  ['pdf', 'pdf'],
  ['docx', 'docx'],
  ['txt', 'auto'],
]);

/** Extensions read when a directory is named. */
export const DIRECTORY_EXTENSIONS: readonly string[] = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'];

/** The format `from` forces, else the one the extension of `name` stands for, else `auto`. */
export function formatOf(name: string, from?: InputFormat): InputFormat {
  if (from) return from;
  const m = /\.([A-Za-z]+)$/.exec(name);
  return (m && EXTENSION_FORMATS.get(m[1]!.toLowerCase())) || 'auto';
}

/**
 * Expands the arguments: files as given (any extension), directories recursively
 * (every `DIRECTORY_EXTENSIONS`; hidden entries and node_modules skipped; sorted), `-`
 * once for stdin. A path that does not exist is a problem, reported and skipped.
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
      inputs.push({ name: '-', path: null, relative: 'stdin', format: from ?? 'auto' });
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
      if (found.length === 0) notes.push(`${arg}: no ${DIRECTORY_EXTENSIONS.map((e) => `.${e}`).join(', ')} files in this directory`);
      for (const rel of found) {
        const path = joinPath(arg, rel);
        inputs.push({ name: path, path, relative: rel, format: formatOf(rel, from) });
      }
    }
  }
  return { inputs, problems, notes };
}

async function walk(root: string, rel: string, io: CliIo): Promise<string[]> {
  // Word's lock files (~$name.docx) are not documents.
  const entries = (await io.list(rel ? joinPath(root, rel) : root)).filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$') && e.name !== 'node_modules');
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.kind === 'directory') out.push(...(await walk(root, child, io)));
    else if (e.kind === 'file' && DIRECTORY_EXTENSIONS.includes(e.name.replace(/^.*\./, '').toLowerCase()) && e.name.includes('.')) out.push(child);
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
