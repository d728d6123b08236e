/**
 * The command line's shape: the default command (parse files into json, ndjson, csv or
 * an outline) and `check`, their options, help texts with examples, and the parsing of
 * option values. Commander is set to throw instead of exiting, and to write through the
 * injected streams.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { normaliseEncoding } from '../decode.js';
import { TABLE_NAMES, type TableName } from '../emit/tables.js';
import { VERSION } from '../version.js';
import { CHECK_FORMATS, type CheckFormat } from './report.js';
import { FORCED_FORMATS, type InputFormat } from './inputs.js';
import type { CliIo } from './io.js';
import { defaultJobs, WORKER_THRESHOLD_MB } from './pool.js';

/** Output formats of the default command. */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'outline'] as const;

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Options shared by both commands. */
export interface CommonOptions {
  from?: InputFormat;
  encoding?: string;
  jobs?: number;
  quiet?: boolean;
  color: boolean;
  debug?: boolean;
}

/** Options of the default (parse) command. */
export interface ParseCommandOptions extends CommonOptions {
  out: OutputFormat;
  table?: TableName;
  output?: string;
  bom?: boolean;
}

/** Options of `check`. */
export interface CheckCommandOptions extends CommonOptions {
  format: CheckFormat;
  strict?: boolean;
  ignore?: string[];
}

/** What the commands do, given their arguments. */
export interface Handlers {
  parse(files: string[], options: ParseCommandOptions): Promise<void>;
  check(files: string[], options: CheckCommandOptions): Promise<void>;
}

const INPUT_HELP = 'input files, directories (read recursively: .txt .md .html .htm .pdf .docx) or - for stdin';

const PARSE_EXAMPLES = `
Examples:
  $ gazette-parse notice.txt                          one notice as JSON on stdout
  $ gazette-parse notice.pdf notice.docx page.html    a PDF's text layer, a Word file, a saved web page
  $ gazette-parse gazettes/ --out ndjson | jq .title  every file below gazettes/ it can read, a document per line
  $ gazette-parse notice.txt --out csv --table tasks --bom -o tasks.csv
                                                      the task table, ready for Excel
  $ gazette-parse gazettes/ --out csv -o tables/      every table: tables/documents.csv, tables/tasks.csv, …
  $ gazette-parse notice.txt --out outline            the document tree with line numbers, to eyeball
  $ cat notice.txt | gazette-parse - --encoding gb18030
  $ curl -s URL | gazette-parse - --from html         a page on stdin (a PDF or .docx on stdin is recognised by itself)
  $ gazette-parse check gazettes/ --format github     CI: annotations on the pull request

Inputs: the extension says what a file is (.md .markdown: Markdown; .html .htm: a web page;
.pdf: PDF; .docx: Word); otherwise (.txt, no extension, stdin) its first bytes do (%PDF: PDF;
PK with word/document.xml: Word; <!DOCTYPE html or <html: a web page), and anything else is
OCR'd plain text. --from overrides both. A PDF without a text layer (a scan) needs OCR first.

Exit codes: 0 done, 1 an output failed validation (a bug), 2 usage error or unreadable input.
Run "gazette-parse check --help" for the check command.`;

const CHECK_EXAMPLES = `
Each finding is printed as  file:line:col severity code message  (--format text).

Examples:
  $ gazette-parse check notice.txt
  $ gazette-parse check gazettes/ --strict                 warnings fail too
  $ gazette-parse check gazettes/ --format github          ::error file=…,line=…,col=…::… for GitHub Actions
  $ gazette-parse check gazettes/ --format json > findings.json
  $ gazette-parse check notice.txt --ignore table/uncertain-cells,layout/

Exit codes: 0 clean, 1 any error (or any warning with --strict), 2 usage error or unreadable input.`;

function jobsValue(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of 1 or more (e.g. --jobs 4).');
  return n;
}

function encodingValue(value: string): string {
  if (normaliseEncoding(value) === null) throw new InvalidArgumentError('unknown encoding; use utf-8, utf-16le, utf-16be, gb18030, gbk or big5.');
  return value;
}

