/**
 * `parseGazette`: the whole pipeline for one input — decode → layout → document
 * grammar → model (sections, tables, phrases) → fragments and line accounting.
 * Never throws on input: problems become diagnostics.
 */
import { createHash } from 'node:crypto';
import { classifyBlocks } from '../grammar/classifyBlocks.js';
import { documentParser } from '../grammar/documentParser.js';
import { decode } from './decode.js';
import { diagnostic, sortDiagnostics } from './diagnostics.js';
import { classifyLines, splitLines, type PhysicalLine } from './layout/lines.js';
import { buildBlocks, type Block } from './layout/paragraphs.js';
import type { Diagnostic, Document, Fragment, GazetteResult, Stats } from './model.js';
import { buildDocument } from './structure/documents.js';
import { buildSkeleton } from './structure/skeleton.js';
import { compactText } from './structure/normalize.js';

/** Options for `parseGazette`. */
export interface ParseOptions {
  /** Name reported in `source.name` (a file path, or `-` for stdin). */
  name?: string;
  /** Force an encoding instead of detecting it (bytes input only). */
  encoding?: string;
}

/** Parses one gazette issue (bytes or already-decoded text) into a `GazetteResult`. */
export function parseGazette(input: string | Uint8Array, options: ParseOptions = {}): GazetteResult {
  const name = options.name ?? '<input>';
  let text: string;
  let encoding: string;
  let bytes: Uint8Array;
  const diagnostics: Diagnostic[] = [];
  if (typeof input === 'string') {
    bytes = Buffer.from(input, 'utf8');
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
    encoding = 'utf-8';
  } else {
    bytes = input;
    const decoded = decode(input, options.encoding);
    if (!decoded.ok) {
      return emptyResult(name, bytes, options.encoding ?? 'unknown', [diagnostic(decoded.code, decoded.message, 1)]);
    }
    text = decoded.text;
    encoding = decoded.encoding;
    if (decoded.nulCount > 0) diagnostics.push(diagnostic('input/nul-bytes', `${decoded.nulCount} NUL characters read as spaces`, 1));
  }
  if (text.includes('\u0000')) text = text.replace(/\u0000/g, ' ');
  const rawLines = splitLines(text);
  const lines = classifyLines(rawLines);
  const { blocks } = buildBlocks(lines);
  const source = { name, bytes: bytes.length, encoding, sha256: sha256(bytes), lines: rawLines.length };
  return analyzeBlocks(source, lines, blocks, diagnostics, text.trim() === '');
}

/**
 * The stages after layout, shared by every input format: the plain-text layout above
 * and the Markdown reader both hand their paragraphs (with line maps) to this.
 * `lines` are the classified physical lines, used to account for every line.
 */
export function analyzeBlocks(
  source: GazetteResult['source'],
  lines: readonly PhysicalLine[],
  blocks: readonly Block[],
  diagnostics: Diagnostic[] = [],
  empty = false,
): GazetteResult {
  const main = blocks.filter((b) => b.region === 'main');
  const tokens = classifyBlocks(main);

  documentParser.input = tokens;
  const cst = documentParser.gazette();
  const skeleton = buildSkeleton(cst);

  const documents: Document[] = skeleton.documents.map((d) => buildDocument(d, main, diagnostics));
  const fragments: Fragment[] = [
    ...strayFragments(skeleton.stray.map((t) => main[(t.payload as { index: number }).index]!), diagnostics),
    ...reextractFragments(blocks, main, diagnostics),
  ].sort((a, b) => a.startLine - b.startLine);

  if (empty) diagnostics.push(diagnostic('input/empty', 'The input has no text', 1));
  const stats = accountLines(lines, documents, fragments);
  return {
    schemaVersion: '1',
    source,
    documents,
    fragments,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function emptyResult(name: string, bytes: Uint8Array, encoding: string, diagnostics: Diagnostic[]): GazetteResult {
  return {
    schemaVersion: '1',
    source: { name, bytes: bytes.length, encoding, sha256: sha256(bytes), lines: 0 },
    documents: [],
    fragments: [],
    diagnostics,
    stats: accountLines([], [], []),
  };
}

/** Consecutive blocks outside any document become one fragment each run. */
function strayFragments(stray: readonly Block[], diagnostics: Diagnostic[]): Fragment[] {
  const runs: Block[][] = [];
  for (const block of stray) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && isAdjacent(last, block, stray)) run.push(block);
    else runs.push([block]);
  }
  return runs.map((run) => {
    const startLine = run[0]!.startLine;
    const endLine = run[run.length - 1]!.endLine;
    diagnostics.push(diagnostic('document/stray-text', `Lines ${startLine}–${endLine} belong to no document (no issuer, title and document number above them)`, startLine));
    return { startLine, endLine, reason: 'text outside any document', text: run.map((b) => b.text).join('\n') };
  });
}

