/**
 * The issuing organ (发文机关) of a document, from whichever of its elements print it —
 * the masthead (`中华人民共和国国务院令` → 中华人民共和国国务院), the issuer line above the
 * title, the organ that opens the title (`国务院关于…` → 国务院), the signature — and the
 * title of a decree (令), which is the title of the instrument it promulgates.
 */
import { MASTHEAD_ENDING, ORGAN_ENDINGS, TITLE_ISSUER_JOINS } from '../../grammar/data/issuers.js';
import { foldTraditional } from '../../grammar/data/traditional.js';
import { compactText } from './normalize.js';

const TITLE_ORGAN = new RegExp(`^(.{2,80}?(?:${ORGAN_ENDINGS.join('|')}))(?:${TITLE_ISSUER_JOINS.join('|')})`);

/** The printed texts of a document's elements that may name its issuer (null or empty when absent). */
export interface IssuerSources {
  masthead: string | null;
  issuerLine: string | null;
  title: string;
  /** The organ lines of the signature, in order. */
  signature: readonly string[];
}

/**
 * The issuer as printed. A masthead or an issuer line names it outright. Otherwise the organ
 * that opens the title, as printed there (a joint title keeps both organs: `上海市交通委员会
 * 上海市公安局`, whose signature prints short forms) — unless the signature prints the same
 * organ in full (title `区人民政府办公室关于…`, signature `蔡甸区人民政府办公室`). Otherwise the
 * signature's organs, joined. Null when nothing names one.
 */
export function issuerOf(sources: IssuerSources): string | null {
  if (sources.masthead) return compactText(sources.masthead).replace(MASTHEAD_ENDING, '') || null;
  if (sources.issuerLine) return compactText(sources.issuerLine);
  const signed = compactText(sources.signature.join('')) || null;
  const fromTitle = titleOrgan(sources.title);
  if (fromTitle) return signed && signed.length > fromTitle.length && signed.endsWith(fromTitle) ? signed : fromTitle;
  return signed;
}

/** The organ a title opens with, before 关于/转发/印发… (`国务院关于…` → 国务院), or null. */
export function titleOrgan(title: string): string | null {
  const compact = compactText(title);
  const m = TITLE_ORGAN.exec(foldTraditional(compact));
  return m ? compact.slice(0, m[1]!.length) : null;
}

/** Does the masthead announce a decree (令) rather than a document (文件)? */
export function isDecreeMasthead(masthead: string): boolean {
  return /令$/.test(compactText(masthead));
}