function ignoreValue(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

/** Adds the options both commands have. */
function commonOptions(command: Command, jobsByDefault: number): Command {
  return command
    .addOption(
      new Option('--from <format>', 'read inputs as this format instead of telling it from the extension and the first bytes; e.g. --from md for Markdown on stdin').choices(FORCED_FORMATS),
    )
    .addOption(new Option('--encoding <name>', 'force the input encoding instead of detecting it (utf-8, utf-16le, utf-16be, gb18030, gbk, big5); e.g. --encoding gb18030').argParser(encodingValue))
    .addOption(
      new Option(
        '-j, --jobs <n>',
        `files parsed at once, by this thread and n − 1 worker threads (e.g. -j 4). Default: one per core but one (${jobsByDefault} here; 1: no threads) once the inputs reach ${WORKER_THRESHOLD_MB} MB; below that (and for a single file) in-process, where no thread start-up is paid`,
      ).argParser(jobsValue),
    )
    .option('-q, --quiet', 'no summary and no progress on stderr; problems are still reported')
    .option('--no-color', 'no colours (also when the NO_COLOR environment variable is set)')
    .option('--debug', 'print stack traces of internal errors');
}

/** Builds the program; `handlers` are called with parsed arguments. */
export function buildProgram(io: CliIo, handlers: Handlers): Command {
  const jobsByDefault = defaultJobs(io.cpus);
  const program = new Command('gazette-parse')
    .description(
      "Turn Chinese government gazettes (政府公报) — OCR'd text, Markdown, saved web pages, PDF or Word files — into structured data: documents, sections, responsibility clauses, dates and targets, each pointing at its input line (a PDF's: page and line).",
    )
    .usage('[options] <files...>\n       gazette-parse check [options] <files...>')
    // Options after `check` belong to check, even where the default command has the same one.
    .enablePositionalOptions()
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('<files...>', INPUT_HELP)
    .addOption(
      new Option('--out <format>', 'output format: json (one result per input; an array for several), ndjson (a document per line), csv (one table; see --table), outline (indented tree with line numbers)')
        .choices(OUTPUT_FORMATS)
        .default('json'),
    )
    .addOption(
      new Option('--table <name>', 'the table --out csv writes (every row has source, docNumber and line); e.g. --out csv --table tasks. With -o DIR and no --table, every table is written')
        .choices(TABLE_NAMES),
    )
    .option('-o, --output <path>', 'write to this file instead of stdout; a directory (existing, or ending in /) gets one file per input, or per table for csv; e.g. -o out/')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark so that Excel shows the Chinese text; e.g. --out csv --table tasks --bom');
  commonOptions(program, jobsByDefault).addHelpText('after', PARSE_EXAMPLES);

  const check = program
    .command('check')
    .description('Report problems CI should know about: documents without number, title or date, numbering gaps, unbalanced brackets, unclosed responsibility clauses, attachments announced but missing, unknown agencies, schema violations.')
    .usage('[options] <files...>')
    .helpOption('-h, --help', 'show this help')
    .argument('<files...>', INPUT_HELP)
    .addOption(new Option('--format <format>', 'text (file:line:col severity code message), json, or github (workflow commands that annotate a pull request)').choices(CHECK_FORMATS).default('text'))
    .option('--strict', 'fail (exit 1) on warnings as well as errors')
    .option('--ignore <codes>', 'leave out these diagnostic codes, comma-separated; a code ending in / leaves out a whole stage; e.g. --ignore table/uncertain-cells,layout/', ignoreValue);
  commonOptions(check, jobsByDefault).addHelpText('after', CHECK_EXAMPLES);
  check.action((files: string[], options: CheckCommandOptions) => handlers.check(files, options));

  program.action((files: string[], options: ParseCommandOptions) => handlers.parse(files, options));

  for (const command of [program, check]) {
    command
      .exitOverride()
      .showHelpAfterError(`(run "gazette-parse${command === check ? ' check' : ''} --help" for usage)`)
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  }
  return program;
}
