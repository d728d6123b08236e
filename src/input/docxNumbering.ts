/**
 * Word's automatic list numbers, which mammoth's HTML drops (it keeps only "ordered or
 * not"): read from word/numbering.xml, word/styles.xml and word/document.xml and counted
 * the way Word counts them, so that a heading numbered by Word (一、 （一） 1.) keeps its
 * marker as text.
 *
 * - A paragraph is numbered by its own `w:numPr`, else by its style's (following
 *   `w:basedOn`); `numId` 0 turns numbering off.
 * - Counters belong to the abstract numbering a list instance (`w:num`) points to, so two
 *   instances of one abstract numbering go on counting; a `w:startOverride` restarts.
 *   Counting a level restarts the levels below it.
 * - The marker is the level's `w:lvlText` with each `%N` written in the numbering format
 *   of level N (decimal, Chinese counting, circled…); bullets have none.
 */
import { DOMParser } from '@xmldom/xmldom';
import { chineseNumber } from './numbering.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One level of an abstract numbering. */
interface Level {
  start: number;
  format: string;
  text: string;
}

/** A list instance: its abstract numbering and the levels it restarts. */
interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

/** A numbered paragraph of document.xml, in order: its marker and the opening of its text. */
export interface NumberedParagraph {
  marker: string;
  text: string;
}

type XmlElement = Element;

/** The numbered paragraphs of a Word file, in document order (bullets left out). */
export function numberedParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): NumberedParagraph[] {
  if (!numberingXml) return [];
  const quiet = { onError: () => undefined };
  const parser = new DOMParser(quiet as never);
  const numbering = parser.parseFromString(numberingXml, 'text/xml');
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of children(numbering.documentElement, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(a, 'lvl')) {
      levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
        start: Number(val(child(lvl, 'start')) ?? 1),
        format: val(child(lvl, 'numFmt')) ?? 'decimal',
        text: val(child(lvl, 'lvlText')) ?? '',
      });
    }
    abstracts.set(attr(a, 'abstractNumId') ?? '', levels);
  }
  const instances = new Map<string, NumberingInstance>();
  for (const n of children(numbering.documentElement, 'num')) {
    const startOverrides = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const start = val(child(o, 'startOverride'));
      if (start !== null) startOverrides.set(Number(attr(o, 'ilvl') ?? 0), Number(start));
    }
    instances.set(attr(n, 'numId') ?? '', { abstractId: val(child(n, 'abstractNumId')) ?? '', startOverrides });
  }
  const styleNumbering = stylesXml ? readStyleNumbering(parser.parseFromString(stylesXml, 'text/xml').documentElement) : new Map();

  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const out: NumberedParagraph[] = [];
  const document = parser.parseFromString(documentXml, 'text/xml');
  const paragraphs = document.getElementsByTagNameNS(W, 'p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!;
    const props = child(p, 'pPr');
    const direct = props ? child(props, 'numPr') : null;
    const style = props ? val(child(props, 'pStyle')) : null;
    const fromStyle = style !== null ? styleNumbering.get(style) : undefined;
    const numId = (direct ? val(child(direct, 'numId')) : null) ?? fromStyle?.numId ?? null;
    const ilvl = Number((direct ? val(child(direct, 'ilvl')) : null) ?? fromStyle?.ilvl ?? 0);
    if (numId === null || numId === '0') continue;
    const instance = instances.get(numId);
    const levels = instance ? abstracts.get(instance.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level || level.format === 'bullet') continue;
    const count = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, count);
    if (!restarted.has(numId)) {
      restarted.add(numId);
      for (const [l, start] of instance.startOverrides) count[l] = start - 1;
    }
    count[ilvl] = (count[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    count.length = ilvl + 1;
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = count[l] ?? levels.get(l)?.start ?? 1;
      return formatNumber(value, levels.get(l)?.format ?? 'decimal');
    });
    out.push({ marker, text: textOf(p) });
  }
  return out;
}

/** Paragraph styles that carry numbering: style id → numId and level, through `basedOn`. */
function readStyleNumbering(root: XmlElement): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  for (const s of children(root, 'style')) {
    const id = attr(s, 'styleId');
    if (!id) continue;
    const numPr = child(child(s, 'pPr'), 'numPr');
    own.set(id, {
      numId: numPr ? val(child(numPr, 'numId')) : null,
      ilvl: numPr && val(child(numPr, 'ilvl')) !== null ? Number(val(child(numPr, 'ilvl'))) : null,
      basedOn: val(child(s, 'basedOn')),
    });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | null = null;
    let ilvl: number | null = null;
    const seen = new Set<string>();
    for (let s = own.get(id); s && !seen.has(id); s = s.basedOn ? own.get(s.basedOn) : undefined) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      if (!s.basedOn || seen.has(s.basedOn)) break;
      seen.add(s.basedOn);
    }
    if (numId !== null) out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}

/** A counter written in a Word numbering format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseNumber(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const c = String.fromCharCode(0x61 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) while (n >= value) [n, out] = [n - value, out + numeral];
  return out;
}

function children(parent: XmlElement | null, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!parent) return out;
  for (let c = parent.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as XmlElement).localName === name) out.push(c as XmlElement);
  return out;
}

function child(parent: XmlElement | null, name: string): XmlElement | null {
  return children(parent, name)[0] ?? null;
}

function attr(element: XmlElement | null, name: string): string | null {
  return element?.getAttributeNS(W, name) || element?.getAttribute(`w:${name}`) || null;
}

function val(element: XmlElement | null): string | null {
  return attr(element, 'val');
}

/** The text of a paragraph's runs. */
function textOf(p: XmlElement): string {
  const texts = p.getElementsByTagNameNS(W, 't');
  let out = '';
  for (let i = 0; i < texts.length; i++) out += texts.item(i)!.textContent ?? '';
  return out;
}
