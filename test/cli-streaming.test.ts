/**
 * Output written a document at a time: the pieces of json, ndjson and csv joined are
 * exactly the whole texts; the CLI writes them one by one (to stdout, waiting while its
 * reader catches up, and to files it opens), validates the framing and every document
 * before it writes any of them, and refuses an output file that is also an input.
 */
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/run.js';
import { csvPieces, toCsv } from '../src/emit/csv.js';
import { jsonPieces } from '../src/emit/json.js';
import { ndjsonLines, toNdjson } from '../src/emit/ndjson.js';
import { TABLE_NAMES } from '../src/emit/tables.js';
import type { Document, GazetteResult } from '../src/model.js';
import { parseGazette } from '../src/parse.js';
import { validateDocument, validateFraming, validateResult } from '../src/validate.js';
import { fakeIo, fixture } from './helpers/fakeIo.js';

vi.setConfig({ testTimeout: 60_000 });

const SEED = 'fixtures/seed/input.txt';
const N61 = 'fixtures/notice-61/input.txt';
const files = { [SEED]: fixture('seed/input.txt'), [N61]: fixture('notice-61/input.txt') };
const seed = parseGazette(files[SEED], { name: SEED });
const empty = parseGazette('', { name: 'empty.txt' });

describe('pieces', () => {
  it('json: the framing, then each of the seed\'s 13 documents, then the rest — joined, JSON.stringify(result, null, 2)', () => {
    expect(seed.documents).toHaveLength(13);
    const pieces = [...jsonPieces(seed)];
    expect(pieces).toHaveLength(13 + 2);
    expect(pieces[0]!.endsWith('"documents": [\n    ')).toBe(true);
    expect(pieces[1]).toBe(JSON.stringify([[seed.documents[0]]], null, 2).slice(10, -6));
    expect(pieces[2]!.startsWith(',\n    {\n      "docNumber"')).toBe(true);
    expect(pieces.join('')).toBe(JSON.stringify(seed, null, 2));
  });

  it('json: as an element of a top-level array (depth 1), and a result without documents', () => {
    expect([...jsonPieces(seed, 1)].join('')).toBe(JSON.stringify([seed], null, 2).slice(4, -2));
    expect(JSON.stringify([[seed]], null, 2).slice(10, -6)).toBe([...jsonPieces(seed, 2)].join(''));
    expect(empty.documents).toHaveLength(0);
    expect([...jsonPieces(empty)]).toEqual([JSON.stringify(empty, null, 2)]);
    expect([...jsonPieces(empty, 1)].join('')).toBe(JSON.stringify([empty], null, 2).slice(4, -2));
  });

  it('ndjson: a line per document, made one at a time', () => {
    const lines = ndjsonLines(seed);
    const first = lines.next().value as string;
    expect(JSON.parse(first).docNumber).toBe(seed.documents[0]!.docNumber);
    expect([first, ...lines].join('')).toBe(toNdjson(seed));
    expect(toNdjson(seed).split('\n')).toHaveLength(13 + 1);
  });

  it.each(TABLE_NAMES)('csv %s: the rows of each document in turn are the rows of the whole result', (table) => {
    expect([...csvPieces(table, seed)].join('')).toBe(toCsv(table, seed, { header: false }));
  });
});

describe('validation per document', () => {
  const broken = { ...seed.documents[3]!, startLine: 0, extra: true } as unknown as Document;
  const result: GazetteResult = { ...seed, documents: seed.documents.map((d, i) => (i === 3 ? broken : d)) };

  it('names the document in the result: /documents/3/…', () => {
    expect(validateResult(seed)).toEqual([]);
    expect(validateFraming(result)).toEqual([]);
    expect(validateDocument(broken)).toEqual(['(root): must NOT have additional properties {"additionalProperty":"extra"}', '/startLine: must be >= 1 {"comparison":">=","limit":1}']);
    expect(validateResult(result)).toEqual(validateDocument(broken, '/documents/3'));
    expect(validateResult(result)[1]).toBe('/documents/3/startLine: must be >= 1 {"comparison":">=","limit":1}');
  });

  it('checks the framing apart from the documents: a bad field of the result is found, a missing documents array too', () => {
    expect(validateFraming({ ...seed, stats: { ...seed.stats, sections: -1 } })).toEqual(['/stats/sections: must be >= 0 {"comparison":">=","limit":0}']);
    const { documents: _, ...noDocuments } = seed;
    expect(validateResult(noDocuments as GazetteResult)).toEqual(['(root): must have required property \'documents\' {"missingProperty":"documents"}']);
  });
});

