/**
 * `parseGazette`: the whole pipeline for one input — decode → layout → document
 * grammar → model (sections, tables, phrases) → fragments and line accounting.
 * Never throws on input: problems become diagnostics.
 */
import { createHash } from 'node:crypto';
import { classifyBlocks, type BlockTypes } from '../grammar/classifyBlocks.js';
import { documentParser } from '../grammar/documentParser.js';
import { decode } from './decode.js';
import { diagnostic, sortDiagnostics } from './diagnostics.js';
import { BLANK, isWhiteSpace, LINE_KINDS, PAGE_METADATA, PAGE_NUMBER, readLines, RUNNING_HEADER, splitLines, type PhysicalLine } from './layout/lines.js';
import { markPageMetadata } from './layout/pageMetadata.js';
import { buildBlocks, type Block } from './layout/paragraphs.js';
import type { Diagnostic, Document, Fragment, GazetteResult, Section, Stats } from './model.js';
import { withMetadata, type PageMetadata } from './input/metadata.js';
import { buildDocument } from './structure/documents.js';
import { buildSkeleton, headlessDocument, type GazetteSkeleton } from './structure/skeleton.js';
import { TableLineBlock } from '../grammar/documentTokens.js';
import { isContentsEntry } from '../grammar/data/frontMatter.js';
import { isContentsHead } from '../grammar/data/headShapes.js';
import { compactText, keepsSpaceBetween } from './structure/normalize.js';

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
  const { blocks, kinds, metadata } = layOut(text);
  const source = { name, bytes: bytes.length, encoding, sha256: sha256(bytes), lines: kinds.length };
  return analyzeBlocks(source, kinds, blocks, diagnostics, text.trim() === '', Object.keys(metadata).length > 0 ? metadata : undefined);
}

/**
 * Lines → paragraphs. Only the paragraphs and each line's kind (for the line accounting)
 * leave this function: the line table is garbage before the grammar runs.
 */
function layOut(text: string): { blocks: Block[]; kinds: Uint8Array; metadata: PageMetadata } {
  const lines = readLines(text);
  const metadata = markPageMetadata(lines);
  return { blocks: buildBlocks(lines).blocks, kinds: lines.kind, metadata };
}

/**
 * The stages after layout, shared by every input format: the plain-text layout above
 * and the Markdown reader both hand their paragraphs (with line maps) to this.
 * `lines` are the kinds of the physical lines (codes of `LineTable.kind`, or the lines
 * themselves), used to account for every line. `metadata` (label → value) is what the
 * input prints outside its body: it fills the document fields the body leaves empty.
 */
export function analyzeBlocks(
  source: GazetteResult['source'],
  lines: Uint8Array | readonly PhysicalLine[],
  blocks: readonly Block[],
  diagnostics: Diagnostic[] = [],
  empty = false,
  metadata?: PageMetadata,
): GazetteResult {
  const main = blocks.filter((b) => b.region === 'main');
  const { skeleton, types } = parseDocuments(main);
  if (skeleton.documents.length === 0 && hasBody(skeleton.stray, types)) {
    skeleton.documents.push(headlessDocument(skeleton.stray));
    skeleton.stray = [];
  }
  const documents: Document[] = skeleton.documents.map((d) => buildDocument(d, main, types, diagnostics));
  const fragments: Fragment[] = [
    ...skeleton.frontMatter.map((run) => frontMatterFragment(run, main, diagnostics)),
    ...strayFragments(skeleton.stray, main, blocks, diagnostics),
    ...reextractFragments(blocks, main, diagnostics),
  ].sort((a, b) => a.startLine - b.startLine);

  if (empty) diagnostics.push(diagnostic('input/empty', 'The input has no text', 1));
  const stats = accountLines(lines instanceof Uint8Array ? lines : kindCodes(lines), documents, fragments);
  const result: GazetteResult = {
    schemaVersion: '1',
    source,
    documents,
    fragments,
    diagnostics: sortDiagnostics(diagnostics),
    stats,
  };
  // Metadata printed outside the body (a web page's table, front matter) fills what the body does not give.
  return metadata ? withMetadata(result, metadata) : result;
}

