/**
 * The table builders: flat rows for spreadsheets and data tools, one builder per table
 * named in MODEL.md ("CSV tables"). Every row carries `source` (the input's name),
 * `docNumber` and `line`, so a row leads back to its document and input line. Values are
 * strings, numbers, booleans or null; lists are joined (agencies with `、`, groups with
 * `|`, section paths with `/`), so each cell is one value a spreadsheet can filter on.
 */
import type { Document, GazetteResult, Part, Responsibility, Section } from '../model.js';
import { rowCells, taskColumnsOf, taskRows, type TaskColumns } from '../phrases/taskTables.js';

/** Every table, in the order `-o DIR` writes them. */
export const TABLE_NAMES = ['documents', 'sections', 'responsibilities', 'agencies', 'dates', 'targets', 'citations', 'tasks'] as const;

/** The name of a table. */
export type TableName = (typeof TABLE_NAMES)[number];

/** One cell value. */
export type Cell = string | number | boolean | null;

/** One row of the `documents` table: a notice. */
export interface DocumentRow {
  source: string;
  docNumber: string | null;
  line: number;
  endLine: number;
  issuer: string | null;
  title: string;
  genre: string | null;
  date: string | null;
  addressees: string;
  disclosure: string | null;
  /** `附件1 标题|附件2 标题`, in document order. */
  attachments: string;
  /** `notice|instrument|attachment-1`. */
  parts: string;
  sections: number;
  responsibilities: number;
  dates: number;
  targets: number;
  citations: number;
}

/** One row of the `sections` table: a numbered heading. */
export interface SectionRow {
  source: string;
  docNumber: string | null;
  part: string;
  line: number;
  endLine: number;
  level: number;
  style: string;
  marker: string;
  ordinal: number | null;
  sectionPath: string;
  heading: string;
  /** True for a lowest-level section (a task in the `tasks` table). */
  leaf: boolean;
  text: string;
}

/**
 * Where a record of the phrase tables (responsibilities, agencies, dates, targets,
 * citations) stands: input, document, part, line and column, section path. Their first
 * columns, in this order.
 */
export interface RecordPlace {
  source: string;
  docNumber: string | null;
  part: string;
  line: number;
  column: number;
  sectionPath: string;
}

/** One row of the `responsibilities` table: a clause. */
export interface ResponsibilityRow extends RecordPlace {
  text: string;
  agencies: string;
  canonical: string;
  lead: string;
  support: string;
  /** `牵头:市能源局|配合:市应急局、吕梁煤监分局`; `-` for a group without a role word. */
  roles: string;
  mode: string | null;
  closed: boolean;
}

/** One row of the `agencies` table: one agency named in one clause. */
export interface AgencyRow extends RecordPlace {
  agency: string;
  canonical: string | null;
  /** The role word of the agency's group in the clause (null when the group has none). */
  role: string | null;
  lead: boolean;
  support: boolean;
  mode: string | null;
  clause: string;
}

/** One row of the `dates` table: a date phrase. */
export interface DateRow extends RecordPlace {
  text: string;
  kind: string;
  start: string | null;
  end: string | null;
  yearInferred: boolean;
  recurring: boolean;
}

/** One row of the `targets` table: a quantitative target. */
export interface TargetRow extends RecordPlace {
  text: string;
  metric: string | null;
  comparator: string;
  value: number;
  unit: string | null;
}

/** One row of the `citations` table: a cited law or document. */
export interface CitationRow extends RecordPlace {
  text: string;
  title: string | null;
  /** The cited document's number (`docNumber` is the citing document's). */
  citedDocNumber: string | null;
}

