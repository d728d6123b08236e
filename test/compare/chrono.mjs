#!/usr/bin/env node
/**
 * Compares our date phrases with chrono-node's Chinese parser (`chrono.zh`, a dev
 * dependency) on the same paragraphs: every body paragraph (headings included) of the
 * documents with a hand-read date list (fixtures/seed/expected/dates/*.tsv). Run with
 * `npm run compare:chrono` (it builds first; we are imported from dist/).
 *
 * For each listed phrase it asks: did the parser mark text overlapping it (detected), and
 * did it give the listed dates (same dates: for chrono, its start/end agree with the list
 * to the list's precision — chrono has no notion of a deadline or of 底, so a `by` phrase
 * counts when chrono's date is the listed end)? Chrono's results that overlap no listed
 * phrase are counted as extra.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { parseGazette } from '../../dist/src/index.js';

const fixture = (p) => fileURLToPath(new URL(`../../fixtures/${p}`, import.meta.url));
const squash = (s) => (s ?? '').replace(/\s+/g, '');

// The hand-read date lists; a file's stem says what it covers (`58-instrument`: 58 号's instrument).
const LISTS = readdirSync(fixture('seed/expected/dates'))
  .filter((f) => f.endsWith('.tsv'))
  .sort()
  .map((f) => {
    const [serial, ...part] = f.replace(/\.tsv$/, '').split('-');
    return { name: f.replace(/\.tsv$/, ''), serial: Number(serial), part: part.length ? part.join('-') : null };
  });

function readList(name) {
  const lines = readFileSync(fixture(`seed/expected/dates/${name}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  const cols = header.split('\t');
  const nil = (s) => (s === '-' || s === '' || s === undefined ? null : s);
  return rows.map((r) => {
    const o = Object.fromEntries(cols.map((c, i) => [c, (r.split('\t')[i] ?? '').trim()]));
    return { line: Number(o.line), text: o.text, kind: o.kind, start: nil(o.start), end: nil(o.end), yearInferred: o.yearInferred === 'true' };
  });
}

const seedLines = readFileSync(fixture('seed/input.txt'), 'utf8').split('\n');
const result = parseGazette(readFileSync(fixture('seed/input.txt')), { name: 'seed/input.txt' });

/** Body paragraphs of a part (headings included), each with its first and last input line. */
function paragraphsOf(part) {
  const items = [...part.paragraphs.map((p) => ({ line: p.line, text: p.text }))];
  const walk = (sections) => {
    for (const s of sections) {
      items.push({ line: s.line, text: s.text });
      items.push(...s.paragraphs.map((p) => ({ line: p.line, text: p.text })));
      walk(s.children);
    }
  };
  walk(part.sections);
  items.sort((a, b) => a.line - b.line);
  return items.map((p, i) => ({ ...p, last: Math.min((items[i + 1]?.line ?? part.endLine + 1) - 1, part.endLine) }));
}

/** Offsets (in the paragraph's text without spaces) where each of its input lines starts. */
function lineOffsets(p) {
  const text = squash(p.text);
  const offsets = new Map();
  let cursor = 0;
  for (let n = p.line; n <= p.last; n++) {
    const line = squash(seedLines[n - 1]);
    if (line === '') continue;
    const at = text.indexOf(line.slice(0, Math.min(line.length, 6)), cursor);
    if (at !== cursor) continue; // page furniture between the lines of a paragraph
    offsets.set(n, { at: cursor, length: line.length });
    cursor += line.length;
  }
  return offsets;
}

/** The span (in squashed paragraph text) of a listed phrase: its text, starting on its line. */
function listedSpan(p, offsets, row) {
  const o = offsets.get(row.line);
  if (!o) return null;
  const at = squash(p.text).indexOf(squash(row.text), o.at);
  return at >= 0 && at < o.at + o.length ? [at, at + squash(row.text).length] : null;
}

const overlaps = (a, b) => a && b && a[0] < b[1] && b[0] < a[1];
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const agrees = (listed, found) => listed === null || (found !== null && found.startsWith(listed.replace(/^--/, found.slice(0, 4) + '-')));

