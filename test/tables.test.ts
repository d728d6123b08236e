/**
 * The table builders (src/emit/tables.ts) and CSV (src/emit/csv.ts): columns, one row
 * per record, the `tasks` view's rule for attaching phrases to lowest-level sections,
 * RFC 4180 quoting, the BOM — on the real seed and on small hand-built results.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { BOM, rowsToCsv, toCsv } from '../src/emit/csv.js';
import {
  agenciesTable,
  isoOfDate,
  sectionsTable,
  TABLE_COLUMNS,
  TABLE_NAMES,
  tableRows,
  tasksTable,
  type TableName,
} from '../src/emit/tables.js';
import type { Citation, DatePhrase, Document, GazetteResult, Part, Responsibility, Section, Target } from '../src/model.js';
import { flatSections, seedDoc, seedResult } from './helpers/seed.js';

// The first test of a file loads the parser and may parse the seed: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

// ---------------------------------------------------------------------------------------
// Hand-built results: only the fields the builders read matter; the rest are filled in.

function section(marker: string, path: string[], line: number, endLine: number, children: Section[] = [], paragraphs: { line: number; text: string }[] = []): Section {
  return {
    level: path.length,
    style: /^\d/.test(marker) ? '1.' : '一、',
    marker,
    ordinal: 1,
    heading: `heading ${path.join('/')}`,
    text: `${marker}heading ${path.join('/')}。`,
    path,
    line,
    endLine,
    paragraphs: paragraphs.map((p) => ({ ...p, endLine: p.line })),
    children,
  };
}

function part(kind: Part['kind'], startLine: number, endLine: number, sections: Section[], label: string | null = null): Part {
  return { kind, label, title: kind, startLine, endLine, sections, paragraphs: [], tables: [] };
}

function clause(line: number, agencies: string[], extra: Partial<Responsibility> = {}): Responsibility {
  return {
    text: `${agencies.join('、')}负责`,
    agencies,
    canonical: agencies.map(() => null),
    lead: null,
    support: null,
    roles: [{ role: '负责', agencies }],
    mode: '负责',
    closed: true,
    sectionPath: [],
    line,
    column: 3,
    ...extra,
  };
}

function date(line: number, kind: DatePhrase['kind'], start: string | null, end: string | null): DatePhrase {
  return { text: `date@${line}`, kind, start, end, yearInferred: false, recurring: false, sectionPath: [], line, column: 1 };
}

function target(line: number, value: number, unit: string | null, metric: string | null = null, comparator: Target['comparator'] = '>='): Target {
  return { text: `target@${line}`, metric, comparator, value, unit, sectionPath: [], line, column: 1 };
}

function doc(docNumber: string | null, startLine: number, endLine: number, parts: Part[], phrases: Partial<Pick<Document, 'responsibilities' | 'dates' | 'targets' | 'citations'>> = {}): Document {
  return {
    docNumber,
    docNumberParts: null,
    issuer: '吕梁市人民政府办公室',
    title: 'title',
    genre: '通知',
    addressees: ['各县（市、区）人民政府', '市直有关单位'],
    date: '2020-07-07',
    disclosure: null,
    attachments: [],
    parts,
    responsibilities: [],
    dates: [],
    targets: [],
    citations: [],
    startLine,
    endLine,
    ...phrases,
  };
}

function result(name: string, documents: Document[]): GazetteResult {
  return {
    schemaVersion: '1',
    source: { name, bytes: 0, encoding: 'utf-8', sha256: '0'.repeat(64), lines: 1000 },
    documents,
    fragments: [],
    diagnostics: [],
    stats: {
      lines: 0, blankLines: 0, textLines: 0, furnitureLines: 0, documentLines: 0, fragmentLines: 0, unaccountedLines: 0,
      paragraphs: 0, documents: documents.length, sections: 0, responsibilities: 0, dates: 0, targets: 0, citations: 0, tables: 0,
    },
  };
}

/**
 * 一、 (10–40) holds 1. (12–20) and 2. (22–40); 二、 (42–60) is a leaf of its own; an
 * attachment (70–90) has 1. (72–90).
 */
function taskDoc(): Document {
  const tree = [section('一、', ['一'], 10, 40, [section('1.', ['一', '1'], 12, 20, [], [{ line: 16, text: '第二段。' }]), section('2.', ['一', '2'], 22, 40)]), section('二、', ['二'], 42, 60)];
  return doc('吕政办发〔2020〕50号', 1, 90, [part('instrument', 8, 60, tree), part('attachment', 70, 90, [section('1.', ['1'], 72, 90)], '附件1')], {
    responsibilities: [
      clause(11, ['市政府']), // in 一、's own heading paragraph: no task
      clause(14, ['市市场监管局', '市公安局'], {
        canonical: ['市市场监督管理局', null],
        lead: ['市市场监管局'],
        support: ['市公安局'],
        roles: [
          { role: '牵头', agencies: ['市市场监管局'] },
          { role: '配合', agencies: ['市公安局'] },
        ],
        mode: '牵头',
      }),
      clause(18, ['市公安局', '市财政局']), // same task: agencies merged, no repeats
      clause(45, ['市发改委'], { canonical: ['市发展和改革委员会'] }),
      clause(80, ['市教育局']),
    ],
    dates: [date(13, 'by', null, '2020-10-31'), date(17, 'by', null, '2020-10-31'), date(30, 'range', '2020-07', '2020-12'), date(31, 'from', '2020-10-01', null), date(44, 'on', '2020-08-01', '2020-08-01'), date(41, 'year', '2021', '2021')],
    targets: [target(15, 98, '%', '食品抽检合格率'), target(50, 1000, '万元', null, '='), target(88, 0.3333, null, null, '<=')],
  });
}

