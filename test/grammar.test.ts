/**
 * The document grammar as the library builds it: singletons that skip Chevrotain's
 * definition checks at start-up (so the checks run here), and skeletons that name
 * paragraphs by index so the tokens and the CST can be dropped before the model is built.
 */
import { describe, expect, it } from 'vitest';
import { lexerConfig } from '../grammar/lexerConfig.js';
import { classifyBlocks } from '../grammar/classifyBlocks.js';
import { createTokenInstance, Lexer } from '../grammar/chevrotain.js';
import { DocumentParser, documentParser } from '../grammar/documentParser.js';
import { TextBlock, TitleBlock } from '../grammar/documentTokens.js';
import { PARAGRAPH_TOKENS, paragraphLexer } from '../grammar/paragraphLexer.js';
import type { Block } from '../src/layout/paragraphs.js';
import { buildDocument } from '../src/structure/documents.js';
import { buildSkeleton } from '../src/structure/skeleton.js';

describe('the grammar singletons', () => {
  it('the paragraph lexer passes Chevrotain’s definition checks (ensureOptimizations would throw if it could not be optimised)', () => {
    expect(new Lexer(PARAGRAPH_TOKENS, lexerConfig(true)).lexerDefinitionErrors).toEqual([]);
    expect(paragraphLexer.lexerDefinitionErrors).toEqual([]);
  });

  it('the document parser passes Chevrotain’s grammar checks (a validating parser throws on an error)', () => {
    expect(() => new DocumentParser(true)).not.toThrow();
  });

  it('a validating parser and the singleton read a token stream alike', () => {
    const text = ['吕梁市人民政府办公室', '关于印发某某工作方案的通知', '吕政办发〔2020〕50 号', '各县（市、区）人民政府：', '现将方案印发给你们。', '2020 年 7 月 7 日'];
    const blocks = text.map((t, i) => paragraph(t, i * 2 + 1));
    const validating = new DocumentParser(true);
    const parse = (parser: DocumentParser) => {
      parser.input = classifyBlocks(blocks).tokens;
      const skeleton = buildSkeleton(parser.gazette());
      parser.input = [];
      return skeleton;
    };
    expect(parse(documentParser)).toEqual(parse(validating));
    expect(parse(documentParser).documents[0]).toMatchObject({ issuer: 0, title: [1], docNumber: 2, addressees: 3, date: 5, all: [0, 1, 2, 3, 4, 5] });
  });
});

describe('skeletons by paragraph index', () => {
  it('title lines with no number under them make a document whose number is missing, not an inserted one', () => {
    // GB/T 9704's elements may each be missing: a web copy prints the title and no 文号.
    const kinds = [TitleBlock, TitleBlock, TitleBlock, TextBlock];
    const blocks = kinds.map((_, i) => paragraph(`标题${i}`, i * 2 + 1));
    const tokens = kinds.map((kind, i) => createTokenInstance(kind, blocks[i]!.text, i, i, blocks[i]!.startLine, blocks[i]!.endLine, 1, 1));
    documentParser.input = tokens;
    const skeleton = buildSkeleton(documentParser.gazette());
    documentParser.input = [];
    expect(skeleton.documents).toHaveLength(1);
    expect(skeleton.documents[0]!.docNumber).toBeNull();
    const diagnostics: { code: string; severity: string }[] = [];
    const doc = buildDocument(skeleton.documents[0]!, blocks, { kind: kinds, marker: kinds.map(() => null) }, diagnostics as never);
    expect([doc.docNumber, doc.title, doc.startLine, doc.endLine]).toEqual([null, '标题0标题1标题2', 1, 7]);
    expect(diagnostics.filter((d) => d.code === 'document/missing-number').map((d) => d.severity)).toEqual(['info']);
  });
});

function paragraph(text: string, line: number): Block {
  return { text, startLine: line, endLine: line, segments: [{ offset: 0, line, column: 1 }], region: 'main', short: true };
}
