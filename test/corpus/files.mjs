/**
 * A corpus of real notices with gold, as laid out in `fixtures/corpus/` (and in the
 * shared development corpus it copies): which files each layout holds, and the two ways
 * of parsing them for `score.mjs` — in-process through the library, or by spawning the
 * CLI as the corpus's own Python scorer does. Both give the same outcome for a file:
 * a parse that throws, stops on unreadable input or fails the schema is a crash (the CLI
 * writes no JSON then), and `check`'s errors are those of the CLI's `check --format json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { byCodePoint } from './score.mjs';

/** The layouts a corpus may hold, in the order they are scored. */
export const LAYOUTS = ['raw', 'ocr', 'pdf', 'pdftotext', 'issues'];

/**
 * @typedef {object} CorpusFile  one text to score and its gold
 * @property {string} layout
 * @property {string} stem  the file's name without `.txt`
 * @property {string} path
 * @property {object[]} gold  the gold documents, in order
 */

/** The layouts present in a corpus directory, or those of `wanted` that are, in the order asked. */
export function layoutsOf(dir, wanted = null) {
  const present = LAYOUTS.filter((l) => existsSync(join(dir, l)) && statSync(join(dir, l)).isDirectory());
  return (wanted ?? present).filter((l) => present.includes(l));
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const sortedNames = (dir) => readdirSync(dir).sort(byCodePoint);

/**
 * The files of one layout: `<layout>/<stem>.txt` for each `gold/<stem>.json`, or for
 * `issues/`, each `<stem>.txt` with its gold `<stem>.json` beside it.
 */
export function layoutFiles(dir, layout) {
  if (layout === 'issues') {
    return sortedNames(join(dir, 'issues'))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => {
        const stem = name.slice(0, -4);
        return { layout, stem, path: join(dir, 'issues', name), gold: readJson(join(dir, 'issues', `${stem}.json`)).documents };
      });
  }
  return sortedNames(join(dir, 'gold')).flatMap((name) => {
    const stem = name.slice(0, -5);
    const path = join(dir, layout, `${stem}.txt`);
    if (!existsSync(path)) return [];
    return [{ layout, stem, path, gold: readJson(join(dir, 'gold', name)).documents }];
  });
}

/**
 * A parser running in this process on the library's own functions — the built package
 * (`dist/src/index.js`) or its sources under vitest. The parse is done once per file;
 * `check`'s findings come from the same result.
 *
 * @param {{ parseInput: Function, checkResult: Function, validateResult: Function }} lib
 * @returns {(path: string) => import('./score.mjs').Outcome}
 */
export function inProcessParser(lib) {
  return (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    let result;
    try {
      result = lib.parseInput(bytes, { name: path });
    } catch (e) {
      // The CLI's check writes no report for an internal error, and the Python scorer then
      // counts no error on the file: the crash is what counts it.
      return { result: null, crash: `internal error: ${e instanceof Error ? e.message : String(e)}`, checkErrors: () => [] };
    }
    const checkErrors = () =>
      lib
        .checkResult(result)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code);
    const fatal = result.diagnostics.find((d) => d.code.startsWith('input/') && d.severity === 'error');
    if (fatal) return { result: null, crash: fatal.message, checkErrors };
    const problems = lib.validateResult(result);
    if (problems.length > 0) return { result: null, crash: `schema violation: ${problems.join('; ')}`, checkErrors };
    return { result, crash: null, checkErrors };
  };
}

/**
 * A parser that spawns the CLI twice per file, as the Python scorer does: the parse with
 * `--out json`, and (when the scorer asks for it) `check --format json -q`.
 *
 * @param {string} bin  the path of `bin/gazette-parse`
 * @returns {(path: string) => import('./score.mjs').Outcome}
 */
export function spawningParser(bin) {
  const run = (args) => spawnSync(process.execPath, [bin, ...args], { timeout: 120_000, maxBuffer: 1024 * 1024 * 1024 });
  return (path) => {
    const checkErrors = () => checkErrorsOf(run, path);
    const p = run([path, '--out', 'json']);
    if (p.error) return { result: null, crash: p.error.message, checkErrors };
    if (p.status !== 0 && p.status !== 1) return { result: null, crash: p.stderr.toString('utf8').slice(0, 200), checkErrors };
    try {
      const r = JSON.parse(p.stdout.toString('utf8'));
      return { result: Array.isArray(r) ? r[0] : r, crash: null, checkErrors };
    } catch (e) {
      return { result: null, crash: e.message, checkErrors };
    }
  };
}

/** The error codes of `check` on a file; its text output when the JSON cannot be read, as the Python scorer falls back. */
function checkErrorsOf(run, path) {
  try {
    let rep = JSON.parse(run(['check', path, '--format', 'json', '-q']).stdout.toString('utf8'));
    if (Array.isArray(rep)) {
      if (rep.length === 0) throw new Error('no report');
      rep = rep[0];
    }
    if (rep !== null && typeof rep === 'object' && 'reports' in rep) rep = rep.reports[0];
    const diagnostics = rep.diagnostics || rep.findings || [];
    return diagnostics.filter((d) => d.severity === 'error').map((d) => d.code ?? null);
  } catch {
    const p = run(['check', path, '-q']);
    if (p.error) return [`check crashed: ${p.error.message}`];
    const errors = p.stdout.toString('utf8').split(/\r\n|\r|\n/).filter((l) => l.includes(' error '));
    return errors.map((l) => l.split(' error ')[1].split(' ')[0]);
  }
}