describe('the tasks table', () => {
  const rows = tasksTable(result('t.txt', [taskDoc()]));

  it('has one row per lowest-level numbered section, in reading order, across parts', () => {
    expect(rows.map((r) => [r.part, r.sectionPath, r.line, r.endLine])).toEqual([
      ['instrument', '一/1', 12, 20],
      ['instrument', '一/2', 22, 40],
      ['instrument', '二', 42, 60],
      ['attachment-1', '1', 72, 90],
    ]);
  });

  it('attaches a phrase to the leaf whose [line, endLine] holds its line, never to a parent heading', () => {
    const [t1, t2, t3, t4] = rows;
    // canonical name when known, else the printed one; merged over clauses without repeats
    expect(t1!.agencies).toBe('市市场监督管理局、市公安局、市财政局');
    expect(t1!.lead).toBe('市市场监督管理局');
    expect(t1!.support).toBe('市公安局');
    expect(t2!.agencies).toBe('');
    expect(t3!.agencies).toBe('市发展和改革委员会');
    expect(t4!.agencies).toBe('市教育局');
    expect(rows.some((r) => r.agencies.includes('市政府'))).toBe(false); // line 11: 一、's own paragraph
  });

  it('writes deadlines as distinct ISO dates and intervals, and targets as metric comparator value unit (a bare amount never starts with =)', () => {
    expect(rows.map((r) => r.deadlines)).toEqual(['2020-10-31', '2020-07/2020-12; 2020-10-01/..', '2020-08-01', '']);
    expect(rows.map((r) => r.targets)).toEqual(['食品抽检合格率 >= 98%', '', '1000万元', '<= 0.3333']);
  });

  it('drops a phrase outside every leaf (line 41 lies between 2. and 二、)', () => {
    expect(rows.flatMap((r) => r.deadlines.split('; ')).includes('2021')).toBe(false);
  });

  it('carries the task text with the paragraphs under it, one per line', () => {
    expect(rows[0]!.text).toBe('1.heading 一/1。\n第二段。');
  });

  it('keeps phrases within their own document, even where line ranges of two inputs overlap', () => {
    const other = doc('吕政办发〔2020〕51号', 1, 90, [part('notice', 1, 90, [section('一、', ['一'], 10, 40)])]);
    const both = tasksTable([result('a.txt', [taskDoc()]), result('b.txt', [other])]);
    const b = both.filter((r) => r.source === 'b.txt');
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ docNumber: '吕政办发〔2020〕51号', agencies: '', deadlines: '', targets: '' });
  });

  it('on the seed: every clause of 50 号 inside a leaf lands in that leaf, and only there', () => {
    const d50 = seedDoc(50);
    const tasks = tasksTable(result('seed', [d50]));
    const leaves = d50.parts.flatMap((p) => flatSections(p.sections)).filter((s) => s.children.length === 0);
    expect(tasks).toHaveLength(leaves.length);
    for (const r of d50.responsibilities) {
      const leaf = leaves.find((s) => s.line <= r.line && r.line <= s.endLine);
      const row = tasks.find((t) => t.line === leaf?.line);
      if (!leaf) continue;
      // (names may hold 、 themselves: 各县（市、区）人民政府)
      for (const [i, a] of r.agencies.entries()) expect(row!.agencies).toContain(r.canonical[i] ?? a);
    }
  });
});

describe('ISO dates of phrases', () => {
  it.each([
    [{ kind: 'by', start: null, end: '2020-10-28' }, '2020-10-28'],
    [{ kind: 'on', start: '2020-10-01', end: '2020-10-01' }, '2020-10-01'],
    [{ kind: 'month', start: '2020-06', end: '2020-06' }, '2020-06'],
    [{ kind: 'range', start: '2020-07', end: '2020-12' }, '2020-07/2020-12'],
    [{ kind: 'period', start: '2020-07', end: '2020-09' }, '2020-07/2020-09'],
    [{ kind: 'from', start: '2020-10-01', end: null }, '2020-10-01/..'],
    [{ kind: 'by', start: null, end: '--01-31' }, '--01-31'],
    // A limit counted from an event (自…之日起30日内) and a quarterly one (每季度末).
    [{ kind: 'by', start: null, end: null, within: 'P30D' }, 'P30D'],
    [{ kind: 'by', start: null, end: null, every: 'quarter' }, 'R/P3M'],
  ])('%o → %s', (p, iso) => expect(isoOfDate(p)).toBe(iso));
});

