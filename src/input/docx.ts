/**
 * Word input (`.docx`): mammoth turns the document into HTML, which the web page reader
 * reads (its whole body: a Word file has no page chrome). The HTML is laid out one
 * paragraph to a line, so a line number in the result is a paragraph index of the Word
 * file: the 1-based position of the paragraph among all of the document's paragraphs,
 * table cells' included, empty ones too, in document order.
 *
 * Word's automatic list numbers, which mammoth leaves out, are put back as text in front
 * of their paragraphs (see `docxNumbering.ts`), so a heading Word numbers 一、 is a
 * section like a typed one.
 */
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, GazetteResult } from '../model.js';
import type { ParseOptions } from '../parse.js';
import { markupLines } from './blockText.js';
import { numberedParagraphs, type NumberedParagraph } from './docxNumbering.js';
import { readPage } from './html.js';
import { analyzeReading, failedReading, sourceOf, type Reading } from './source.js';

/** Parses a Word (.docx) file into a `GazetteResult`. Never rejects: a file that cannot be read is an error diagnostic. */
export async function parseDocx(input: Uint8Array, options: ParseOptions = {}): Promise<GazetteResult> {
  return analyzeReading(await readDocx(input, options));
}

/** The paragraphs of a Word file, for `analyzeBlocks`. */
export async function readDocx(input: Uint8Array, options: ParseOptions = {}): Promise<Reading> {
  let html: string;
  const diagnostics: Diagnostic[] = [];
  try {
    // Loaded here: importing the library does not load mammoth.
    const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
    const zip = await JSZip.loadAsync(input);
    const documentXml = await zip.file('word/document.xml')?.async('string');
    if (documentXml === undefined) throw new Error('it has no word/document.xml');
    const numbered = numberedParagraphs(documentXml, (await zip.file('word/numbering.xml')?.async('string')) ?? null, (await zip.file('word/styles.xml')?.async('string')) ?? null);
    const markers = new MarkerQueue(numbered);
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(input) }, { ignoreEmptyParagraphs: false, transformDocument: (doc: MammothElement) => markers.apply(doc) });
    html = oneParagraphPerLine(result.value);
    if (markers.lost > 0) diagnostics.push(diagnostic('input/unreadable-file', `${markers.lost} of Word's list numbers could not be matched to their paragraphs: those paragraphs are read without their numbers`, 1, 1, 'warning'));
  } catch (e) {
    const reason = (e as Error).message ?? String(e);
    return failedReading(options, 'docx', input, diagnostic('input/unreadable-file', `This is not a Word (.docx) file that can be opened (${reason.split('\n')[0]})`, 1));
  }
  const rawLines = html === '' ? [] : html.split('\n');
  const { blocks, metadata } = readPage(html, rawLines, { article: false });
  const source = sourceOf(options, 'docx', input, 'binary', rawLines.length);
  return { source, lines: markupLines(rawLines, blocks), blocks, diagnostics, metadata };
}

/** mammoth's document tree, as far as it is read here. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: unknown;
  value?: string;
  [key: string]: unknown;
}

/**
 * Gives each numbered paragraph of mammoth's tree its marker as a first run, in order,
 * and turns its list numbering off (a `<p>`, not an `<li>`). A paragraph is matched with
 * the next numbered paragraph of document.xml when their texts open alike; once they do
 * not, the rest are counted as lost rather than numbered wrongly.
 */
class MarkerQueue {
  private next = 0;
  private broken = false;
  lost = 0;

  constructor(private readonly numbered: readonly NumberedParagraph[]) {}

  apply(element: MammothElement): MammothElement {
    if (element.type === 'paragraph' && (element.numbering as { isOrdered?: boolean } | null)?.isOrdered) {
      const found = this.broken ? undefined : this.numbered[this.next];
      if (found && found.text.trim().slice(0, 6) === plainText(element).trim().slice(0, 6)) {
        this.next++;
        const marker: MammothElement = { type: 'run', children: [{ type: 'text', value: found.marker }], styleId: null, styleName: null, isBold: false, isUnderline: false, isItalic: false, isStrikethrough: false, isAllCaps: false, isSmallCaps: false, verticalAlignment: 'baseline', font: null, fontSize: null, highlight: null };
        return { ...element, numbering: null, children: [marker, ...(element.children ?? []).map((c) => this.apply(c))] };
      }
      if (this.broken || found) {
        this.lost++;
        this.broken = true;
      }
    }
    if (!element.children) return element;
    return { ...element, children: element.children.map((c) => this.apply(c)) };
  }
}

function plainText(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  return (element.children ?? []).map(plainText).join('');
}

/** mammoth writes its HTML on one line: a line break before each paragraph's tag makes line N paragraph N. */
function oneParagraphPerLine(html: string): string {
  return html.replace(/(?!^)<(p|h[1-6]|li)(?=[\s>])/g, '\n<$1');
}
