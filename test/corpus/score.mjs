/**
 * The corpus figures of gazette-parse: how a parse of a real notice compares with its
 * hand-checked gold, by exactly the rules of the development corpus's own scorer
 * (`tools/score_corpus.py` beside the corpus), so that both give the same figures to the
 * last digit. Pure functions over a parse outcome and a gold list; nothing here loads the
 * parser (`files.mjs` does, in-process or by spawning the CLI).
 *
 * Matching is by text, since the gold carries no line numbers; strings are compared with
 * whitespace removed and half-width punctuation folded to full width (`norm`).
 *  - documents: a gold document is found by a parsed one with its 文号, else its title;
 *    a file with one gold document scores the first parsed document when neither matches.
 *    Metadata: docNumber, issuer, title, date and the addressees (joined) of each gold
 *    document, against its match.
 *  - headings: (ordinal key, text) pairs pooled per file, a text matching when one is a
 *    prefix of the other; precision, recall, F1.
 *  - clauses: agency sets pooled per file, matched as a multiset; precision, recall, F1.
 *  - deadlines, targets: recall, a gold phrase found when a parsed phrase contains it or
 *    lies inside it.
 *  - check: a file whose gold documents all have a title and a date is complete; an error
 *    that `check` reports on it is a false CI failure.
 *
 * Values read from parsed JSON are compared with Python's semantics where they differ
 * from JavaScript's (truthiness of empty lists, `str()` of non-strings, the whitespace
 * class of `\s`, rounding of exact ties), and misses are printed as Python prints them,
 * so that `--verbose` output can be diffed line by line against the Python scorer's.
 */

/**
 * Python's `[\s\u3000]`: JavaScript's `\s` has U+FEFF, which Python's has not, and lacks
 * U+001C–U+001F and U+0085, which Python's has.
 */
const WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Half-width punctuation and its full-width fold (`()[],:;!?` → `（）〔〕，：；！？`). */
const FOLD = new Map([...'()[],:;!?'].map((c, i) => [c, [...'（）〔〕，：；！？'][i]]));

/** Marks that an ordinal key leaves out, after `norm`. */
const ORDINAL_MARKS = /[（）、.．，]/g;

/** Python's truthiness of a JSON value: null, false, 0, '' and empty lists and objects are false. */
export function truthy(v) {
  if (Array.isArray(v)) return v.length > 0;
  if (v !== null && typeof v === 'object') return Object.keys(v).length > 0;
  return Boolean(v);
}

/** `a or b` in Python. */
const or = (a, b) => (truthy(a) ? a : b);

/** Python's `str()` of a JSON value (as `print` shows it). */
export function pyStr(v) {
  return typeof v === 'string' ? v : pyRepr(v);
}

