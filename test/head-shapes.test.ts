/**
 * The shapes a document's head and signature are recognised by (grammar/data/issuers.ts,
 * traditional.ts, headContext.ts), on lines cut from the corpus (fixtures/corpus/raw) and
 * the seed: shapes, not names, so they hold for issuers nobody listed.
 */
import { unwrapBookTitle } from '../src/structure/normalize.js';
import { describe, expect, it } from 'vitest';
import { isIssuerLine, MASTHEAD_LINE, ORGAN_ENDINGS, SIGNATORY_LINE, TITLE_GENRES, TITLE_TRAILER } from '../grammar/data/issuers.js';
import { SIMPLIFIED, TRADITIONAL, foldTraditional } from '../grammar/data/traditional.js';
import { ADDRESSEE_NAME_SEPARATORS, endsWithTitleGenre, isAddresseeShaped, isTitleShaped, opensAddressees, SENTENCE_MARK, shapeOf } from '../grammar/data/headShapes.js';
import { CONTENTS_ENTRY_END, endsAsContentsEntry, MAX_CONTENTS_ENTRY } from '../grammar/data/frontMatter.js';
import { ADDRESSEE_ENDINGS, ADDRESSEE_OPENINGS } from '../grammar/data/addressees.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fixturePath } from './helpers/seed.js';
import { isDecreeMasthead, issuerOf, titleOrgan } from '../src/structure/issuer.js';

