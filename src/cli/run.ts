/**
 * The command line, a thin shell over the library: expand the inputs, process each
 * (in-process, or on worker threads with --jobs), and write outputs in input order.
 * Never calls `process.exit` (it would cut off piped output): returns the exit code.
 * stdout carries only data; everything else goes to stderr.
 *
 * Exit codes: 0 clean; 1 findings (check) or an output that failed validation; 2 usage
 * errors or unreadable input. A bad file does not stop the others: the code is decided
 * at the end.
 */
import { resolve as resolvePath } from 'node:path';
import { TABLE_NAMES, type TableName } from '../emit/tables.js';
import type { CheckCommandOptions, CommonOptions, ParseCommandOptions } from './args.js';
import { formatReports, type CheckReport } from './report.js';
import { expandInputs, type InputSpec } from './inputs.js';
import { writeText, type CliIo, type FileSink } from './io.js';
import { defaultJobs, inProcessExecutor, runOrdered, WORKER_THRESHOLD_MB, type Executor } from './pool.js';
import type { EmitSpec, Job, Outcome, Pieces, Summary, Text } from './process.js';

/** Exit codes. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // Commander is loaded here rather than with the module: importing the library does
  // not load the command line's parser.
  const [{ CommanderError }, { buildProgram }] = await Promise.all([import('commander'), import('./args.js')]);
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const program = buildProgram(io, {
    parse: async (files, options) => {
      debug = options.debug === true;
      exitCode = await parseCommand(files, options, io);
    },
    check: async (files, options) => {
      debug = options.debug === true;
      exitCode = await checkCommand(files, options, io);
    },
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version come through here with code 0; usage errors get 2.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(`gazette-parse: error: ${error.message}\n`);
    if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    else if (!(error as UsageError).usage) io.stderr.write('(rerun with --debug for the stack trace)\n');
    return (error as UsageError).exitCode ?? EXIT.usage;
  }
  return exitCode;
}

/** An error that stops the whole run with a message and no stack trace. */
class UsageError extends Error {
  readonly usage = true;
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** Talk on stderr: problems, summaries, and a progress line when stderr is a terminal. */
class Talk {
  private progressShown = false;
  readonly color: boolean;

  constructor(
    private readonly io: CliIo,
    private readonly options: CommonOptions,
    private readonly total: number,
  ) {
    this.color = options.color && !io.env.NO_COLOR && io.stderr.isTTY === true;
  }

  /** A problem with one input or with the run: always shown. */
  problem(name: string | null, message: string, detail?: string): void {
    this.clear();
    const label = this.color ? '\u001b[31merror\u001b[39m' : 'error';
    this.io.stderr.write(`gazette-parse: ${label}: ${name ? `${name}: ` : ''}${message}\n`);
    if (detail) this.io.stderr.write(detail.replace(/^/gm, '  ') + '\n');
  }

  /** A summary or note: not with --quiet. */
  note(message: string): void {
    if (this.options.quiet) return;
    this.clear();
    this.io.stderr.write(`${message}\n`);
  }

  /** `[3/32] name`, overwritten in place; only on a terminal, with several files, without --quiet. */
  progress(done: number, name: string): void {
    if (this.options.quiet || this.total < 2 || this.io.stderr.isTTY !== true) return;
    this.io.stderr.write(`\r\u001b[2K[${done}/${this.total}] ${name}`);
    this.progressShown = true;
  }