/** Python's `repr()` of a JSON value. */
export function pyRepr(v) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat(v);
  if (typeof v === 'string') return pyStringRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(v).map(([k, x]) => `${pyStringRepr(k)}: ${pyRepr(x)}`).join(', ')}}`;
}

/** Python's `repr()` of a float: the same shortest digits, in fixed notation for exponents -4 to 15. */
function pyFloat(v) {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const [mantissa, exp] = v.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const fixed = v.toFixed(Math.max(0, mantissa.replace(/^-?\d\.?/, '').length - e));
  return fixed.includes('.') ? fixed : `${fixed}.0`;
}

/** Characters Python's `str.isprintable()` refuses (categories C* and Z* but the ASCII space). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function pyStringRepr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NOT_PRINTABLE.test(ch)) {
      const hex = cp.toString(16);
      out += cp < 0x100 ? `\\x${hex.padStart(2, '0')}` : cp < 0x10000 ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

/** Compares strings by code point, as Python's `sorted` does (JavaScript's `<` compares UTF-16 units). */
export function byCodePoint(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The first `n` code points of a string (Python's `s[:n]`). */
const head = (s, n) => [...s].slice(0, n).join('');

/** A string with whitespace (U+3000 included) removed and `()[],:;!?` folded to full width; null stays null. */
export function norm(s) {
  if (s === null || s === undefined) return null;
  return [...pyStr(s).replace(WHITESPACE, '')].map((c) => FOLD.get(c) ?? c).join('');
}

/** A section marker's ordinal for matching: `（一）`, `(一)` and `一、` give `一`. */
export function ordinalKey(marker) {
  return norm(or(marker, '')).replace(ORDINAL_MARKS, '');
}

/** Precision, recall and F1 of `tp` hits among `npred` predicted and `ngold` gold items. */
export function f1(tp, npred, ngold) {
  const p = npred ? tp / npred : ngold === 0 ? 1.0 : 0.0;
  const r = ngold ? tp / ngold : 1.0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0.0];
}

/** Addressees compared as one string: items normalised and joined, `，` and `、` removed. */
export function joinedAddressees(addressees) {
  const items = truthy(addressees) ? (typeof addressees === 'string' ? [...addressees] : addressees) : [];
  return items.map(norm).join('').replace(/[，、]/g, '');
}

function walk(sections, acc) {
  for (const s of or(sections, [])) {
    acc.push(s);
    walk(s.children, acc);
  }
  return acc;
}

/** Every section of a parsed document, its parts' trees first, depth first. */
export function sectionsOf(doc) {
  const acc = [];
  for (const part of or(doc.parts, [])) walk(part.sections, acc);
  walk(doc.sections, acc);
  return acc;
}

const get = (obj, key) => (obj !== null && typeof obj === 'object' && !Array.isArray(obj) ? obj[key] ?? null : null);

/** The multiset key of a clause's agencies: the set of their normalised names. */
function agencySet(clause) {
  const names = [...new Set(or(get(clause, 'agencies'), []).map(norm))];
  return JSON.stringify(names.sort((a, b) => (a === null ? -1 : b === null ? 1 : byCodePoint(a, b))));
}

/** Counts of one file or a whole layout, under the Python scorer's names. */
export function emptyCounts() {
  return {
    'docs.gold': 0,
    'docs.found': 0,
    'docs.pred': 0,
    'meta.gold': 0,
    'meta.ok': 0,
    'head.tp': 0,
    'head.pred': 0,
    'head.gold': 0,
    'resp.tp': 0,
    'resp.pred': 0,
    'resp.gold': 0,
    'dates.tp': 0,
    'dates.gold': 0,
    'dates.pred': 0,
    'targets.tp': 0,
    'targets.gold': 0,
    'targets.pred': 0,
    'check.complete': 0,
  };
}

/**
 * @typedef {object} Outcome  what the parser made of one file
 * @property {object | null} result  the GazetteResult (as its JSON), null when the parse crashed
 * @property {string | null} crash  why there is no result
 * @property {() => string[]} checkErrors  the codes of the errors `check` reports on the file
 */

/**
 * @typedef {object} FileScore  one file's counts, misses and failures
 * @property {string} layout
 * @property {string} stem
 * @property {ReturnType<typeof emptyCounts>} counts
 * @property {unknown[][]} misses  each miss as the values the Python scorer prints for it
 * @property {string | null} crash
 * @property {string[] | null} falseCheckFailure  the error codes, when `check` fails a complete file
 */

/** Scores one file: the parse outcome against the file's gold documents. */
export function scoreFile(outcome, goldDocs, { layout, stem }) {
  const counts = emptyCounts();
  const misses = [];
  const miss = (...values) => misses.push(values);
  const docs = or(get(outcome.result ?? { documents: [] }, 'documents'), []);

  const used = new Set();
  for (const gd of goldDocs) {
    counts['docs.gold']++;
    let match = null;
    for (let i = 0; i < docs.length; i++) {
      if (used.has(i)) continue;
      const pd = docs[i];
      if (truthy(gd.docNumber) && norm(get(pd, 'docNumber')) === norm(gd.docNumber)) {
        match = i;
        break;
      }
      if (truthy(gd.title) && norm(get(pd, 'title')) === norm(gd.title)) {
        match = i;
        break;
      }
    }
    // One notice per file: the first document found is scored against it.
    if (match === null && goldDocs.length === 1 && docs.length >= 1) match = 0;
    const pd = match !== null ? docs[match] : {};
    if (match !== null) {
      used.add(match);
      counts['docs.found']++;
    } else {
      miss('  document missed', layout, stem, get(gd, 'docNumber'), head(or(get(gd, 'title'), ''), 30));
    }
    for (const k of ['docNumber', 'issuer', 'title', 'date']) {
      if (!truthy(get(gd, k))) continue;
      counts['meta.gold']++;
      const got = get(pd, k);
      if (norm(got) === norm(gd[k])) counts['meta.ok']++;
      else miss('  meta', layout, stem, k, 'got', got, 'gold', gd[k]);
    }
    if (truthy(get(gd, 'addressees'))) {
      counts['meta.gold']++;
      if (joinedAddressees(get(pd, 'addressees')) === joinedAddressees(gd.addressees)) counts['meta.ok']++;
      else miss('  meta', layout, stem, 'addressees got', get(pd, 'addressees'), 'gold', gd.addressees);
    }
  }
  counts['docs.pred'] += docs.length;

  // Headings, pooled per file: each parsed heading takes the first free gold heading with its key and a prefix-related text.
  const predicted = docs.flatMap((d) => sectionsOf(d).map((s) => [ordinalKey(get(s, 'marker')), norm(or(get(s, 'heading'), ''))]));
  const gold = goldDocs.flatMap((gd) => or(gd.headings, []).map((h) => [ordinalKey(get(h, 'marker')), norm(or(get(h, 'text'), ''))]));
  const taken = gold.map(() => false);
  let tp = 0;
  for (const [m, t] of predicted) {
    const i = gold.findIndex(
      ([gm, gt], j) => !taken[j] && gm === m && (gt === t || (truthy(t) && gt.startsWith(t)) || (truthy(gt) && t.startsWith(gt))),
    );
    if (i >= 0) {
      taken[i] = true;
      tp++;
    }
  }
  counts['head.tp'] += tp;
  counts['head.pred'] += predicted.length;
  counts['head.gold'] += gold.length;
  gold.forEach(([gm, gt], i) => {
    if (!taken[i]) miss('  heading missed', layout, stem, gm, head(gt, 20));
  });

  // Clauses: agency sets, as a multiset.
  const predictedSets = docs.flatMap((d) => or(get(d, 'responsibilities'), []).map(agencySet));
  const goldSets = goldDocs.flatMap((gd) => or(gd.responsibilities, []).map(agencySet));
  const left = new Map();
  for (const s of goldSets) left.set(s, (left.get(s) ?? 0) + 1);
  let rtp = 0;
  for (const s of predictedSets) {
    if ((left.get(s) ?? 0) > 0) {
      left.set(s, left.get(s) - 1);
      rtp++;
    }
  }
  counts['resp.tp'] += rtp;
  counts['resp.pred'] += predictedSets.length;
  counts['resp.gold'] += goldSets.length;
  for (const [s, n] of left) {
    if (n > 0) miss('  clause missed', layout, stem, head(JSON.parse(s).map(pyStr).join('、'), 60));
  }

  // Deadlines and targets: recall by overlap.
  for (const [kind, goldKey] of [
    ['dates', 'deadlines'],
    ['targets', 'targets'],
  ]) {
    const texts = docs.flatMap((d) => or(get(d, kind), []).map((x) => norm(or(get(x, 'text'), ''))));
    const goldTexts = goldDocs.flatMap((gd) => or(gd[goldKey], []).map((x) => norm(typeof x === 'string' ? x : get(x, 'text'))));
    let hits = 0;
    for (const g of goldTexts) {
      if (texts.some((t) => truthy(t) && truthy(g) && (g.includes(t) || t.includes(g)))) hits++;
      else miss(`  ${kind} missed`, layout, stem, g);
    }
    counts[`${kind}.tp`] += hits;
    counts[`${kind}.gold`] += goldTexts.length;
    counts[`${kind}.pred`] += texts.length;
  }

  let falseCheckFailure = null;
  if (goldDocs.every((gd) => truthy(get(gd, 'title')) && truthy(get(gd, 'date')))) {
    counts['check.complete']++;
    const codes = outcome.checkErrors();
    if (codes.length > 0) {
      falseCheckFailure = codes;
      miss('  check error on a complete notice', layout, stem, codes);
    }
  }
  return { layout, stem, counts, misses, crash: outcome.crash, falseCheckFailure };
}

/** The counts of several files added up. */
export function addCounts(scores) {
  const total = emptyCounts();
  for (const s of scores) for (const k of Object.keys(total)) total[k] += s.counts[k];
  return total;
}

/**
 * @typedef {object} Figures  a layout's figures, under the Python scorer's `--json` names
 * @property {number} docs_found
 * @property {number} meta
 * @property {[number, number, number]} headings  precision, recall, F1
 * @property {[number, number, number]} clauses  precision, recall, F1
 * @property {number} deadlines_R
 * @property {number} targets_R
 * @property {number} check_false_fail
 * @property {number} check_complete
 * @property {number} crashes
 */

/** A layout's figures from its files' scores. */
export function figuresOf(scores) {
  const tot = addCounts(scores);
  const ratio = (num, den) => (tot[den] ? tot[num] / tot[den] : 1.0);
  return {
    docs_found: ratio('docs.found', 'docs.gold'),
    meta: ratio('meta.ok', 'meta.gold'),
    headings: f1(tot['head.tp'], tot['head.pred'], tot['head.gold']),
    clauses: f1(tot['resp.tp'], tot['resp.pred'], tot['resp.gold']),
    deadlines_R: ratio('dates.tp', 'dates.gold'),
    targets_R: ratio('targets.tp', 'targets.gold'),
    check_false_fail: scores.filter((s) => s.falseCheckFailure).length,
    check_complete: tot['check.complete'],
    crashes: scores.filter((s) => s.crash !== null).length,
  };
}

/**
 * A figure with two decimals, rounded as Python's `format(x, '.2f')`: an exact tie (only
 * an odd multiple of 1/8 is one, in binary) goes to the even digit, where `toFixed` rounds
 * it up (0.125 → 0.12, not 0.13).
 */
export function fixed2(x) {
  const tie = Number.isInteger(x * 8) && !Number.isInteger(x * 4);
  if (!tie) return x.toFixed(2);
  const below = Math.floor(x * 100);
  return ((below % 2 === 0 ? below : below + 1) / 100).toFixed(2);
}

/** The Python scorer's one-line summary of a layout, character for character. */
export function summaryLine(layout, f) {
  const [hp, hr, hf] = f.headings.map(fixed2);
  const [cp, cr, cf] = f.clauses.map(fixed2);
  return (
    `${layout} docs=${fixed2(f.docs_found)} meta=${fixed2(f.meta)} head=${hf} (P=${hp} R=${hr}) clauses=${cf}` +
    ` (P=${cp} R=${cr}) deadlines_R=${fixed2(f.deadlines_R)} targets_R=${fixed2(f.targets_R)}` +
    ` check_false_fail=${f.check_false_fail}/${f.check_complete} crashes=${f.crashes}`
  );
}

/** The figures of each layout as one Markdown table. */
export function markdownTable(figuresByLayout) {
  const rows = Object.entries(figuresByLayout).map(([layout, f]) => {
    const prf = ([p, r, f1]) => `${fixed2(f1)} (${fixed2(p)} / ${fixed2(r)})`;
    return [
      layout,
      fixed2(f.docs_found),
      fixed2(f.meta),
      prf(f.headings),
      prf(f.clauses),
      fixed2(f.deadlines_R),
      fixed2(f.targets_R),
      `${f.check_false_fail} of ${f.check_complete}`,
      String(f.crashes),
    ];
  });
  const header = ['layout', 'documents found', 'metadata', 'headings F1 (P / R)', 'clauses F1 (P / R)', 'deadlines R', 'targets R', 'false check failures', 'crashes'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}

/** One file's figures on one line, for `--verbose`. */
export function fileLine(score) {
  const c = score.counts;
  const [hp, hr] = f1(c['head.tp'], c['head.pred'], c['head.gold']);
  const [cp, cr] = f1(c['resp.tp'], c['resp.pred'], c['resp.gold']);
  const check = !c['check.complete'] ? 'not complete' : score.falseCheckFailure ? `fails (${score.falseCheckFailure.join(', ')})` : 'passes';
  return (
    `${score.layout} ${score.stem}: documents ${c['docs.found']}/${c['docs.gold']} (${c['docs.pred']} parsed), ` +
    `metadata ${c['meta.ok']}/${c['meta.gold']}, headings ${c['head.tp']} of ${c['head.pred']} parsed, ${c['head.gold']} gold (P ${fixed2(hp)} R ${fixed2(hr)}), ` +
    `clauses ${c['resp.tp']} of ${c['resp.pred']}, ${c['resp.gold']} gold (P ${fixed2(cp)} R ${fixed2(cr)}), ` +
    `deadlines ${c['dates.tp']}/${c['dates.gold']}, targets ${c['targets.tp']}/${c['targets.gold']}, check ${check}` +
    (score.crash !== null ? `, CRASH: ${score.crash}` : '')
  );
}

/** A miss as the Python scorer prints it (`print` of its values). */
export const missLine = (values) => values.map(pyStr).join(' ');