describe('organ lines', () => {
  it.each([
    ['国务院', 'a01 signature'],
    ['国务院办公厅', 'g01 issuer line and signature'],
    ['上海市嘉定区人民政府办公室', 'b01 signature'],
    ['市交通委                市公安局', 'b04 joint signature on one line'],
    ['上海市嘉定区建设和管理委员会    上海市嘉定区规划和自然资源局', 'b09 joint signature'],
    ['黄浦区发展和改革委员会黄浦区建设和管理委员会', 'b03 two names run together'],
    ['国土资源部', 'g01 attached report'],
    ['吕梁市人民政府办公室', 'the seed'],
  ])('%s is an issuer line (%s)', (line) => expect(isIssuerLine(line)).toBe(true));

  it.each([
    ['现将有关事项通知如下', 'a sentence'],
    ['各有关部门要按职责分工负责', 'a duty in prose'],
    ['市交通委 负责组织', 'a name and prose'],
  ])('%s is not (%s)', (line) => expect(isIssuerLine(line)).toBe(false));

  it('reads a long line of organ-ending characters in linear time (no nested repetition to backtrack through)', () => {
    const line = '局部'.repeat(30) + '。';
    const start = performance.now();
    for (let i = 0; i < 100; i++) isIssuerLine(line);
    // A repeated group of names took seconds on 42 such characters; one pass takes microseconds.
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('mastheads and signatories: a decree, a 文件 masthead, the premier', () => {
    expect(MASTHEAD_LINE.test('中华人民共和国国务院令')).toBe(true);
    expect(isDecreeMasthead('中华人民共和国国务院令')).toBe(true);
    expect(MASTHEAD_LINE.test('上海市人民政府文件')).toBe(true);
    expect(isDecreeMasthead('上海市人民政府文件')).toBe(false);
    expect(MASTHEAD_LINE.test('关于印发本办法的文件')).toBe(false);
    expect(SIGNATORY_LINE.test('总理　　李克强')).toBe(true);
    expect(SIGNATORY_LINE.test('总理要求各部门')).toBe(false);
  });
});

describe('titles and addressees', () => {
  it.each([
    '国务院关于促进综合保税区高水平开放高质量发展的若干意见',
    '国 家 粮 食 应 急 预 案 的 函',
    '关于印发《嘉定区绿色生态城区建设管理办法（试行）》的通知',
    '东莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見',
    '国务院关于河北雄安新区总体规划（2018—2035年）的批复',
  ])('a title: %s', (line) => {
    expect(isTitleShaped(line)).toBe(true);
    expect(endsWithTitleGenre(line)).toBe(true);
  });

  it('a line of a title that does not yet name its genre, and a sentence, are not whole titles', () => {
    expect(endsWithTitleGenre('国务院关于促进综合保税区')).toBe(false);
    expect(isTitleShaped('现将《国家职业教育改革实施方案》印发给你们，请认真贯彻执行。')).toBe(false);
    expect(isTitleShaped('国务院关于…的通知…………（2）')).toBe(false); // a contents entry
  });

  it.each([
    '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
    '教育部：',
    '河北省人民政府、国家发展改革委：',
    '机关各部门、各事业单位、各村（居）：',
    '各鎮人民政府(街道辦事處),市府直屬各單位:',
    '各县区人民政府 (管委会),市政府各部门、各直属机构,市属各企业,各大中专院校:',
  ])('an addressee line: %s', (line) => expect(isAddresseeShaped(line)).toBe(true));

  it('a sentence ending in a colon is not an addressee line', () => {
    expect(isAddresseeShaped('现将有关事项通知如下：')).toBe(false);
    expect(isAddresseeShaped('发展改革委会同有关部门研究提出：')).toBe(false);
  });
});

describe('the issuer', () => {
  it('from the organ that opens the title, as printed; the signature when it prints the same organ in full', () => {
    expect(titleOrgan('国务院关于促进综合保税区高水平开放高质量发展的若干意见')).toBe('国务院');
    expect(titleOrgan('上海市崇明区人民政府办公室转发区消防安全委员会制定的《…》的通知')).toBe('上海市崇明区人民政府办公室');
    expect(titleOrgan('关于印发《黄浦区可再生能源发展行动方案》的通知')).toBeNull();
    expect(issuerOf({ masthead: null, issuerLine: null, title: '区人民政府办公室关于印发…的通知', signature: ['蔡甸区人民政府办公室'] })).toBe('蔡甸区人民政府办公室');
    expect(issuerOf({ masthead: null, issuerLine: null, title: '上海市交通委员会 上海市公安局关于印发…的通知', signature: ['市交通委                市公安局'] })).toBe('上海市交通委员会上海市公安局');
    expect(issuerOf({ masthead: '中华人民共和国国务院令', issuerLine: null, title: '', signature: [] })).toBe('中华人民共和国国务院');
  });
});

describe('traditional characters', () => {
  it('fold one for one, so positions stay exact, and leave simplified text alone', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    expect([...TRADITIONAL].filter((c) => SIMPLIFIED.includes(c) && SIMPLIFIED.indexOf(c) !== TRADITIONAL.indexOf(c))).toEqual([]);
    const printed = '東莞市人民政府關于貫徹落實';
    expect(foldTraditional(printed)).toBe('东莞市人民政府关于贯彻落实');
    expect(foldTraditional(printed).length).toBe(printed.length);
    const simplified = '各县市区人民政府要加强组织领导';
    expect(foldTraditional(simplified)).toBe(simplified);
  });
});

describe('the 版记 at a document foot (invented: published copies drop it)', () => {
  it('closes the document: no part is made of `抄送：…` or the imprint, whose date is not the 成文日期', async () => {
    const { parseGazette } = await import('../src/parse.js');
    const { readFileSync } = await import('node:fs');
    const { fixturePath } = await import('./helpers/seed.js');
    const r = parseGazette(readFileSync(fixturePath('invented-foot-record/input.txt')), { name: 'foot' });
    expect(r.documents).toHaveLength(1);
    const [doc] = r.documents;
    expect([doc!.date, doc!.endLine, doc!.parts.map((p) => p.kind)]).toEqual(['2024-03-01', 11, ['notice', 'instrument']]);
    expect(doc!.parts[1]!.paragraphs.map((p) => p.text)).toEqual([]);
    expect(doc!.parts[1]!.sections.map((s) => s.line)).toEqual([8]);
    expect(r.fragments).toEqual([]);
  });
});

describe('a title printed inside book-title marks (unwrapBookTitle)', () => {
  it('drops the marks around a whole title, keeps marks that close before its end', () => {
    expect(unwrapBookTitle('《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》')).toBe('北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知');
    expect(unwrapBookTitle('《区政府关于印发《实施方案》的通知》')).toBe('区政府关于印发《实施方案》的通知');
    expect(unwrapBookTitle('《上海市消防条例》和《实施办法》')).toBe('《上海市消防条例》和《实施办法》');
    expect(unwrapBookTitle('关于印发《实施方案》')).toBe('关于印发《实施方案》');
  });
});

describe('opensAddressees, read by code', () => {
  /** The former `opensAddressees`: the first name shaped as a string, its bracket groups removed by a regex, the patterns tried. */
  const OPENING = new RegExp(`^(?:${ADDRESSEE_OPENINGS.join('|')})`);
  const ENDING = new RegExp(`(?:${[...ORGAN_ENDINGS, ...ADDRESSEE_ENDINGS].join('|')})$`);
  function reference(text: string): boolean {
    const separator = text.search(new RegExp(`[${ADDRESSEE_NAME_SEPARATORS}]`));
    if (separator <= 0) return false;
    const first = shapeOf(text.slice(0, separator)).replace(/[（(][^（()）]*[）)]/g, '');
    return first !== '' && (OPENING.test(first) || ENDING.test(first));
  }
  const differing = (texts: Iterable<string>): string[] => {
    const found: string[] = [];
    for (const text of texts) if (opensAddressees(text) !== reference(text) && found.push(text) >= 10) break;
    return found;
  };

  it('reads every line of the seed and the corpus as the former reader did', () => {
    const files = [fixturePath('seed/input.txt'), ...readdirSync(fixturePath('corpus/raw')).map((name) => fixturePath(`corpus/raw/${name}`))];
    const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    expect(differing([...lines, ...lines.map((line) => line.trim())])).toEqual([]);
  });

  it('reads every short string of names, brackets and white space as the former reader did', () => {
    const alphabet = ['各', '有', '关', '局', '位', '单', '關', '（', '）', '(', ')', ' ', '\u3000', '：', '，', 'x'];
    let layer = [''];
    const all: string[] = [];
    for (let n = 1; n <= 5; n++) {
      layer = layer.flatMap((s) => alphabet.map((ch) => s + ch));
      for (const s of layer) all.push(s);
    }
    expect(differing(all)).toEqual([]);
  });
});

describe('title shapes and contents entries, read without building strings', () => {
  /** The former readers: the text shaped as a string, then the patterns tried. */
  const GENRE_END = new RegExp(`(?:${[...TITLE_GENRES].sort((a, b) => b.length - a.length).join('|')})$`);
  const referenceTitleShaped = (text: string): boolean => {
    if (text.length > MAX_CONTENTS_ENTRY) return false;
    const t = shapeOf(text);
    return t.length >= 2 && t.length <= 100 && !SENTENCE_MARK.test(t) && !CONTENTS_ENTRY_END.test(text);
  };
  const referenceGenreEnd = (text: string): boolean => GENRE_END.test(shapeOf(text).replace(TITLE_TRAILER, ''));
  const differing = (texts: Iterable<string>): string[] => {
    const found: string[] = [];
    for (const text of texts) {
      const same =
        isTitleShaped(text) === referenceTitleShaped(text) &&
        endsWithTitleGenre(text) === referenceGenreEnd(text) &&
        endsAsContentsEntry(text) === CONTENTS_ENTRY_END.test(text);
      if (!same && found.push(text) >= 10) break;
    }
    return found;
  };

  it('read every line of the seed and the corpus as the former readers did', () => {
    const files = [fixturePath('seed/input.txt'), ...readdirSync(fixturePath('corpus/raw')).map((name) => fixturePath(`corpus/raw/${name}`))];
    const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    const endings = ['', '（试行）', '》', '”', '……（12）', '…12 ', '  ３', '——— (4)', '（2021—2023年）'];
    expect(differing([...lines, ...lines.flatMap((line) => endings.map((end) => line.trim() + end))])).toEqual([]);
  });

  it('read every short string of genre words, trailers, leaders and page numbers as the former readers did', () => {
    const alphabet = ['通知', '办法', '實施', '（', '）', '》', '…', '—', ' ', '\u3000', '２', '，'];
    let layer = [''];
    const all: string[] = [''];
    for (let n = 1; n <= 5; n++) {
      layer = layer.flatMap((s) => alphabet.map((ch) => s + ch));
      for (const s of layer) all.push(s);
    }
    expect(differing(all)).toEqual([]);
  });
});