  clear(): void {
    if (!this.progressShown) return;
    this.io.stderr.write('\r\u001b[2K');
    this.progressShown = false;
  }
}

/**
 * Parses every input (in this thread or on workers, see `executorFor`) and hands each
 * outcome to `onOutcome` in input order; the workers are stopped and the progress line
 * cleared however it ends.
 */
async function processInputs(
  inputs: readonly InputSpec[],
  options: CommonOptions,
  emit: EmitSpec,
  io: CliIo,
  talk: Talk,
  onOutcome: (outcome: Outcome) => void | Promise<void>,
): Promise<void> {
  const { executor, inFlight } = await executorFor(inputs, options, io);
  try {
    await runOrdered(inputs.length, preparer(inputs, options, emit, io), executor, inFlight, onOutcome);
  } finally {
    await executor.close();
    talk.clear();
  }
}

/** Reads input `index` and makes its job, or a failed outcome when it cannot be read. */
function preparer(inputs: readonly InputSpec[], options: CommonOptions, emit: EmitSpec, io: CliIo) {
  return async (index: number): Promise<Job | Outcome> => {
    const input = inputs[index]!;
    try {
      const bytes = input.path === null ? await io.readStdin() : await io.readFile(input.path);
      return { index, name: input.name, bytes, format: input.format, emit, ...(options.encoding ? { encoding: options.encoding } : {}) };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : (err.code ?? err.message);
      return { index, name: input.name, ok: false, failure: 'input', message: `cannot read: ${why}` };
    }
  };
}

/**
 * The executor for a run, and how many inputs to have in flight: worker threads only
 * when they can pay for themselves. Each thread loads the parser and warms it up (a few
 * tenths of a second, and a few seeds' worth of slower parsing), so without --jobs small
 * inputs stay in-process. With threads, each one's next input is read and sent while it
 * parses the current one, so that a thread that finishes never waits for a file.
 */
async function executorFor(inputs: readonly InputSpec[], options: CommonOptions, io: CliIo): Promise<{ executor: Executor; inFlight: number }> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(io.cpus), inputs.length));
  if (jobs > 1 && io.createWorkers && (options.jobs !== undefined || (await totalBytes(inputs, io)) >= WORKER_THRESHOLD_MB * 1024 * 1024)) {
    const executor = io.createWorkers(jobs);
    return { executor, inFlight: executor.inFlight ?? 2 * jobs };
  }
  return { executor: inProcessExecutor(), inFlight: 1 };
}

/** The total size of the inputs; stdin, and files whose size is unknown, count as large. */
async function totalBytes(inputs: readonly InputSpec[], io: CliIo): Promise<number> {
  let total = 0;
  for (const input of inputs) {
    const size = input.path === null || !io.size ? null : await io.size(input.path).catch(() => null);
    if (size === null) return Number.POSITIVE_INFINITY;
    total += size;
  }
  return total;
}

/** Expands inputs and reports the arguments that cannot be used; throws when nothing is left to read. */
async function collectInputs(files: readonly string[], options: CommonOptions, io: CliIo) {
  const { inputs, problems, notes } = await expandInputs(files, io, options.from);
  const early = new Talk(io, options, inputs.length);
  for (const p of problems) early.problem(p.name, p.message);
  for (const n of notes) early.note(n);
  if (inputs.length === 0) throw new UsageError(problems.length > 0 ? 'nothing left to read' : 'no input files found (name .txt or .md files, directories, or - for stdin)');
  return { inputs, failedArgs: problems.length };
}

const summaryText = (s: Summary): string => {
  const parts = [count(s.errors, 'error'), count(s.warnings, 'warning'), count(s.infos, 'info')].filter((p) => !p.startsWith('0 '));
  return `${count(s.documents, 'document')}, ${count(s.sections, 'section')}${parts.length ? `; ${parts.join(', ')}` : ''}`;
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Where output goes: stdout, one file, or a directory. */
type Destination = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'dir'; path: string };

