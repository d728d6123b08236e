/**
 * The command line, a thin shell over the library: parse arguments, read inputs, call
 * `parseGazette`, validate, emit. Never calls `process.exit` (it would cut off piped
 * output): returns the exit code. Exit codes: 0 clean, 1 findings, 2 usage or
 * unreadable input.
 */
import { Command, CommanderError, Option } from 'commander';
import { toJson } from '../emit/json.js';
import type { GazetteResult } from '../model.js';
import { parseGazette } from '../parse.js';
import { validateResult } from '../validate.js';
import type { CliIo } from './io.js';
import { VERSION } from '../version.js';

/** Exit codes. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

interface Options {
  out: 'json';
  output?: string;
  encoding?: string;
  quiet?: boolean;
  debug?: boolean;
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('gazette-parse')
    .description("Turn OCR'd Chinese government gazettes (政府公报) into structured data: documents, sections, responsibility clauses, dates and targets, each pointing at its input line.")
    .version(VERSION, '-V, --version')
    .argument('<files...>', 'input files (UTF-8, UTF-16, GB18030); "-" reads stdin')
    .addOption(new Option('--out <format>', 'output format').choices(['json']).default('json'))
    .option('-o, --output <path>', 'write to a file instead of stdout')
    .option('--encoding <name>', 'force the input encoding (utf-8, utf-16le, utf-16be, gb18030, gbk)')
    .option('-q, --quiet', 'no summary on stderr')
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .action(async (files: string[], opts: Options) => {
      exitCode = await parseCommand(files, opts, io);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors get 2.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`gazette-parse: internal error: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  return exitCode;
}

async function parseCommand(files: string[], opts: Options, io: CliIo): Promise<number> {
  const results: GazetteResult[] = [];
  let code: number = EXIT.ok;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (e) {
      io.stderr.write(`gazette-parse: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      code = EXIT.usage;
      continue;
    }
    const result = parseGazette(bytes, { name: file, encoding: opts.encoding });
    const fatal = result.diagnostics.find((d) => d.code.startsWith('input/') && d.severity === 'error');
    if (fatal) {
      io.stderr.write(`gazette-parse: ${file}: ${fatal.message}\n`);
      code = EXIT.usage;
      continue;
    }
    const problems = validateResult(result);
    if (problems.length > 0) {
      io.stderr.write(`gazette-parse: ${file}: output does not match the schema (a bug in gazette-parse; please report it):\n  ${problems.join('\n  ')}\n`);
      code = EXIT.findings;
      continue;
    }
    results.push(result);
  }
  if (results.length > 0) {
    const text = toJson(results, files.length > 1);
    if (opts.output) await io.writeFile(opts.output, text);
    else io.stdout.write(text);
  }
  if (!opts.quiet) {
    for (const r of results) {
      io.stderr.write(`${r.source.name}: ${r.documents.length} documents, ${r.stats.sections} sections, ${r.diagnostics.length} diagnostics\n`);
    }
  }
  return code;
}
