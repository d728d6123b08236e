/**
 * The output model, contract v1 (`../shared/spec/MODEL.md`; `schemas/` is its machine
 * form). Field names are fixed by the contract; fields marked "ours" are additions.
 * Every line number is a 1-based line of the original input file.
 */

/** Severity of a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding about the input, with its position. Codes are listed in `src/diagnostics.ts`. */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  line: number;
  column: number;
}

/** Where the result came from. */
export interface Source {
  name: string;
  bytes: number;
  encoding: string;
  sha256: string;
  lines: number;
  /** Ours: the reader the input went through (absent: plain text read by `parseGazette`). */
  format?: InputKind;
  /** Ours (PDF): the lines of each page; a PDF's line numbers count its text lines in reading order. */
  pages?: PageLines[];
  /** Ours: metadata printed outside the body (a web page's 政府信息公开 table, Markdown front matter), label → value. */
  metadata?: Record<string, string>;
}

/** The kinds of input read: plain text, Markdown, web page, PDF, Word. */
export type InputKind = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** The lines of one PDF page (ours). */
export interface PageLines {
  /** 1-based page number. */
  page: number;
  startLine: number;
  endLine: number;
}

/** How every input line was accounted for (ours). */
export interface Stats {
  /** Physical lines in the file. */
  lines: number;
  blankLines: number;
  /** Non-blank lines. */
  textLines: number;
  /** Running headers and page numbers. */
  furnitureLines: number;
  /** Non-blank, non-furniture lines inside a document's range. */
  documentLines: number;
  /** Non-blank lines inside a fragment's range. */
  fragmentLines: number;
  /** Non-blank lines in no document, no fragment and not furniture: always 0 unless there is a bug. */
  unaccountedLines: number;
  paragraphs: number;
  documents: number;
  sections: number;
  responsibilities: number;
  dates: number;
  targets: number;
  citations: number;
  tables: number;
}

/** One input file parsed. */
export interface GazetteResult {
  schemaVersion: '1';
  source: Source;
  documents: Document[];
  fragments: Fragment[];
  diagnostics: Diagnostic[];
  stats: Stats;
}

/** Text that belongs to no document (e.g. a duplicated, truncated extraction). */
export interface Fragment {
  startLine: number;
  endLine: number;
  reason: string;
  text: string;
}

/** `{ prefix: "吕政办发", year: 2020, serial: 50 }` */
export interface DocNumberParts {
  prefix: string;
  year: number;
  serial: number;
}

/** An attachment announced in the 附件 list and/or found as a part. */
export interface Attachment {
  label: string;
  number: number | null;
  title: string | null;
  /** The line of its `附件 N` label; null when announced but not found. */
  startLine: number | null;
  /** Ours: the line of the attachment list entry; null when found but not announced. */
  listedLine: number | null;
}

/** One notice (公文). */
export interface Document {
  docNumber: string | null;
  docNumberParts: DocNumberParts | null;
  issuer: string | null;
  title: string;
  genre: string | null;
  addressees: string[];
  date: string | null;
  disclosure: string | null;
  attachments: Attachment[];
  parts: Part[];
  responsibilities: Responsibility[];
  dates: DatePhrase[];
  targets: Target[];
  citations: Citation[];
  startLine: number;
  endLine: number;
}

/** The notice itself, the enclosed instrument, or an attachment. */
export interface Part {
  kind: 'notice' | 'instrument' | 'attachment';
  label: string | null;
  title: string | null;
  startLine: number;
  sections: Section[];
  /** Paragraphs outside any section (before the first heading). */
  paragraphs: Paragraph[];
  tables: Table[];
  /** Ours: last input line of the part. */
  endLine: number;
  /** Ours: the decimal outline (`1　总则`, `1.1　编制目的`) of a part numbered so; absent otherwise. */
  outline?: OutlineHeading[];
}

/** A heading of the decimal family (ours): `2.1.3　…` is number `2.1.3`, level 3. */
export interface OutlineHeading {
  number: string;
  level: number;
  /** The text after the number up to the first sentence stop. */
  heading: string;
  line: number;
  /** Last input line of the heading's span (to the next heading of its level or above). */
  endLine: number;
}

/** A table block: rows of cells (ours beyond `startLine` and `rows`). */
export interface Table {
  startLine: number;
  endLine: number;
  rows: string[][];
  /** The input line of each row. */
  rowLines: number[];
}

/** A numbered heading and everything under it. */
export interface Section {
  level: number;
  style: string;
  marker: string;
  ordinal: number | null;
  heading: string;
  text: string;
  path: string[];
  line: number;
  paragraphs: Paragraph[];
  children: Section[];
  /** Ours: last input line of the section including its children. */
  endLine: number;
}

/** A paragraph of body text. */
export interface Paragraph {
  line: number;
  text: string;
  /** Ours: last input line of the paragraph. */
  endLine: number;
}

/** One agency named in a responsibility clause (ours). */
export interface AgencyRef {
  /** As printed, whitespace removed. */
  name: string;
  /** Canonical full name from the agency directory; null when unknown. */
  canonical: string | null;
}

/** A responsibility clause: who must do a task. */
export interface Responsibility {
  text: string;
  agencies: string[];
  lead: string[] | null;
  support: string[] | null;
  roles: { role: string | null; agencies: string[] }[];
  mode: string | null;
  closed: boolean;
  sectionPath: string[];
  line: number;
  /** Ours: canonical names of `agencies`, same order (null where unknown). */
  canonical: (string | null)[];
  column: number;
}

/** A date or deadline phrase. */
export interface DatePhrase {
  text: string;
  kind: 'on' | 'by' | 'from' | 'range' | 'period' | 'month' | 'year';
  start: string | null;
  end: string | null;
  yearInferred: boolean;
  sectionPath: string[];
  line: number;
  column: number;
  /** Ours: true for yearly recurring phrases (每年 1 月底前); start/end are then `--MM-DD`. */
  recurring: boolean;
  /** Ours: a limit counted from an event, as an ISO 8601 duration (`自…之日起30日内` → `P30D`); start and end are null. */
  within?: string;
  /** Ours: a recurrence with no yearly date (`每季度最后一个月的30日前` → `quarter`); start and end are null. */
  every?: 'quarter';
}

/** A quantitative target or quota. */
export interface Target {
  text: string;
  metric: string | null;
  comparator: '>=' | '<=' | '=' | '>' | '<';
  value: number;
  unit: string | null;
  sectionPath: string[];
  line: number;
  column: number;
}

/** A law or document the text cites. */
export interface Citation {
  text: string;
  title: string | null;
  docNumber: string | null;
  sectionPath: string[];
  line: number;
  column: number;
}