/** One row of the `tasks` table: a lowest-level numbered item, or a row of a task table, and what it asks of whom, by when. */
export interface TaskRow {
  source: string;
  docNumber: string | null;
  part: string;
  line: number;
  endLine: number;
  sectionPath: string;
  heading: string;
  /** Every agency of the task's clauses, canonical name when known, else as printed. */
  agencies: string;
  lead: string;
  support: string;
  /** Distinct ISO dates of the task's date phrases in text order, `; `-joined: a date, or `start/end`, `start/..` for intervals. */
  deadlines: string;
  /** `metric comparator value unit` of each target (`value unit` for a bare amount), `; `-joined. */
  targets: string;
  /** The task's heading paragraph and the paragraphs under it, one per line. */
  text: string;
}

/** The row type of each table. */
export interface TableRows {
  documents: DocumentRow;
  sections: SectionRow;
  responsibilities: ResponsibilityRow;
  agencies: AgencyRow;
  dates: DateRow;
  targets: TargetRow;
  citations: CitationRow;
  tasks: TaskRow;
}

/** Column order of each table (the CSV header). */
export const TABLE_COLUMNS: { readonly [T in TableName]: readonly (keyof TableRows[T] & string)[] } = {
  documents: ['source', 'docNumber', 'line', 'endLine', 'issuer', 'title', 'genre', 'date', 'addressees', 'disclosure', 'attachments', 'parts', 'sections', 'responsibilities', 'dates', 'targets', 'citations'],
  sections: ['source', 'docNumber', 'part', 'line', 'endLine', 'level', 'style', 'marker', 'ordinal', 'sectionPath', 'heading', 'leaf', 'text'],
  responsibilities: ['source', 'docNumber', 'part', 'line', 'column', 'sectionPath', 'text', 'agencies', 'canonical', 'lead', 'support', 'roles', 'mode', 'closed'],
  agencies: ['source', 'docNumber', 'part', 'line', 'column', 'sectionPath', 'agency', 'canonical', 'role', 'lead', 'support', 'mode', 'clause'],
  dates: ['source', 'docNumber', 'part', 'line', 'column', 'sectionPath', 'text', 'kind', 'start', 'end', 'yearInferred', 'recurring'],
  targets: ['source', 'docNumber', 'part', 'line', 'column', 'sectionPath', 'text', 'metric', 'comparator', 'value', 'unit'],
  citations: ['source', 'docNumber', 'part', 'line', 'column', 'sectionPath', 'text', 'title', 'citedDocNumber'],
  tasks: ['source', 'docNumber', 'part', 'line', 'endLine', 'sectionPath', 'heading', 'agencies', 'lead', 'support', 'deadlines', 'targets', 'text'],
};

/** True when `name` is a table name. */
export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** Rows of one table for one or several results, in input and reading order. */
export function tableRows<T extends TableName>(name: T, results: GazetteResult | readonly GazetteResult[]): TableRows[T][] {
  const builders: { [K in TableName]: (r: GazetteResult | readonly GazetteResult[]) => TableRows[K][] } = {
    documents: documentsTable,
    sections: sectionsTable,
    responsibilities: responsibilitiesTable,
    agencies: agenciesTable,
    dates: datesTable,
    targets: targetsTable,
    citations: citationsTable,
    tasks: tasksTable,
  };
  return builders[name](results) as TableRows[T][];
}

const list = (r: GazetteResult | readonly GazetteResult[]): readonly GazetteResult[] => (Array.isArray(r) ? r : [r as GazetteResult]);
const join = (items: readonly (string | null)[] | null | undefined, sep = '、'): string => (items ?? []).filter((s): s is string => !!s).join(sep);
const pathOf = (path: readonly string[]): string => path.join('/');

/** Calls `fn` for every document of every result. */
function eachDocument<R>(results: GazetteResult | readonly GazetteResult[], fn: (doc: Document, source: string) => R[]): R[] {
  return list(results).flatMap((r) => r.documents.flatMap((d) => fn(d, r.source.name)));
}

/** `notice`, `instrument`, `attachment-N` (`attachment` when unnumbered): the part's stable name. */
export function partName(part: Part): string {
  if (part.kind !== 'attachment') return part.kind;
  const n = part.label?.replace(/\D/g, '');
  return n ? `attachment-${n}` : 'attachment';
}

