/**
 * The phrase stage alone on a corpus with gold (`fixtures/corpus/` unless a directory is
 * given): every raw file read as one paragraph per non-blank line (the raw layout prints one
 * paragraph a line), `findPhrases` run on each line in order with one document state per
 * file, and the clauses, deadlines and targets scored against the gold as the corpus scorer
 * scores them — clauses as multisets of agency sets per file (P, R, F1), deadlines and
 * targets as recall by text overlap — with how many date phrases and targets were found
 * (the scorer counts only recall: a flood of false ones would not show there) and clause
 * recall per printed form. It measures the phrase stage with layout and document
 * recognition out of the way (`npm run corpus` measures the whole parser).
 *
 * usage: npm run build && node test/corpus/phrase-harness.mjs [CORPUS_DIR] [--verbose] [--only NAME]
 *   --verbose  every missed clause, deadline and target, every wrong clause, every extra date and target
 *   --only     the files whose name starts with NAME
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { findPhrases, newDocumentState } = await import(join(root, 'dist/src/phrases/index.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const corpus = args.find((a) => !a.startsWith('--') && a !== only) ?? join(root, 'fixtures/corpus');

const FOLD = { '(': '（', ')': '）', '[': '〔', ']': '〕', ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };
/** The scorer's `norm`: whitespace removed, half-width punctuation folded. */
const norm = (s) => String(s ?? '').replace(/[\s\u3000]+/g, '').replace(/[()[\],:;!?]/g, (c) => FOLD[c]);
const setKey = (agencies) => [...new Set(agencies.map(norm))].sort().join('、');

/** The printed form of a gold clause, for recall per form. */
function formOf(text) {
  const t = norm(text);
  if (/^（?(负责部门)/.test(t)) return '（负责部门：…；适用范围：…）';
  if (/^（?(牵头单位|牵头部门)/.test(t)) return '（牵头单位：…；配合单位：…）';
  if (/^（?责任部门/.test(t)) return '（责任部门：…。时间节点：…）';
  if (/^责任单位/.test(t)) return '责任单位：… line';
  if (/^（责任单位/.test(t)) return '（责任单位：…）';
  if (/^（/.test(t)) return '（A、B…负责） unlabelled';
  return 'task-table cell';
}

const counts = { tp: 0, pred: 0, gold: 0, dl: 0, dlGold: 0, dlPred: 0, tg: 0, tgGold: 0, tgPred: 0 };
const forms = new Map();
const files = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json')).sort();
let crashes = 0;
for (const file of files) {
  const stem = file.replace(/\.json$/, '');
  if (only && !stem.startsWith(only)) continue;
  const gold = JSON.parse(readFileSync(join(corpus, 'gold', file), 'utf8')).documents;
  const lines = readFileSync(join(corpus, 'raw', `${stem}.txt`), 'utf8').split('\n');
  const documentDate = gold.find((d) => d.date)?.date ?? null;
  const diagnostics = [];
  const document = newDocumentState();
  const found = { responsibilities: [], dates: [], targets: [] };
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const block = { text, startLine: i + 1, endLine: i + 1, segments: [{ offset: 0, line: i + 1, column: 1 }], region: 'main', short: false };
    try {
      const f = findPhrases({ block, sectionPath: [], documentDate, diagnostics, document });
      found.responsibilities.push(...f.responsibilities);
      found.dates.push(...f.dates);
      found.targets.push(...f.targets);
    } catch (e) {
      crashes++;
      console.log(`CRASH ${stem}:${i + 1}: ${e.stack}`);
    }
  });

  const goldClauses = gold.flatMap((d) => d.responsibilities ?? []);
  const remaining = new Map();
  for (const c of goldClauses) remaining.set(setKey(c.agencies), [...(remaining.get(setKey(c.agencies)) ?? []), c]);
  const falsePositives = [];
  for (const r of found.responsibilities) {
    const key = setKey(r.agencies);
    const left = remaining.get(key);
    if (left && left.length > 0) {
      const c = left.shift();
      counts.tp++;
      const form = forms.get(formOf(c.text)) ?? { tp: 0, gold: 0 };
      form.tp++;
      forms.set(formOf(c.text), form);
    } else falsePositives.push(r);
  }
  for (const c of goldClauses) {
    const form = forms.get(formOf(c.text)) ?? { tp: 0, gold: 0 };
    form.gold++;
    forms.set(formOf(c.text), form);
  }
  counts.pred += found.responsibilities.length;
  counts.gold += goldClauses.length;
  const fileLine = [`${stem}: clauses ${found.responsibilities.length}/${goldClauses.length}`];

  const scoreOverlap = (kind, predicted, goldTexts) => {
    const texts = predicted.map((x) => norm(x.text));
    let hit = 0;
    const missed = [];
    for (const g of goldTexts.map(norm)) {
      if (texts.some((t) => t && g && (t.includes(g) || g.includes(t)))) hit++;
      else missed.push(g);
    }
    const extra = texts.filter((t) => !goldTexts.map(norm).some((g) => t.includes(g) || g.includes(t)));
    fileLine.push(`${kind} ${hit}/${goldTexts.length} (pred ${texts.length})`);
    return { hit, missed, extra };
  };
  const dl = scoreOverlap('deadlines', found.dates, gold.flatMap((d) => d.deadlines ?? []));
  const tg = scoreOverlap('targets', found.targets, gold.flatMap((d) => d.targets ?? []));
  counts.dl += dl.hit;
  counts.dlGold += gold.flatMap((d) => d.deadlines ?? []).length;
  counts.dlPred += found.dates.length;
  counts.tg += tg.hit;
  counts.tgGold += gold.flatMap((d) => d.targets ?? []).length;
  counts.tgPred += found.targets.length;
  console.log(fileLine.join('; '));
  if (verbose) {
    for (const [key, left] of remaining) for (const c of left) console.log(`  clause missed: ${key}   ← ${norm(c.text).slice(0, 70)}`);
    for (const r of falsePositives) console.log(`  clause wrong: ${setKey(r.agencies)}   ← line ${r.line} ${norm(r.text).slice(0, 60)}`);
    for (const g of dl.missed) console.log(`  deadline missed: ${g}`);
    for (const t of dl.extra) console.log(`  date extra: ${t}`);
    for (const g of tg.missed) console.log(`  target missed: ${g}`);
    for (const t of tg.extra) console.log(`  target extra: ${t}`);
  }
}

const p = counts.pred ? counts.tp / counts.pred : 1;
const r = counts.gold ? counts.tp / counts.gold : 1;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
console.log('\nclause recall by printed form:');
for (const [form, c] of [...forms].sort()) console.log(`  ${form}: ${c.tp}/${c.gold}`);
console.log(
  `\nclauses F1 ${f1.toFixed(2)} (P ${p.toFixed(2)} R ${r.toFixed(2)}; ${counts.tp} right of ${counts.pred} predicted, ${counts.gold} gold)` +
    `; deadlines R ${(counts.dl / counts.dlGold).toFixed(2)} (${counts.dl}/${counts.dlGold}, ${counts.dlPred} date phrases predicted)` +
    `; targets R ${(counts.tg / counts.tgGold).toFixed(2)} (${counts.tg}/${counts.tgGold}, ${counts.tgPred} predicted); crashes ${crashes}`,
);
