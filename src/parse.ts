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
    if (decoded.invalidCount > 0) {
      const line = splitLines(text.slice(0, decoded.firstInvalidOffset)).length;
      diagnostics.push(diagnostic('input/invalid-bytes', `${decoded.invalidCount} invalid UTF-8 byte sequences read as U+FFFD (the first on this line)`, line));
    }
  }
  if (text.includes('\u0000')) {
    let nulCount = 0;
    text = text.replace(/\u0000/g, () => {
      nulCount++;
      return ' ';
    });
    diagnostics.push(diagnostic('input/nul-bytes', `${nulCount} NUL characters read as spaces`, 1));
  }
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
  // The singleton would keep this input's tokens (and through them its text) alive until the next parse.
  documentParser.input = [];
  const skeleton = buildSkeleton(cst);

  const documents: Document[] = skeleton.documents.map((d) => buildDocument(d, main, diagnostics));
  const fragments: Fragment[] = [
    ...strayFragments(skeleton.stray.map((t) => (t.payload as { index: number }).index), main, blocks, diagnostics),
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

/**
 * Consecutive blocks outside any document become one fragment each run. `stray` are
 * indexes into `main`: a run is broken wherever a document block or a re-extraction
 * lies between two stray blocks (adjacency within the stray list alone merged a stray
 * line before the first notice with one after the last into a fragment spanning every
 * notice).
 */
function strayFragments(stray: readonly number[], main: readonly Block[], blocks: readonly Block[], diagnostics: Diagnostic[]): Fragment[] {
  const next = new Map<Block, Block | undefined>();
  if (stray.length > 0) for (let i = 0; i < blocks.length; i++) next.set(blocks[i]!, blocks[i + 1]);
  const runs: Block[][] = [];
  for (let i = 0; i < stray.length; i++) {
    const block = main[stray[i]!]!;
    const run = runs[runs.length - 1];
    if (run && next.get(run[run.length - 1]!) === block) run.push(block);
    else runs.push([block]);
  }
  return runs.map((run) => {
    const startLine = run[0]!.startLine;
    const endLine = run[run.length - 1]!.endLine;
    diagnostics.push(diagnostic('document/stray-text', `Lines ${startLine}–${endLine} belong to no document (no issuer, title and document number above them)`, startLine));
    return { startLine, endLine, reason: 'text outside any document', text: run.map((b) => b.text).join('\n') };
  });
}

/**
 * The tab-indented re-extraction some OCR tools append: one fragment per run, with how
 * much of it repeats text printed earlier (the seed's repeats 58 号's attachments and
 * 60 号, truncated).
 */
function reextractFragments(blocks: readonly Block[], main: readonly Block[], diagnostics: Diagnostic[]): Fragment[] {
  const out: Fragment[] = [];
  let run: Block[] = [];
  const probeOf = (b: Block) => compactText(b.text).slice(0, 12);
  // One pass over the main text finds every probe: `includes` per paragraph was quadratic.
  const probes = blocks.filter((b) => b.region === 'reextract').map(probeOf).filter((p) => p.length >= 4);
  const found = probes.length > 0 ? findInBlocks(probes, main) : new Set<string>();
  const close = () => {
    if (run.length === 0) return;
    const startLine = run[0]!.startLine;
    const endLine = run[run.length - 1]!.endLine;
    const repeated = run.filter((b) => found.has(probeOf(b))).length;
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

/**
 * Which `needles` (4–12 characters) occur in the compacted text of `blocks` joined end to
 * end. One scan: a 2-character prefix filter, then `startsWith` on the few candidates.
 * The blocks are read one at a time (with the previous one's tail, for needles that
 * straddle two paragraphs) so the whole text is never built as one string.
 */
function findInBlocks(needles: readonly string[], blocks: readonly Block[]): Set<string> {
  const byPrefix = new Map<number, string[]>();
  const filter = new Uint8Array(1 << 16);
  const pending = new Set(needles);
  let maxLength = 0;
  for (const needle of pending) {
    const key = needle.charCodeAt(0) * 0x10000 + needle.charCodeAt(1);
    const list = byPrefix.get(key);
    if (list) list.push(needle);
    else byPrefix.set(key, [needle]);
    filter[(needle.charCodeAt(0) * 31 + needle.charCodeAt(1)) & 0xffff] = 1;
    maxLength = Math.max(maxLength, needle.length);
  }
  const found = new Set<string>();
  let tail = '';
  for (const block of blocks) {
    const text = tail + compactText(block.text);
    for (let i = 0; i + 1 < text.length; i++) {
      const c0 = text.charCodeAt(i);
      const c1 = text.charCodeAt(i + 1);
      if (filter[(c0 * 31 + c1) & 0xffff] === 0) continue;
      const list = byPrefix.get(c0 * 0x10000 + c1);
      if (!list) continue;
      for (const needle of list) {
        if (!found.has(needle) && text.startsWith(needle, i)) {
          found.add(needle);
          pending.delete(needle);
        }
      }
    }
    if (pending.size === 0) break;
    tail = text.slice(Math.max(0, text.length - (maxLength - 1)));
  }
  return found;
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