describe('the agencies table', () => {
  it('has one row per agency per clause, with its role and lead/support flags', () => {
    const rows = agenciesTable(result('t.txt', [taskDoc()]));
    const at14 = rows.filter((r) => r.line === 14);
    expect(at14.map((r) => [r.agency, r.canonical, r.role, r.lead, r.support])).toEqual([
      ['市市场监管局', '市市场监督管理局', '牵头', true, false],
      ['市公安局', null, '配合', false, true],
    ]);
    expect(rows).toHaveLength(1 + 2 + 2 + 1 + 1);
    expect(rows.every((r) => r.docNumber === '吕政办发〔2020〕50号' && r.clause.endsWith('负责'))).toBe(true);
  });
});

describe('every table on the seed', () => {
  const seed = seedResult();

  it.each(TABLE_NAMES)('%s: rows carry source, docNumber and line, with exactly the declared columns', (name) => {
    const rows = tableRows(name, seed) as unknown as Record<string, unknown>[];
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(TABLE_COLUMNS[name]);
      expect(row['source']).toBe('seed/input.txt');
      expect(Number.isInteger(row['line']) && (row['line'] as number) >= 1).toBe(true);
      expect(seed.documents.some((d) => d.docNumber === row['docNumber'])).toBe(true);
    }
  });

  it('documents: the 13 notices', () => {
    expect(tableRows('documents', seed).map((r) => r.docNumber)).toEqual(seed.documents.map((d) => d.docNumber));
  });

  it('sections: every section of every part, depth first; leaves flagged', () => {
    const all = seed.documents.flatMap((d) => d.parts.flatMap((p) => flatSections(p.sections)));
    const rows = sectionsTable(seed);
    expect(rows.map((r) => r.line)).toEqual(all.map((s) => s.line));
    expect(rows.filter((r) => r.leaf)).toHaveLength(all.filter((s) => s.children.length === 0).length);
    expect(tableRows('tasks', seed)).toHaveLength(all.filter((s) => s.children.length === 0).length);
  });

  it('responsibilities, dates, targets and citations: one row per phrase of the model', () => {
    const total = (k: 'responsibilities' | 'dates' | 'targets' | 'citations') => seed.documents.reduce((n, d) => n + d[k].length, 0);
    expect(tableRows('responsibilities', seed)).toHaveLength(total('responsibilities'));
    expect(tableRows('dates', seed)).toHaveLength(total('dates'));
    expect(tableRows('targets', seed)).toHaveLength(total('targets'));
    expect(tableRows('citations', seed)).toHaveLength(total('citations'));
    expect(tableRows('agencies', seed)).toHaveLength(seed.documents.reduce((n, d) => n + d.responsibilities.reduce((m, r) => m + r.agencies.length, 0), 0));
  });
});

describe('CSV', () => {
  const tricky = result('dir, with comma/"quoted".txt', [
    doc('吕政办发〔2020〕50号', 1, 90, [part('notice', 1, 90, [section('一、', ['一'], 10, 40, [], [{ line: 12, text: '第一行，"引号"\n第二行' }])])], {
      citations: [{ text: '《条例》（国办发〔2019〕35号）', title: '条例', docNumber: '国办发〔2019〕35号', sectionPath: ['一'], line: 12, column: 4 } satisfies Citation],
    }),
  ]);

  it('follows RFC 4180: header row, CRLF record ends, commas, quotes and line breaks quoted, quotes doubled', () => {
    const text = toCsv('tasks', tricky);
    expect(text.startsWith(TABLE_COLUMNS.tasks.join(',') + '\r\n')).toBe(true);
    expect(text).toContain('"dir, with comma/""quoted"".txt"');
    expect(text).toContain('"一、heading 一。\n第一行，""引号""\n第二行"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('parses back with csv-parse to the same rows (null → empty, booleans → true/false)', () => {
    for (const name of TABLE_NAMES) {
      const rows = tableRows(name, [tricky, seedResult()]) as unknown as Record<string, unknown>[];
      const back = parse(toCsv(name, [tricky, seedResult()]), { columns: true }) as Record<string, string>[];
      expect(back).toEqual(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))));
    }
  });

  it('names the cited number citedDocNumber, so docNumber stays the citing document', () => {
    const [row] = parse(toCsv('citations', tricky), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ docNumber: '吕政办发〔2020〕50号', citedDocNumber: '国办发〔2019〕35号' });
  });

  it('with bom starts with one U+FEFF and nothing else changes', () => {
    const plain = toCsv('documents', tricky);
    const bom = toCsv('documents', tricky, { bom: true });
    expect(bom).toBe(BOM + plain);
    expect(Buffer.from(bom, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes the header even when there are no rows', () => {
    for (const name of TABLE_NAMES as readonly TableName[]) expect(rowsToCsv(name, [])).toBe(TABLE_COLUMNS[name].join(',') + '\r\n');
  });
});
