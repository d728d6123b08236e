/**
 * What must hold for every input, however broken: the output validates against the
 * schema, every line number lies within the file, and every non-blank line is accounted
 * for — counted independently from the input text, not only taken from `stats`.
 * Shared by the robustness tests and the property tests.
 */
import type { GazetteResult } from '../../src/model.js';
import { validateResult } from '../../src/validate.js';

/** Keys that hold a 1-based input line (or null where the model allows it). */
const LINE_KEY = /^(?:line|[a-z]+Line)$/;

/** Every problem with `result`, as readable strings; empty when all invariants hold. */
export function invariantProblems(result: GazetteResult, inputText?: string): string[] {
  const problems: string[] = [];
  problems.push(...validateResult(result).map((p) => `schema: ${p}`));
  const s = result.stats;
  const lines = result.source.lines;
  // An undecodable input has no lines; its one diagnostic sits on line 1 by convention.
  const maxLine = Math.max(1, lines);
  if (s.unaccountedLines !== 0) problems.push(`stats: ${s.unaccountedLines} unaccounted lines`);
  if (s.documentLines + s.fragmentLines + s.furnitureLines !== s.textLines) {
    problems.push(`stats: ${s.documentLines} document + ${s.fragmentLines} fragment + ${s.furnitureLines} furniture lines ≠ ${s.textLines} text lines`);
  }
  if (s.blankLines + s.textLines !== s.lines) problems.push(`stats: ${s.blankLines} blank + ${s.textLines} text ≠ ${s.lines} lines`);
  if (lines > 0 && s.lines !== lines) problems.push(`stats.lines ${s.lines} ≠ source.lines ${lines}`);
  if (s.documents !== result.documents.length) problems.push(`stats.documents ${s.documents} ≠ ${result.documents.length}`);
  if (inputText !== undefined) {
    const physical = inputText.replace(/\u0000/g, ' ').split(/\r\n|\r|\n/);
    const nonBlank = physical.filter((l) => l.trim() !== '').length;
    if (physical.length !== lines) problems.push(`source.lines ${lines} ≠ ${physical.length} physical lines in the input`);
    if (nonBlank !== s.textLines) problems.push(`stats.textLines ${s.textLines} ≠ ${nonBlank} non-blank lines in the input`);
  }
  walk(result, '', (path, key, value) => {
    if (key === 'rowLines' && Array.isArray(value)) {
      value.forEach((v, i) => checkLine(`${path}[${i}]`, v));
      return;
    }
    if (!LINE_KEY.test(key)) return;
    if (value === null) return; // where null is allowed is the schema's business
    checkLine(path, value);
  });
  const ranges: { path: string; start: number; end: number }[] = [];
  walk(result, '', (path, _key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as { startLine?: unknown; endLine?: unknown };
      if (typeof o.startLine === 'number' && typeof o.endLine === 'number') ranges.push({ path, start: o.startLine, end: o.endLine });
    }
  });
  for (const r of ranges) if (r.start > r.end) problems.push(`${r.path}: startLine ${r.start} > endLine ${r.end}`);
  // No two documents overlap, nor two fragments, nor a document and text outside any
  // document. (A tab-indented re-extraction run is set apart wherever it occurs, so
  // that kind of fragment may lie inside a document's range.)
  const docs = result.documents.map((d, i) => ({ what: `documents[${i}]`, start: d.startLine, end: d.endLine }));
  const frags = result.fragments.map((f, i) => ({ what: `fragments[${i}]`, start: f.startLine, end: f.endLine, stray: !f.reason.includes('re-extraction') }));
  const overlaps = (xs: { what: string; start: number; end: number }[]) => {
    const sorted = [...xs].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (b.start <= a.end) problems.push(`${a.what} (${a.start}–${a.end}) overlaps ${b.what} (${b.start}–${b.end})`);
    }
  };
  overlaps(docs);
  overlaps(frags);
  overlaps([...docs, ...frags.filter((f) => f.stray)]);
  return problems.slice(0, 20);

  function checkLine(path: string, value: unknown): void {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxLine) {
      problems.push(`${path} = ${JSON.stringify(value)} is not a line of the ${lines}-line file`);
    }
  }
}

function walk(value: unknown, path: string, visit: (path: string, key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = `${path}.${k}`;
      visit(p, k, v);
      walk(v, p, visit);
    }
  }
}