/**
 * The document grammar over the main paragraphs: their block tokens, the CST, the
 * skeletons. Only the skeletons and the paragraph types leave this function, so the
 * tokens and the CST are garbage before the model (and its phrases) is built.
 */
function parseDocuments(main: readonly Block[]): { skeleton: GazetteSkeleton; types: BlockTypes } {
  const { tokens, types } = classifyBlocks(main);
  documentParser.input = tokens;
  const cst = documentParser.gazette();
  // The singleton would keep this input's tokens (and through them its text) alive until the next parse.
  documentParser.input = [];
  return { skeleton: buildSkeleton(cst), types };
}

/**
 * Paragraphs outside any document that make a body: several paragraphs, among them a
 * numbered heading or a table row, or many paragraphs. One paragraph alone (a file of one
 * long line) is a fragment.
 */
function hasBody(stray: readonly number[], types: BlockTypes): boolean {
  const MIN_STRUCTURED = 2;
  const MIN_PARAGRAPHS = 5;
  if (stray.length >= MIN_PARAGRAPHS) return true;
  return stray.length >= MIN_STRUCTURED && stray.some((i) => types.marker[i] !== null || types.kind[i] === TableLineBlock);
}

/**
 * Front matter, a fragment of its own and never documents: a gazette issue's masthead and
 * table of contents, or a web page's headline printed above the document's own title.
 */
function frontMatterFragment(run: readonly number[], main: readonly Block[], diagnostics: Diagnostic[]): Fragment {
  const startLine = main[run[0]!]!.startLine;
  const endLine = main[run[run.length - 1]!]!.endLine;
  const text = run.map((i) => main[i]!.text).join('\n');
  const contents = run.some((i) => isContentsHead(main[i]!.text) || isContentsEntry(main[i]!.text));
  const what = contents ? "the issue's masthead and table of contents (目录)" : "a page's headline and the lines under it, above the document's own title";
  diagnostics.push(diagnostic('layout/front-matter', `Lines ${startLine}–${endLine}: ${what}, kept as a fragment`, startLine));
  const reason = contents ? 'front matter: masthead and table of contents (目录)' : 'front matter: headline repeated by the title under it';
  return { startLine, endLine, reason, text };
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
    stats: accountLines(new Uint8Array(0), [], []),
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
  if (stray.length === 0) return [];
  // Where each main block sits among all blocks (`main` is `blocks` without the re-extraction).
  const position = new Int32Array(main.length);
  for (let i = 0, k = 0; i < blocks.length && k < main.length; i++) if (blocks[i] === main[k]) position[k++] = i;
  const runs: number[][] = [];
  for (const index of stray) {
    const run = runs[runs.length - 1];
    if (run && position[run[run.length - 1]!] === position[index]! - 1) run.push(index);
    else runs.push([index]);
  }
  return runs.map((run) => {
    const startLine = main[run[0]!]!.startLine;
    const endLine = main[run[run.length - 1]!]!.endLine;
    diagnostics.push(diagnostic('document/stray-text', `Lines ${startLine}–${endLine} belong to no document (no issuer, title and document number above them)`, startLine));
    return { startLine, endLine, reason: 'text outside any document', text: run.map((i) => main[i]!.text).join('\n') };
  });
}

/**
 * The tab-indented re-extraction some OCR tools append: one fragment per run, with how
 * much of it repeats text printed earlier (the seed's repeats 58 号's attachments and
 * 60 号, truncated).
 */