async function destinationFor(path: string | undefined, needsDir: boolean, io: CliIo): Promise<Destination> {
  if (path === undefined) return { kind: 'stdout' };
  const existing = await io.kind(path);
  if (needsDir && existing === null && !/[\\/]$/.test(path) && /\.[A-Za-z0-9]{1,5}$/.test(path)) {
    throw new UsageError(`--out csv without --table writes every table, one file each: give -o a directory (e.g. -o tables/), or pick one table with --table`);
  }
  if (existing === 'directory' || /[\\/]$/.test(path) || needsDir) {
    if (existing === 'file') throw new UsageError(`-o ${path}: this output needs a directory, and ${path} is a file`);
    await io.mkdir(path).catch((e: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot create directory ${path}: ${e.code ?? e.message}`);
    });
    return { kind: 'dir', path: path.replace(/[\\/]+$/, '') || path };
  }
  return { kind: 'file', path };
}

/**
 * Text written in order, a piece at a time: to stdout, or to a file opened at the first
 * write (collected and written at the end when the I/O cannot open files).
 */
class TextOut {
  private file: Promise<FileSink> | null = null;
  private readonly chunks: Text[] = [];
  constructor(
    private readonly io: CliIo,
    readonly path: string | null,
  ) {}

  /** Writes text, or each of its pieces in turn, waiting while stdout's reader catches up. */
  async write(text: Text | Pieces): Promise<void> {
    const pieces = typeof text === 'string' || text instanceof Uint8Array ? [text] : text;
    for (const piece of pieces) {
      if (this.path === null) {
        writeText(this.io.stdout, piece);
        await this.io.stdout.ready?.();
      } else if (this.io.openFile) {
        const file = await (this.file ??= this.open(this.path, this.io.openFile));
        await failing(this.path, file.write(piece));
      } else {
        this.chunks.push(piece);
      }
    }
  }

  async finish(): Promise<void> {
    if (this.path === null) return;
    if (this.file) return failing(this.path, (await this.file).close());
    if (!this.io.openFile) {
      const { chunks } = this;
      const data = chunks.every((c) => typeof c === 'string') ? chunks.join('') : Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
      await failing(this.path, this.io.writeFile(this.path, data));
    }
  }

  private open(path: string, openFile: (path: string) => Promise<FileSink>): Promise<FileSink> {
    return failing(path, openFile(path));
  }
}

/** `operation` on file `path`, its failure a usage error that names the file. */
async function failing<T>(path: string, operation: Promise<T>): Promise<T> {
  try {
    return await operation;
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** File names for one-file-per-input output: the input's path below its argument, made unique. */
function perInputNamer(dir: string, extension: string) {
  const used = new Set<string>();
  return (input: InputSpec): string => {
    const stem = input.relative.replace(/\.(txt|md|markdown)$/i, '');
    let name = `${stem}${extension}`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}${extension}`;
    used.add(name);
    return `${dir}/${name}`;
  };
}

const EXTENSIONS = { json: '.json', ndjson: '.ndjson', outline: '.outline.txt' } as const;

async function parseCommand(files: string[], options: ParseCommandOptions, io: CliIo): Promise<number> {
  if (options.table && options.out !== 'csv') throw new UsageError(`--table applies to --out csv (e.g. --out csv --table ${options.table})`);
  if (options.bom && options.out !== 'csv') throw new UsageError('--bom applies to --out csv');
  if (options.out === 'csv' && !options.table && options.output === undefined) {
    throw new UsageError(`--out csv needs --table NAME (${TABLE_NAMES.join(', ')}), or -o DIR to write every table`);
  }
  const { inputs, failedArgs } = await collectInputs(files, options, io);
  const talk = new Talk(io, options, inputs.length);
  const destination = await destinationFor(options.output, options.out === 'csv' && !options.table, io);
  const several = files.length > 1 || inputs.some((i) => i.name !== files[0]);
  // Output is written as it comes: a file that is also a later input would be overwritten before it is read.
  if (destination.kind === 'file' && inputs.some((i) => i.path !== null && resolvePath(i.path) === resolvePath(destination.path))) {
    throw new UsageError(`-o ${destination.path} is also an input: name another file to write to`);
  }

  const perInput = destination.kind === 'dir' && options.out !== 'csv' ? perInputNamer(destination.path, EXTENSIONS[options.out]) : null;
  // Several results on one output make one JSON array: each is rendered as an element.
  const jsonArray = options.out === 'json' && several && !perInput;
  const tables: TableName[] = options.out === 'csv' ? (options.table ? [options.table] : [...TABLE_NAMES]) : [];
  const emit: EmitSpec = options.out === 'csv' ? { kind: 'csv', tables } : options.out === 'json' ? { kind: 'json', element: jsonArray } : { kind: options.out };

  // Writers for each format and destination.
  const single = new TextOut(io, destination.kind === 'file' ? destination.path : null);
  const csvOuts = new Map<TableName, TextOut>();
  if (options.out === 'csv') {
    // Loaded here, not at start-up: only CSV output needs csv-stringify.
    const { BOM, rowsToCsv } = await import('../emit/csv.js');
    for (const t of tables) {
      const out = destination.kind === 'dir' ? new TextOut(io, `${destination.path}/${t}.csv`) : single;
      await out.write((options.bom ? BOM : '') + rowsToCsv(t, [], { header: true }));
      csvOuts.set(t, out);
    }
  }
  let jsonItems = 0;

  let code: number = failedArgs > 0 ? EXIT.usage : EXIT.ok;
  let done = 0;
  const totals: Summary = { documents: 0, sections: 0, errors: 0, warnings: 0, infos: 0 };
  let failed = 0;

  const onOutcome = async (outcome: Outcome) => {
    done++;
    talk.progress(done, outcome.name);
    if (!outcome.ok) {
      failed++;
      talk.problem(outcome.name, outcome.message, outcome.failure === 'schema' || options.debug ? outcome.detail : undefined);
      code = Math.max(code, outcome.failure === 'input' ? EXIT.usage : EXIT.findings);
      return;
    }
    for (const k of Object.keys(totals) as (keyof Summary)[]) totals[k] += outcome.summary[k];
    talk.note(`${outcome.name}: ${summaryText(outcome.summary)}`);
    const payload = outcome.payload;
    if (!payload) return;
    if ('tables' in payload) {
      for (const [t, pieces] of Object.entries(payload.tables)) await csvOuts.get(t as TableName)!.write(pieces);
      return;
    }
    if (perInput) {
      const path = perInput(inputs[outcome.index]!);
      await io.mkdir(path.slice(0, path.lastIndexOf('/')));
      const out = new TextOut(io, path);
      await out.write(payload.text);
      await out.finish();
      return;
    }
    // Exactly JSON.stringify(array, null, 2) around the elements.
    if (jsonArray) await single.write(jsonItems++ === 0 ? '[\n  ' : ',\n  ');
    await single.write(payload.text);
  };

  await processInputs(inputs, options, emit, io, talk, onOutcome);
  if (jsonArray) await single.write(jsonItems === 0 ? '[]\n' : '\n]\n');
  for (const out of new Set([single, ...csvOuts.values()])) await out.finish();
  if (inputs.length > 1) {
    talk.note(`${count(inputs.length, 'file')}: ${summaryText(totals)}${failed ? `; ${failed} failed` : ''}`);
  }
  if (totals.errors + totals.warnings > 0) talk.note('(run "gazette-parse check" on the same files to list the diagnostics)');
  return code;
}

async function checkCommand(files: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const { inputs, failedArgs } = await collectInputs(files, options, io);
  const talk = new Talk(io, options, inputs.length);
  const emit: EmitSpec = { kind: 'check', options: { strict: options.strict === true, ignore: options.ignore ?? [] } };
  const color = options.color && !io.env.NO_COLOR && io.stdout.isTTY === true;
  const reports: CheckReport[] = [];
  let code: number = failedArgs > 0 ? EXIT.usage : EXIT.ok;
  let done = 0;

  const onOutcome = (outcome: Outcome) => {
    done++;
    talk.progress(done, outcome.name);
    if (outcome.report) {
      reports.push(outcome.report);
      if (outcome.report.failed) code = Math.max(code, EXIT.findings);
      if (options.format !== 'json') {
        const text = formatReports([outcome.report], options.format, { color });
        if (text) {
          talk.clear();
          io.stdout.write(text);
        }
      }
    }
    if (!outcome.ok) {
      // Unreadable input is also a finding in the report when it could be opened (binary…);
      // the message on stderr says what to do.
      talk.problem(outcome.name, outcome.message, options.debug ? outcome.detail : undefined);
      code = Math.max(code, outcome.failure === 'input' ? EXIT.usage : EXIT.findings);
    }
  };

  await processInputs(inputs, options, emit, io, talk, onOutcome);
  if (options.format === 'json') io.stdout.write(formatReports(reports, 'json'));
  const sum = (k: 'errors' | 'warnings' | 'infos') => reports.reduce((n, r) => n + r[k], 0);
  const findings = [count(sum('errors'), 'error'), count(sum('warnings'), 'warning'), count(sum('infos'), 'info')].join(', ');
  const failedFiles = reports.filter((r) => r.failed).length;
  talk.note(`${count(inputs.length, 'file')} checked: ${findings}${failedFiles ? `; ${count(failedFiles, 'file')} ${failedFiles === 1 ? 'fails' : 'fail'}${options.strict ? ' with --strict' : ''}` : ''}`);
  return code;
}
