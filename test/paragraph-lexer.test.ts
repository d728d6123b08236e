/**
 * The paragraph lexer's start-character hints (`start_chars_hint`) stand in for Chevrotain's
 * reading of the token patterns, which they save at start-up: a lexer built from the same
 * patterns without hints must try the same tokens at every character, and give the same
 * tokens on every line of the recorded inputs, on every single character and on every
 * string of up to three characters of the alphabet the tokens open and end with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IToken, TokenType } from 'chevrotain';
import { createToken, Lexer } from '../grammar/chevrotain.js';
import { lexerConfig } from '../grammar/lexerConfig.js';
import { CjkText, openingEnd, opensWithPlainText, PARAGRAPH_TOKENS, paragraphLexer } from '../grammar/paragraphLexer.js';
import { recordedInputs, ROOT } from './output-identity/inputs.mjs';

/** The same tokens without hints: Chevrotain reads their first characters from the patterns. */
const UNHINTED = PARAGRAPH_TOKENS.map((t) =>
  createToken({ name: t.name, pattern: t.PATTERN as RegExp, line_breaks: t.LINE_BREAKS ?? false, ...(t.GROUP === undefined ? {} : { group: t.GROUP as string }) }),
);
const hinted = new Lexer(PARAGRAPH_TOKENS, lexerConfig(true));
const unhinted = new Lexer(UNHINTED, lexerConfig(true));

const tokensOf = (lexer: InstanceType<typeof Lexer>, text: string): string =>
  JSON.stringify(lexer.tokenize(text).tokens.map((t: IToken) => [t.tokenType.name, t.startOffset, t.image]));

/** The texts on which the two lexers give different tokens. */
const disagreements = (texts: Iterable<string>): string[] => {
  const out: string[] = [];
  for (const text of texts) if (tokensOf(hinted, text) !== tokensOf(unhinted, text)) out.push(text);
  return out;
};

/** The characters the tokens open with, end with or hold next to each other, and one of every other kind. */
const ALPHABET = [...'第一二十百〇零○Oo两（(）)、.．,，0９年月日号號〔〕[]【】附件①⑳ \t\u3000:：。;；！?此公开发布章节条aＺ中㐀—'];

function* shortStrings(length: number, prefix = ''): Generator<string> {
  if (prefix.length > 0) yield prefix;
  if (prefix.length === length) return;
  for (const c of ALPHABET) yield* shortStrings(length, prefix + c);
}

const recordedLines = (): string[] =>
  recordedInputs()
    .filter((path) => path.endsWith('.txt') || path.endsWith('.md'))
    .flatMap((path) => readFileSync(join(ROOT, path), 'utf8').split('\n'));

describe('the paragraph lexer’s start-character hints', () => {
  it('try each token at exactly the characters Chevrotain reads from its pattern', () => {
    type Configs = Record<string, ({ tokenType: TokenType }[] | undefined)[]>;
    const firstCharMap = (lexer: InstanceType<typeof Lexer>): string[] =>
      [...(lexer as unknown as { charCodeToPatternIdxToConfig: Configs }).charCodeToPatternIdxToConfig['defaultMode']!].map((configs) =>
        (configs ?? []).map((c) => c.tokenType.name).join(' '),
      );
    expect(PARAGRAPH_TOKENS.every((t) => Array.isArray(t.START_CHARS_HINT))).toBe(true);
    const map = firstCharMap(hinted);
    expect(map.filter((c) => c !== '').length).toBeGreaterThan(200);
    expect(map).toEqual(firstCharMap(unhinted));
  });

  it('give the tokens of the unhinted lexer on every line of the recorded inputs', () => {
    const lines = recordedLines();
    expect(lines.length).toBeGreaterThan(50000);
    expect(disagreements(lines)).toEqual([]);
  });

  it('give the tokens of the unhinted lexer on every character and on short strings of the tokens’ alphabet', () => {
    const singles = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    expect(disagreements(singles)).toEqual([]);
    expect(disagreements(shortStrings(3))).toEqual([]);
  });
});

describe('opensWithPlainText', () => {
  /** The openings it says the lexer would open with plain CJK text, where the lexer does not. */
  const wrong = (openings: Iterable<string>): string[] => {
    const out: string[] = [];
    for (const opening of openings) if (opensWithPlainText(opening) && paragraphLexer.tokenize(opening).tokens[0]?.tokenType !== CjkText) out.push(opening);
    return out;
  };

  it('is true only of openings whose first token is CjkText: every recorded line, every line after each of its characters', () => {
    const lines = recordedLines().map((line) => line.trimStart());
    const openings = lines.flatMap((line) => [line, ...[...line.slice(0, 16)].map((_, i) => line.slice(i + 1))]).map((o) => o.slice(0, openingEnd(o)));
    expect(openings.length).toBeGreaterThan(500000);
    expect(wrong(openings)).toEqual([]);
    // and it is true of most that open so
    const plain = openings.filter((o) => paragraphLexer.tokenize(o).tokens[0]?.tokenType === CjkText);
    expect(plain.filter(opensWithPlainText).length).toBeGreaterThan(plain.length * 0.7);
  });

  it('is true only of openings whose first token is CjkText: every character and short strings of the tokens’ alphabet', () => {
    expect(wrong(Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)))).toEqual([]);
    expect(wrong(shortStrings(3))).toEqual([]);
    expect(opensWithPlainText('　为进一步加强')).toBe(true);
    expect(['附件', '第一条', '一、', '吕政办发〔2020〕50号', '二〇二〇年', '（一）', ' '].filter(opensWithPlainText)).toEqual([]);
  });
});
