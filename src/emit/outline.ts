/**
 * The outline: each document's tree as indented text with input line numbers in the
 * left margin, so a person can check the structure against the source at a glance —
 * documents, their parts, numbered sections, decimal headings, tables (size and header
 * row), and the fragments that belong to no document.
 */
import type { Document, GazetteResult, OutlineHeading, Part, Section, Table } from '../model.js';
import { partName } from './tables.js';

/** Headings longer than this are cut with `…`: the outline is for the eye. */
const MAX_HEADING = 48;
/** Table header rows are cut at this many characters. */
const MAX_HEADER = 40;

/** Outline text of one result, ending with a newline. */
export function toOutline(result: GazetteResult): string {
  const width = String(Math.max(result.source.lines, 1)).length;
  const out: string[] = [];
  const row = (line: number | string, depth: number, text: string) => out.push(`${String(line).padStart(width)}  ${'  '.repeat(depth)}${text}`);
  const { documents, fragments, diagnostics } = result;
  out.push(`${result.source.name}: ${count(documents.length, 'document')}, ${count(fragments.length, 'fragment')}, ${count(diagnostics.length, 'diagnostic')}`);

  // Documents and fragments interleaved in line order, as they are in the file.
  const items = [...documents.map((d) => ({ line: d.startLine, doc: d })), ...fragments.map((f) => ({ line: f.startLine, fragment: f }))].sort(
    (a, b) => a.line - b.line,
  );
  for (const item of items) {
    if ('doc' in item && item.doc) {
      documentOutline(item.doc, row);
    } else if ('fragment' in item && item.fragment) {
      const f = item.fragment;
      row(f.startLine, 0, `fragment, lines ${f.startLine}–${f.endLine}: ${f.reason}`);
    }
  }
  return out.join('\n') + '\n';
}

type Row = (line: number | string, depth: number, text: string) => void;

function documentOutline(doc: Document, row: Row): void {
  const head = [doc.docNumber ?? '(no document number)', doc.date ?? '(no date)', doc.title || '(no title)'].join('  ');
  row(doc.startLine, 0, `${head}  [lines ${doc.startLine}–${doc.endLine}]`);
  for (const part of doc.parts) partOutline(part, row);
}

function partOutline(part: Part, row: Row): void {
  const name = partName(part);
  const label = part.label && part.kind === 'attachment' ? `${part.label} ` : '';
  row(part.startLine, 1, `${name}: ${label}${part.title ?? '(untitled)'}`);
  // Sections, tables and decimal headings (`2.1　…`, indented by their level) in line order.
  const items: ({ line: number; section: Section } | { line: number; table: Table } | { line: number; heading: OutlineHeading })[] = [
    ...part.sections.map((s) => ({ line: s.line, section: s })),
    ...part.tables.map((t) => ({ line: t.startLine, table: t })),
    ...(part.outline ?? []).map((h) => ({ line: h.line, heading: h })),
  ].sort((a, b) => a.line - b.line);
  for (const item of items) {
    if ('section' in item) sectionOutline(item.section, row, 2);
    else if ('table' in item) tableOutline(item.table, row, 2);
    else row(item.heading.line, 1 + item.heading.level, `${item.heading.number} ${cut(item.heading.heading, MAX_HEADING)}`);
  }
}

function sectionOutline(section: Section, row: Row, depth: number): void {
  row(section.line, depth, `${section.marker} ${cut(section.heading, MAX_HEADING)}`);
  for (const child of section.children) sectionOutline(child, row, depth + 1);
}

function tableOutline(table: Table, row: Row, depth: number): void {
  const columns = Math.max(0, ...table.rows.map((r) => r.length));
  const header = cut((table.rows[0] ?? []).join(' | '), MAX_HEADER);
  row(table.startLine, depth, `table: ${count(table.rows.length, 'row')} × ${count(columns, 'column')}, lines ${table.startLine}–${table.endLine}: ${header}`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}
