/**
 * The README's examples are real: every `$ ./bin/gazette-parse …` line of its console
 * blocks is run (in a scratch directory linked to this checkout, so that `-o` writes
 * nothing here), and its output must be the one printed under it — exactly, except for
 * runs on the whole seed (their counts move as the phrase stages grow: those must only
 * succeed) and lines marked `# lines shortened`. `echo $?` checks the exit code shown.
 * The Library section's example is run and must print what the README says it prints.
 *
 * When this fails after a deliberate change, run the command shown and paste its output
 * into README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 180_000 });

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Example {
  command: string;
  output: string;
  exact: boolean;
}

/** The commands of the console blocks, each with the lines printed under it. */
function consoleExamples(): Example[][] {
  const blocks = [...README.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.map((block) => {
    const examples: Example[] = [];
    for (const line of block.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('$ ')) {
        const shortened = /#\s*lines shortened/.test(line);
        const command = line.slice(2).replace(/\s+#.*$/, '');
        const exact = !shortened && (command.startsWith('./bin/gazette-parse') || command === 'echo $?') && !command.includes('fixtures/seed/');
        examples.push({ command, output: '', exact });
      } else {
        examples[examples.length - 1]!.output += `${line}\n`;
      }
    }
    return examples;
  });
}

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gazette-readme-'));
  for (const entry of ['bin', 'dist', 'fixtures', 'node_modules', 'package.json', 'schemas']) symlinkSync(join(ROOT, entry), join(scratch, entry));
});

/** Runs `command` with stdout and stderr together, as a terminal would show them. */
function sh(command: string): { code: number; output: string } {
  const r = spawnSync('bash', ['-c', `{ ${command}\n} 2>&1`], { cwd: scratch, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, output: r.stdout };
}

describe('README console examples are real output', () => {
  const blocks = consoleExamples();

  it('has examples for every command and output format', () => {
    const commands = blocks.flat().map((e) => e.command).join('\n');
    for (const want of ['--out outline', '--out ndjson', '--out csv --table tasks', '--out csv --bom -o tables/', 'check ', '--format github', '-q | head -12']) expect(commands).toContain(want);
  });

  for (const [i, examples] of blocks.entries()) {
    it(`block ${i + 1}: ${examples[0]?.command ?? ''}`, () => {
      let last = 0;
      for (const example of examples) {
        const run = example.command === 'echo $?' ? { code: 0, output: `${last}\n` } : sh(example.command);
        if (example.exact) expect(run.output, `$ ${example.command}`).toBe(example.output);
        else expect(run.code, `$ ${example.command}\n${run.output}`).toBe(0);
        if (example.command !== 'echo $?') last = run.code;
      }
    });
  }
});

describe('the README library example', () => {
  it('runs and prints what the README says it prints', () => {
    const library = README.slice(README.indexOf('## Library'));
    const code = /```js\n([\s\S]*?)```/.exec(library)![1]!;
    const printed = /prints\n\n```\n([\s\S]*?)```/.exec(library)![1]!;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: scratch, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.replace(/\r\n/g, '\n')).toBe(printed);
  });
});
