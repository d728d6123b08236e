/**
 * What a government web page prints around its article, as data: the elements that
 * never hold article text, the class and id names of navigation and sharing widgets,
 * and the short lines of page controls (字号 大 中 小, 打印 关闭, 分享到) that sit inside
 * the article container on many 政府信息公开 sites.
 */

/** Elements whose content is never article text. */
export const NO_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'iframe',
  'svg',
  'object',
  'embed',
  'canvas',
  'map',
  'audio',
  'video',
]);

/** Page-level sections: site header and footer. Left out of the article, but searched for its title. */
export const PAGE_SECTION_ELEMENTS: ReadonlySet<string> = new Set(['header', 'footer']);

/**
 * Class or id names of page chrome: navigation, breadcrumbs (当前位置), share buttons,
 * footers, sidebars, tool bars. A name matches when one of these is a whole word of it
 * (words split at `-`, `_`, spaces and case changes).
 */
export const CHROME_NAMES: ReadonlySet<string> = new Set([
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'position',
  'location',
  'share',
  'bdshare',
  'bdsharebuttonbox',
  'footer',
  'foot',
  'sidebar',
  'toolbar',
  'tools',
  'copyright',
]);

/** Lines of page controls: font size, print, close, share, QR codes, visit counters. */
export const CHROME_LINES: readonly RegExp[] = [
  /^[【[]?\s*(字号|字体)\s*[:：]?\s*([【[]?\s*[大中小]\s*[】\]]?\s*)+[】\]]?$/,
  /^([【[]?\s*[大中小]\s*[】\]]?\s*){3}$/,
  /^([【[]?\s*(打印(本页|此页|文章|页面)?|关闭(窗口|本页|页面)?|返回顶部|收藏|保存)\s*[】\]]?\s*)+$/,
  /^分享(到)?\s*[:：]?/,
  /^扫一扫/,
  /^(浏览|阅读|访问|点击)(次数|量)\s*[:：]/,
];