/** The name of the part holding `line` (parts do not overlap); the first part when none does. */
function partAt(doc: Document, line: number): string {
  const part = doc.parts.find((p) => p.startLine <= line && line <= p.endLine) ?? doc.parts[0];
  return part ? partName(part) : 'notice';
}

/** The place columns of a record found in document `d` of input `source`. */
function placeOf(d: Document, source: string, record: { line: number; column: number; sectionPath: readonly string[] }): RecordPlace {
  return { source, docNumber: d.docNumber, part: partAt(d, record.line), line: record.line, column: record.column, sectionPath: pathOf(record.sectionPath) };
}

/** Every section of a tree, depth first, in reading order. */
function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** The `documents` table: one row per notice. */
export function documentsTable(results: GazetteResult | readonly GazetteResult[]): DocumentRow[] {
  return eachDocument(results, (d, source) => [
    {
      source,
      docNumber: d.docNumber,
      line: d.startLine,
      endLine: d.endLine,
      issuer: d.issuer,
      title: d.title,
      genre: d.genre,
      date: d.date,
      addressees: join(d.addressees),
      disclosure: d.disclosure,
      attachments: d.attachments.map((a) => [a.label, a.title].filter(Boolean).join(' ')).join('|'),
      parts: d.parts.map(partName).join('|'),
      sections: d.parts.reduce((n, p) => n + flatten(p.sections).length, 0),
      responsibilities: d.responsibilities.length,
      dates: d.dates.length,
      targets: d.targets.length,
      citations: d.citations.length,
    },
  ]);
}

/** The `sections` table: one row per numbered heading, depth first. */
export function sectionsTable(results: GazetteResult | readonly GazetteResult[]): SectionRow[] {
  return eachDocument(results, (d, source) =>
    d.parts.flatMap((p) =>
      flatten(p.sections).map((s) => ({
        source,
        docNumber: d.docNumber,
        part: partName(p),
        line: s.line,
        endLine: s.endLine,
        level: s.level,
        style: s.style,
        marker: s.marker,
        ordinal: s.ordinal,
        sectionPath: pathOf(s.path),
        heading: s.heading,
        leaf: s.children.length === 0,
        text: s.text,
      })),
    ),
  );
}

/** `role:agency、agency|…`, `-` standing for a group without a role word. */
function rolesText(r: Responsibility): string {
  return r.roles.map((g) => `${g.role ?? '-'}:${join(g.agencies)}`).join('|');
}

/** The `responsibilities` table: one row per clause. */
export function responsibilitiesTable(results: GazetteResult | readonly GazetteResult[]): ResponsibilityRow[] {
  return eachDocument(results, (d, source) =>
    d.responsibilities.map((r) => ({
      ...placeOf(d, source, r),
      text: r.text,
      agencies: join(r.agencies),
      canonical: join(r.agencies.map((a, i) => r.canonical[i] ?? a)),
      lead: join(r.lead),
      support: join(r.support),
      roles: rolesText(r),
      mode: r.mode,
      closed: r.closed,
    })),
  );
}

/** The `agencies` table: one row per agency per clause. */
export function agenciesTable(results: GazetteResult | readonly GazetteResult[]): AgencyRow[] {
  return eachDocument(results, (d, source) =>
    d.responsibilities.flatMap((r) =>
      r.agencies.map((agency, i) => ({
        ...placeOf(d, source, r),
        agency,
        canonical: r.canonical[i] ?? null,
        role: r.roles.find((g) => g.agencies.includes(agency))?.role ?? null,
        lead: r.lead?.includes(agency) ?? false,
        support: r.support?.includes(agency) ?? false,
        mode: r.mode,
        clause: r.text,
      })),
    ),
  );
}