describe('the CLI writes a document at a time', () => {
  it('-o FILE: the file is opened and written in pieces, the same bytes as stdout', async () => {
    const io = fakeIo({ files });
    expect(await run([SEED, '-o', 'out.json', '-q'], io)).toBe(0);
    expect(io.written.get('out.json')).toBe(JSON.stringify(seed, null, 2) + '\n');
    expect(io.writes.get('out.json')).toBe(13 + 3);
  });

  it('-o DIR: each table file of csv in pieces; with an io that cannot open files, written whole', async () => {
    const streamed = fakeIo({ files });
    expect(await run([SEED, N61, '--out', 'csv', '-o', 'tables/', '-q'], streamed)).toBe(0);
    // The header, then a piece per document with sections: 12 of the seed's 13 (吕政办发〔2020〕53号 has none), and notice 61.
    expect(seed.documents.filter((d) => d.parts.some((p) => p.sections.length > 0))).toHaveLength(12);
    expect(streamed.writes.get('tables/sections.csv')).toBe(1 + 12 + 1);
    const whole = fakeIo({ files, noOpenFile: true });
    expect(await run([SEED, N61, '--out', 'csv', '-o', 'tables/', '-q'], whole)).toBe(0);
    expect(whole.writes.get('tables/sections.csv')).toBe(1);
    expect(whole.written).toEqual(streamed.written);
  });

  it('stdout: waits for its reader after each piece', async () => {
    const io = fakeIo({ files });
    const events: string[] = [];
    const write = io.stdout.write;
    io.stdout.write = (text) => {
      events.push('write');
      write(text);
    };
    io.stdout.ready = () => new Promise((resolve) => setTimeout(() => (events.push('ready'), resolve()), 1));
    expect(await run([SEED, '--out', 'ndjson', '-q'], io)).toBe(0);
    expect(events).toEqual(Array.from({ length: 13 }, () => ['write', 'ready']).flat());
    expect(io.out()).toBe(toNdjson(seed));
  });

  it('refuses an output file that is also an input (it would be overwritten before it is read): exit 2', async () => {
    const io = fakeIo({ files });
    expect(await run([N61, SEED, '-o', `./${SEED}`], io)).toBe(2);
    expect(io.err()).toBe(`gazette-parse: error: -o ./${SEED} is also an input: name another file to write to\n`);
    expect(io.written.size).toBe(0);
  });

  it('writes nothing of a result that fails the schema in any document', async () => {
    vi.resetModules();
    vi.doMock('../src/cli/reader.js', async (importOriginal) => {
      const original = await importOriginal<typeof import('../src/cli/reader.js')>();
      return {
        ...original,
        readInput: async (input: Uint8Array, options: { name?: string }) => {
          const result = (await original.readInput(input, options)) as GazetteResult;
          return { ...result, documents: result.documents.map((d, i) => (i === 12 ? { ...d, endLine: 0 } : d)) };
        },
      };
    });
    const { run: mockedRun } = await import('../src/cli/run.js');
    const io = fakeIo({ files });
    expect(await mockedRun([SEED, '-o', 'out.json'], io)).toBe(1);
    expect(io.err()).toMatch(/\/documents\/12\/endLine: must be >= 1/);
    expect(io.writes.size).toBe(0);
    vi.doUnmock('../src/cli/reader.js');
  });
});