function isAdjacent(a: Block, b: Block, all: readonly Block[]): boolean {
  return all.indexOf(b) === all.indexOf(a) + 1 && b.startLine > a.endLine;
}

/**
 * The tab-indented re-extraction some OCR tools append: one fragment per run, with how
 * much of it repeats text printed earlier (the seed's repeats 58 号's attachments and
 * 60 号, truncated).
 */
function reextractFragments(blocks: readonly Block[], main: readonly Block[], diagnostics: Diagnostic[]): Fragment[] {
  const out: Fragment[] = [];
  let run: Block[] = [];
  const known = compactText(main.map((b) => b.text).join(''));
  const close = () => {
    if (run.length === 0) return;
    const startLine = run[0]!.startLine;
    const endLine = run[run.length - 1]!.endLine;
    const repeated = run.filter((b) => {
      const probe = compactText(b.text).slice(0, 12);
      return probe.length >= 4 && known.includes(probe);
    }).length;
    const reason = `tab-indented re-extraction: ${repeated} of ${run.length} paragraphs repeat text printed earlier in the file`;
    diagnostics.push(diagnostic('layout/reextraction', `Lines ${startLine}–${endLine}: ${reason}; kept as a fragment`, startLine));
    out.push({ startLine, endLine, reason, text: run.map((b) => b.text).join('\n') });
    run = [];
  };
  for (const block of blocks) {
    if (block.region === 'reextract') run.push(block);
    else close();
  }
  close();
  return out;
}

/** Every non-blank line is in a document, a fragment, or page furniture: counted here. */
function accountLines(lines: readonly PhysicalLine[], documents: readonly Document[], fragments: readonly Fragment[]): Stats {
  const ranges = [...documents.map((d) => [d.startLine, d.endLine, 0] as const), ...fragments.map((f) => [f.startLine, f.endLine, 1] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  const stats: Stats = {
    lines: lines.length,
    blankLines: 0,
    textLines: 0,
    furnitureLines: 0,
    documentLines: 0,
    fragmentLines: 0,
    unaccountedLines: 0,
    paragraphs: 0,
    documents: documents.length,
    sections: 0,
    responsibilities: 0,
    dates: 0,
    targets: 0,
    citations: 0,
    tables: 0,
  };
  let r = 0;
  for (const line of lines) {
    if (line.kind === 'blank') {
      stats.blankLines++;
      continue;
    }
    stats.textLines++;
    if (line.kind === 'runningHeader' || line.kind === 'pageNumber') {
      stats.furnitureLines++;
      continue;
    }
    while (r < ranges.length && ranges[r]![1] < line.line) r++;
    const range = ranges[r];
    if (range && range[0] <= line.line) {
      if (range[2] === 0) stats.documentLines++;
      else stats.fragmentLines++;
    } else stats.unaccountedLines++;
  }
  for (const d of documents) {
    stats.responsibilities += d.responsibilities.length;
    stats.dates += d.dates.length;
    stats.targets += d.targets.length;
    stats.citations += d.citations.length;
    for (const p of d.parts) {
      stats.tables += p.tables.length;
      stats.paragraphs += p.paragraphs.length;
      const walk = (ss: typeof p.sections) => {
        for (const s of ss) {
          stats.sections++;
          stats.paragraphs += s.paragraphs.length + 1;
          walk(s.children);
        }
      };
      walk(p.sections);
    }
  }
  return stats;
}