/** The `dates` table: one row per date phrase. */
export function datesTable(results: GazetteResult | readonly GazetteResult[]): DateRow[] {
  return eachDocument(results, (d, source) =>
    d.dates.map((p) => ({
      ...placeOf(d, source, p),
      text: p.text,
      kind: p.kind,
      start: p.start,
      end: p.end,
      yearInferred: p.yearInferred,
      recurring: p.recurring,
    })),
  );
}

/** The `targets` table: one row per target. */
export function targetsTable(results: GazetteResult | readonly GazetteResult[]): TargetRow[] {
  return eachDocument(results, (d, source) =>
    d.targets.map((t) => ({
      ...placeOf(d, source, t),
      text: t.text,
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
    })),
  );
}

/** The `citations` table: one row per citation. */
export function citationsTable(results: GazetteResult | readonly GazetteResult[]): CitationRow[] {
  return eachDocument(results, (d, source) =>
    d.citations.map((c) => ({
      ...placeOf(d, source, c),
      text: c.text,
      title: c.title,
      citedDocNumber: c.docNumber,
    })),
  );
}

/**
 * A date phrase as one ISO 8601 value: the date, or an interval `start/end` (`..` for an open
 * end); a limit counted from an event as its duration (`P30D`); a quarterly recurrence as a
 * repeating interval (`R/P3M`).
 */
export function isoOfDate(p: { kind: string; start: string | null; end: string | null; within?: string; every?: string }): string {
  if (p.within) return p.within;
  if (p.every === 'quarter') return 'R/P3M';
  switch (p.kind) {
    case 'by':
      return p.end ?? p.start ?? '';
    case 'range':
    case 'period':
    case 'from':
      return `${p.start ?? '..'}/${p.end ?? '..'}`;
    default:
      return p.start ?? p.end ?? '';
  }
}

/**
 * `metric comparator value unit`, leaving out what is unknown. A bare amount (`=` with no
 * metric) is just `value unit`: a cell that starts with `=` is a formula to a spreadsheet
 * (LibreOffice shows `= 1000万元` as #NAME?).
 */
function targetText(t: { metric: string | null; comparator: string; value: number; unit: string | null }): string {
  const amount = `${t.value}${t.unit ?? ''}`;
  if (t.metric === null) return t.comparator === '=' ? amount : `${t.comparator} ${amount}`;
  return `${t.metric} ${t.comparator} ${amount}`;
}

/** Distinct, in first-seen order. */
const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** A task of the `tasks` table before its phrases are gathered: a leaf section or a task-table row. */
interface TaskSpan {
  part: string;
  line: number;
  endLine: number;
  path: readonly string[];
  heading: string;
  text: string;
}

/**
 * The `tasks` table: one row per lowest-level numbered section (a leaf) of every part, and
 * one per row of a task table (任务分解表: a table whose header names a task column and a
 * responsibility column, printed as `|`-separated paragraphs or found as a table), its
 * heading the row's task cell. A phrase belongs to the innermost task whose lines
 * [line, endLine] hold the phrase's line, in the same document (a task-table row inside a
 * leaf's lines takes its own phrases); phrases in a parent's own heading paragraph belong to no task.
 */
