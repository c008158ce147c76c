// isProbablyArticle reads only as much of each paragraph as its score needs; it must decide
// exactly as the plain rule (textContent.trim().length of every candidate) does. Checked on
// inline pages and, when ../shared/corpus is present, on every corpus page.

import { existsSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { corpusPages, CORPUS_DIR } from '../../bench/corpus';
import { isProbablyArticle } from '../../src/dom/article/index';

const UNLIKELY_BOX = /-ad-|banner|breadcrumb|combx|comment|community|disqus|footer|header|menu|related|remark|rss|shoutbox|sidebar|skyscraper|social|sponsor|pagination|pager|popup/i;
const MAYBE_ARTICLE = /and|article|body|column|content|main|shadow/i;

/** The rule as Readability states it: whole textContent of every candidate. */
function plainRule(doc: Document, minLength = 140, minScore = 20): boolean {
  let score = 0;
  for (const el of doc.querySelectorAll('p, pre, article')) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    const style = el.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) continue;
    const hint = (el.getAttribute('class') ?? '') + ' ' + (el.id ?? '');
    if ((UNLIKELY_BOX.test(hint) && !MAYBE_ARTICLE.test(hint)) || el.matches('li p')) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length < minLength) continue;
    score += Math.sqrt(length - minLength);
    if (score > minScore) return true;
  }
  return false;
}

const pageOf = (html: string): Document => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

describe('isProbablyArticle', () => {
  const para = (n: number) => `<p>  ${'word '.repeat(n)} <b> bold </b>\n </p>`;
  const cases: Record<string, string> = {
    'one huge article element': `<article>  \n${para(20_000)}</article>`,
    'paragraphs just around the threshold': Array.from({ length: 6 }, (_, i) => para(28 + i * 4)).join(''),
    'short paragraphs only': para(20).repeat(40),
    'white space only': '<article> \n\t </article><p>   </p>',
    'a link list': '<ul>' + '<li><p>' + 'link '.repeat(40) + '</p></li>'.repeat(30) + '</ul>',
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`decides as the plain rule on ${name}`, () => {
      const doc = pageOf(`<body>${body}</body>`);
      expect(isProbablyArticle(doc)).toBe(plainRule(doc));
      expect(isProbablyArticle(doc, 200, 5)).toBe(plainRule(doc, 200, 5));
    });
  }
});

const pages = corpusPages();
const present = existsSync(CORPUS_DIR) && pages.length > 0;
if (!present) console.warn(`corpus not found at ${CORPUS_DIR}: isProbablyArticle corpus tests skipped`);

describe.skipIf(!present)('isProbablyArticle on the corpus', () => {
  for (const page of pages) {
    it(`decides as the plain rule on ${page.name}`, () => {
      const doc = pageOf(readFileSync(page.html, 'utf8'));
      expect(isProbablyArticle(doc)).toBe(plainRule(doc));
      expect(isProbablyArticle(doc, 400, 40)).toBe(plainRule(doc, 400, 40));
    });
  }
});