/** Chrono's dates agree with a listed row at the row's precision. */
function chronoAgrees(row, r) {
  const start = iso(r.start.date());
  const end = r.end ? iso(r.end.date()) : start;
  if (row.kind === 'by') return agrees(row.end, start) || agrees(row.end, end);
  if (row.kind === 'from') return agrees(row.start, start);
  return agrees(row.start, start) && agrees(row.end, end);
}

const table = [];
const totals = { listed: 0, oursDetected: 0, oursSame: 0, oursExtra: 0, chronoDetected: 0, chronoSame: 0, chronoExtra: 0 };
for (const list of LISTS) {
  const doc = result.documents.find((d) => d.docNumberParts?.serial === list.serial);
  const parts = list.part ? doc.parts.filter((p) => p.kind === list.part) : doc.parts;
  const rows = readList(list.name);
  const ref = new Date(`${doc.date}T12:00:00`);
  const stats = { listed: rows.length, oursDetected: 0, oursSame: 0, oursExtra: 0, chronoDetected: 0, chronoSame: 0, chronoExtra: 0 };
  for (const part of parts) {
    for (const p of paragraphsOf(part)) {
      const offsets = lineOffsets(p);
      const mine = rows.filter((r) => r.line >= p.line && r.line <= p.last).map((r) => ({ row: r, span: listedSpan(p, offsets, r) }));
      // chrono-node, zh (simplified and traditional) casual parser
      const chronoFound = chrono.zh.parse(p.text, ref).map((r) => {
        const at = squash(p.text.slice(0, r.index)).length;
        return { r, span: [at, at + squash(r.text).length] };
      });
      // ours
      const oursFound = doc.dates
        .filter((d) => d.line >= p.line && d.line <= p.last && offsets.has(d.line))
        .map((d) => {
          const o = offsets.get(d.line);
          const at = o.at + squash(seedLines[d.line - 1].slice(0, d.column - 1)).length;
          return { d, span: [at, at + squash(d.text).length] };
        });
      for (const { row, span } of mine) {
        const c = chronoFound.filter((f) => overlaps(f.span, span));
        if (c.length) stats.chronoDetected++;
        if (c.some((f) => chronoAgrees(row, f.r))) stats.chronoSame++;
        const o = oursFound.filter((f) => overlaps(f.span, span));
        if (o.length) stats.oursDetected++;
        if (o.some(({ d }) => squash(d.text) === squash(row.text) && d.kind === row.kind && d.start === row.start && d.end === row.end && d.yearInferred === row.yearInferred)) stats.oursSame++;
      }
      stats.chronoExtra += chronoFound.filter((f) => !mine.some((m) => overlaps(f.span, m.span))).length;
      stats.oursExtra += oursFound.filter((f) => !mine.some((m) => overlaps(f.span, m.span))).length;
    }
  }
  for (const k of Object.keys(totals)) totals[k] += stats[k];
  table.push({ name: list.name, ...stats });
}
table.push({ name: 'overall', ...totals });

const pct = (a, b) => (b === 0 ? '  -  ' : (a / b).toFixed(3));
const pad = (s, n) => String(s).padStart(n);
console.log('Date phrases: gazette-parse vs chrono-node zh (chrono-node %s), same paragraphs, hand-read lists', JSON.parse(readFileSync(new URL('../../node_modules/chrono-node/package.json', import.meta.url), 'utf8')).version);
console.log('recall = listed phrases found; "same dates" = with the listed dates (ours: kind, start, end, yearInferred exactly)\n');
console.log(`${'list'.padEnd(14)} listed | ours: detected  same-dates  extra | chrono: detected  same-dates  extra`);
for (const s of table) {
  console.log(
    `${s.name.padEnd(14)} ${pad(s.listed, 6)} | ${pad(pct(s.oursDetected, s.listed), 14)} ${pad(pct(s.oursSame, s.listed), 11)} ${pad(s.oursExtra, 6)} | ${pad(pct(s.chronoDetected, s.listed), 16)} ${pad(pct(s.chronoSame, s.listed), 11)} ${pad(s.chronoExtra, 6)}`,
  );
}