export function tasksTable(results: GazetteResult | readonly GazetteResult[]): TaskRow[] {
  return eachDocument(results, (d, source) => {
    const leaves: TaskSpan[] = d.parts.flatMap((p) =>
      flatten(p.sections)
        .filter((s) => s.children.length === 0)
        .map((s) => ({ part: partName(p), line: s.line, endLine: s.endLine, path: s.path, heading: s.heading, text: [s.text, ...s.paragraphs.map((x) => x.text)].join('\n') })),
    );
    const rows = taskTableRows(d);
    // Rows of task tables take their place among the leaves, in line order.
    const spans = rows.length === 0 ? leaves : [...leaves, ...rows].sort((a, b) => a.line - b.line);
    const tasks = spans.map((s) => ({ s, clauses: [] as Responsibility[], dates: [] as string[], targets: [] as string[] }));
    // Tasks in line order; the innermost holder of a line is the latest-starting one that reaches it.
    const byLine = [...tasks].sort((a, b) => a.s.line - b.s.line || b.s.endLine - a.s.endLine);
    const taskAt = (line: number) => {
      let lo = 0;
      let hi = byLine.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (byLine[mid]!.s.line <= line) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let k = last; k >= 0; k--) if (line <= byLine[k]!.s.endLine) return byLine[k];
      return undefined;
    };
    for (const r of d.responsibilities) taskAt(r.line)?.clauses.push(r);
    for (const p of d.dates) taskAt(p.line)?.dates.push(isoOfDate(p));
    for (const t of d.targets) taskAt(t.line)?.targets.push(targetText(t));
    return tasks.map(({ s, clauses, dates, targets }) => {
      const canonical = (r: Responsibility, names: readonly string[] | null) => (names ?? []).map((a) => r.canonical[r.agencies.indexOf(a)] ?? a);
      return {
        source,
        docNumber: d.docNumber,
        part: s.part,
        line: s.line,
        endLine: s.endLine,
        sectionPath: pathOf(s.path),
        heading: s.heading,
        agencies: join(unique(clauses.flatMap((r) => canonical(r, r.agencies)))),
        lead: join(unique(clauses.flatMap((r) => canonical(r, r.lead)))),
        support: join(unique(clauses.flatMap((r) => canonical(r, r.support)))),
        deadlines: unique(dates.filter(Boolean)).join('; '),
        targets: unique(targets).join('; '),
        text: s.text,
      };
    });
  });
}

/**
 * The rows of a document's task tables, as tasks: rows printed as paragraphs between `|`
 * under a header paragraph that names the columns (the header holds for the rest of the
 * document, as in the phrase stage), and the rows of tables whose first row is such a header.
 */
function taskTableRows(d: Document): TaskSpan[] {
  const out: TaskSpan[] = [];
  let columns: TaskColumns | null = null;
  for (const part of d.parts) {
    const name = partName(part);
    const paragraphs = [
      ...part.paragraphs.map((p) => ({ p, path: [] as readonly string[] })),
      ...flatten(part.sections).flatMap((s) => [{ p: { line: s.line, endLine: s.line, text: s.text }, path: s.path }, ...s.paragraphs.map((p) => ({ p, path: s.path }))]),
    ].sort((a, b) => a.p.line - b.p.line);
    for (const { p, path } of paragraphs) {
      const cells = rowCells(p.text);
      if (!cells) continue;
      const header = taskColumnsOf(cells.map((c) => c.text));
      if (header) columns = header;
      const rows = columns && !header ? taskRows(cells, columns) : null;
      for (const row of rows ?? []) {
        const texts = row.map((c) => c.text);
        out.push({ part: name, line: p.line, endLine: p.endLine ?? p.line, path, heading: texts[columns!.task]!, text: texts.join(' | ') });
      }
    }
    for (const table of part.tables) {
      const header = table.rows[0] ? taskColumnsOf(table.rows[0]) : null;
      if (!header) continue;
      const path = innermostPath(part.sections, table.startLine);
      table.rows.forEach((cells, i) => {
        if (i === 0 || cells.length !== header.count) return;
        const endLine = i + 1 < table.rowLines.length ? table.rowLines[i + 1]! - 1 : table.endLine;
        out.push({ part: name, line: table.rowLines[i]!, endLine: Math.max(endLine, table.rowLines[i]!), path, heading: cells[header.task]!, text: cells.join(' | ') });
      });
    }
  }
  return out;
}

/** The path of the deepest section whose lines hold `line` (empty when none does). */
function innermostPath(sections: readonly Section[], line: number): readonly string[] {
  const holder = sections.find((s) => s.line <= line && line <= s.endLine);
  if (!holder) return [];
  const inner = innermostPath(holder.children, line);
  return inner.length > 0 ? inner : holder.path;
}