function reextractFragments(blocks: readonly Block[], main: readonly Block[], diagnostics: Diagnostic[]): Fragment[] {
  const reextracted = blocks.filter((b) => b.region === 'reextract');
  if (reextracted.length === 0) return [];
  // A paragraph repeats earlier text when its opening (12 characters, whitespace removed) does.
  const probes = new Map(reextracted.map((b) => [b, compactText(b.text).slice(0, 12)]));
  const found = findInBlocks(
    [...probes.values()].filter((p) => p.length >= 4),
    main,
  );
  const out: Fragment[] = [];
  let run: Block[] = [];
  const close = () => {
    if (run.length === 0) return;
    const startLine = run[0]!.startLine;
    const endLine = run[run.length - 1]!.endLine;
    const repeated = run.filter((b) => found.has(probes.get(b)!)).length;
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
 * Which `needles` (3–16 characters) occur in the compacted text (`compactText`) of
 * `blocks` joined end to end. One scan, paragraph by paragraph: each is compacted into a
 * reused buffer of char codes behind the last 15 characters of the one before (for
 * needles that straddle two), and as each character is written, the needles still sought
 * that end with it and the two before are compared. Most characters end no needle still
 * sought (once the early ones are found, a few needles are left, sought to the end of the
 * text): a count of the pending needles by last character skips them with one lookup; the
 * rest go through a filter on a hash of the three characters, then a map.
 */
export function findInBlocks(needles: readonly string[], blocks: readonly Block[]): Set<string> {
  const sought = new SoughtNeedles(needles);
  const compacted = new CompactedTail();
  let endings: NeedleEnding[] | null = null; // how the few needles left end, once few are
  let endingsFor = -1; // the count of needles left `endings` was gathered for
  let skippedFrom = -1; // the first of the paragraphs skipped since the last one compacted, or -1
  for (let b = 0; b < blocks.length; b++) {
    if (sought.left === 0) break;
    const text = blocks[b]!.text;
    if (sought.left <= FEW_NEEDLES && endingsFor !== sought.left) {
      endings = sought.endings();
      endingsFor = sought.left;
    }
    // A paragraph where none of the few needles left can end is not compacted; the tail of the
    // last such paragraph is, when the next paragraph is (for the needles that straddle into it).
    // The seed ×16 leaves one needle that never occurs, ending in 化解: 1 152 of its 19 600
    // paragraphs hold a 解. Compacting those, and the tail of every other paragraph, took
    // ≈ 5–7 ms for the 15 copies after the first; compacting only where the needle can end,
    // and only the tails carried into those paragraphs, ≈ 1.0–1.4 ms (the whole search 7–8 →
    // 3–4 ms, measured alone on the seed ×16's paragraphs).
    if (endings !== null && sought.left <= FEW_NEEDLES && !mayEndIn(text, endings)) {
      if (skippedFrom < 0) skippedFrom = b;
      continue;
    }
    if (skippedFrom >= 0) carrySkipped(blocks, skippedFrom, b, compacted);
    skippedFrom = -1;
    compacted.append(text, 0, sought);
  }
  return sought.found;
}

/**
 * The compacted text's last characters, as a buffer of char codes that `findInBlocks` fills a
 * paragraph at a time: the last `MAX_NEEDLE - 1` characters of the paragraphs before (`carried`),
 * then the paragraph's own.
 */
class CompactedTail {
  buffer = new Uint16Array(1024);
  carried = 0;

  /**
   * Compacts `text` from `from` behind the carried characters (as `compactText`: a run of
   * whitespace is dropped, or read as one space between two ASCII letters or digits, one of
   * them a letter, of the same paragraph), compares the needles of `sought` that may end at
   * each character, and keeps the last characters for the next paragraph.
   */
  append(text: string, from: number, sought: SoughtNeedles | null): void {
    if (this.buffer.length < this.carried + text.length) {
      const larger = new Uint16Array(2 * (this.carried + text.length));
      larger.set(this.buffer.subarray(0, this.carried));
      this.buffer = larger;
    }
    const buffer = this.buffer;
    let size = this.carried;
    for (let i = from; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (isWhiteSpace(c)) {
        let j = i + 1;
        while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
        const kept = i > 0 && j < text.length && keepsSpaceBetween(text.charCodeAt(i - 1), text.charCodeAt(j));
        i = j - 1;
        if (!kept) continue;
        c = 0x20;
      }
      buffer[size] = c;
      if (sought !== null && sought.byLast[c] !== 0 && size >= 2) sought.compareAt(buffer, size);
      size++;
    }
    this.carried = Math.min(MAX_NEEDLE - 1, size);
    buffer.copyWithin(0, size - this.carried, size);
  }
}

/**
 * Carries the last characters of the skipped paragraphs `from` to `to` (exclusive) into
 * `compacted`, as if each had been compacted: only from the last one whose tail holds
 * `MAX_NEEDLE - 1` characters on (usually the one right before `to`). No needle ends in them.
 */
function carrySkipped(blocks: readonly Block[], from: number, to: number, compacted: CompactedTail): void {
  let first = from;
  let tail = 0;
  for (let k = to - 1; k >= from; k--) {
    tail = tailStart(blocks[k]!.text);
    if (tail > 0) {
      first = k;
      compacted.carried = 0; // its tail alone is all that is carried
      break;
    }
  }
  for (let k = first; k < to; k++) compacted.append(blocks[k]!.text, k === first ? tail : 0, null);
}

/** A needle's last character, and the code of the one before it. */
interface NeedleEnding {
  last: string;
  before: number;
}

/**
 * Can a needle of `endings` end in `text`? Where its last character stands after whitespace
 * only (the needle may straddle from the paragraphs before), or after its second last
 * (whitespace between them dropped).
 */
function mayEndIn(text: string, endings: readonly NeedleEnding[]): boolean {
  for (const { last, before } of endings) {
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
      let q = at - 1;
      while (q >= 0 && isWhiteSpace(text.charCodeAt(q))) q--;
      if (q < 0 || text.charCodeAt(q) === before) return true;
    }
  }
  return false;
}

/**
 * The needles `findInBlocks` has not yet found, by their last three characters. A class of
 * the module rather than closures made in each call: optimised code that inlined one
 * call's closure was thrown away at the next call ("wrong call target"), and the next
 * parse searched in unoptimised code until the loop was compiled again (with the skipping
 * in `findInBlocks`, reextractFragments went from ≈ 40 to ≈ 25 ms CPU per seed ×16 in the parse).
 */
class SoughtNeedles {
  readonly found = new Set<string>();
  /** How many needles are left. */
  left = 0;
  /** The needles left, by `endingKey` of their last three characters. */
  private readonly byEnding = new Map<number, string[]>();
  /** How many needles are left, by `endingHash` of their last three characters. */
  private readonly byHash = new Uint16Array(1 << 16);
  /** How many needles are left, by their last character: most characters end none, and one lookup skips them. */
  readonly byLast = new Uint16Array(1 << 16);

  constructor(needles: readonly string[]) {
    for (const needle of new Set(needles)) {
      const n = needle.length;
      if (n < 3 || n > MAX_NEEDLE) throw new Error(`findInBlocks: needle length ${n} outside 3–${MAX_NEEDLE}`);
      const [c0, c1, c2] = [needle.charCodeAt(n - 3), needle.charCodeAt(n - 2), needle.charCodeAt(n - 1)];
      const list = this.byEnding.get(endingKey(c0, c1, c2));
      if (list) list.push(needle);
      else this.byEnding.set(endingKey(c0, c1, c2), [needle]);
      this.byHash[endingHash(c0, c1, c2)]!++;
      this.byLast[c2]!++;
      this.left++;
    }
  }

  /** Marks the needles that end at `buffer[end]` found. */
  compareAt(buffer: Uint16Array, end: number): void {
    const c0 = buffer[end - 2]!;
    const c1 = buffer[end - 1]!;
    const c2 = buffer[end]!;
    if (this.byHash[endingHash(c0, c1, c2)] === 0) return;
    const list = this.byEnding.get(endingKey(c0, c1, c2));
    if (!list) return;
    for (let k = list.length - 1; k >= 0; k--) {
      const needle = list[k]!;
      const start = end - needle.length + 1;
      if (start < 0) continue;
      let j = needle.length - 4;
      while (j >= 0 && needle.charCodeAt(j) === buffer[start + j]) j--;
      if (j >= 0) continue;
      this.found.add(needle);
      list.splice(k, 1);
      this.byHash[endingHash(c0, c1, c2)]!--;
      this.byLast[c2]!--;
      this.left--;
    }
  }

  /**
   * How each needle left ends, or null when one of its last two characters is a space: a
   * space of the compacted text stands for whitespace of the paragraph.
   */
  endings(): NeedleEnding[] | null {
    const out: NeedleEnding[] = [];
    for (const list of this.byEnding.values()) {
      for (const needle of list) {
        const last = needle[needle.length - 1]!;
        const before = needle.charCodeAt(needle.length - 2);
        if (last === ' ' || before === 0x20) return null;
        out.push({ last, before });
      }
    }
    return out;
  }
}

const endingHash = (c0: number, c1: number, c2: number) => (c0 * 961 + c1 * 31 + c2) & 0xffff;
const endingKey = (c0: number, c1: number, c2: number) => (c0 * 0x10000 + c1) * 0x10000 + c2;

/** The longest needle `findInBlocks` takes. */
const MAX_NEEDLE = 16;

/** How few needles are left when `findInBlocks` starts looking for their last characters paragraph by paragraph. */
const FEW_NEEDLES = 4;

/**
 * Where the compaction of `text` may start and still give its last `MAX_NEEDLE - 1`
 * characters: at the character that many non-whitespace characters before the end (the
 * compaction of a suffix that opens with a non-whitespace character is the end of the
 * compaction of the whole), or 0 when the paragraph is shorter.
 */
function tailStart(text: string): number {
  let count = 0;
  for (let i = text.length - 1; i > 0; i--) {
    if (isWhiteSpace(text.charCodeAt(i))) continue;
    if (++count === MAX_NEEDLE - 1) return i;
  }
  return 0;
}

function kindCodes(lines: readonly PhysicalLine[]): Uint8Array {
  return Uint8Array.from(lines, (l) => LINE_KINDS.indexOf(l.kind));
}

/** Every non-blank line is in a document, a fragment, or page furniture: counted here. */
function accountLines(kinds: Uint8Array, documents: readonly Document[], fragments: readonly Fragment[]): Stats {
  const stats: Stats = {
    lines: kinds.length,
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
  countLines(kinds, sortedRanges(documents, fragments), stats);
  for (const d of documents) {
    stats.responsibilities += d.responsibilities.length;
    stats.dates += d.dates.length;
    stats.targets += d.targets.length;
    stats.citations += d.citations.length;
    for (const p of d.parts) {
      stats.tables += p.tables.length;
      stats.paragraphs += p.paragraphs.length;
      countSections(p.sections, stats);
    }
  }
  return stats;
}

/** The line ranges of documents and fragments, by first line: typed arrays, as every line of the input is looked up in them. */
interface LineRanges {
  start: Int32Array;
  end: Int32Array;
  /** 1 for a fragment, 0 for a document. */
  fragment: Uint8Array;
}

function sortedRanges(documents: readonly Document[], fragments: readonly Fragment[]): LineRanges {
  const all = [...documents.map((d) => [d.startLine, d.endLine, 0] as const), ...fragments.map((f) => [f.startLine, f.endLine, 1] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  return {
    start: Int32Array.from(all, (r) => r[0]),
    end: Int32Array.from(all, (r) => r[1]),
    fragment: Uint8Array.from(all, (r) => r[2]),
  };
}

/**
 * Counts each line in `stats` by its kind and the range it falls in. A function of its own
 * over typed arrays only: optimised once, its code serves every parse (inside
 * `accountLines`, whose arrays differ from parse to parse, it was thrown away each time and
 * the seed ×16's 287 000 lines went through unoptimised code again: ≈ 15 ms, now ≈ 2).
 */
function countLines(kinds: Uint8Array, ranges: LineRanges, stats: Stats): void {
  const { start, end, fragment } = ranges;
  let blank = 0;
  let furniture = 0;
  let inDocument = 0;
  let inFragment = 0;
  let r = 0;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === BLANK) blank++;
    else if (kind === RUNNING_HEADER || kind === PAGE_NUMBER || kind === PAGE_METADATA) furniture++;
    else {
      const line = i + 1;
      while (r < start.length && end[r]! < line) r++;
      if (r < start.length && start[r]! <= line) {
        if (fragment[r] === 0) inDocument++;
        else inFragment++;
      }
    }
  }
  stats.blankLines = blank;
  stats.textLines = kinds.length - blank;
  stats.furnitureLines = furniture;
  stats.documentLines = inDocument;
  stats.fragmentLines = inFragment;
  stats.unaccountedLines = kinds.length - blank - furniture - inDocument - inFragment;
}

/** Counts the sections of a tree and their paragraphs (a heading is one) in `stats`. */
function countSections(sections: readonly Section[], stats: Stats): void {
  for (const s of sections) {
    stats.sections++;
    stats.paragraphs += s.paragraphs.length + 1;
    countSections(s.children, stats);
  }
}
