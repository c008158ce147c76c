// readArticleChunked (the content script's reader, which pauses between chunks) must give
// exactly what readArticle gives: same text, links, root and text map. Checked on inline
// fixtures and, when ../shared/corpus is present, on the seed page and every corpus page.

import { existsSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { corpusPages, CORPUS_DIR } from '../../bench/corpus';
import { type ArticleText, readArticle, readArticleChunked } from '../../src/dom/article/index';

/** Everything a reader hands out, in a comparable form (map points as node text + offset). */
function snapshot(a: ArticleText | null): unknown {
  if (!a) return null;
  const points: Array<[string, number] | null> = [];
  const step = Math.max(1, Math.floor(a.text.length / 400));
  for (let off = 0; off <= a.text.length; off += step) {
    const p = a.map.toDomPoint(off);
    points.push(p ? [p.node.data, p.offset] : null);
  }
  return { text: a.text, links: a.links, title: a.title, lang: a.lang, url: a.url, root: a.root, runs: a.map.runCount, points };
}

let pauses = 0;
const pause = (): Promise<void> => {
  pauses++;
  return Promise.resolve();
};

async function expectSame(doc: Document, root?: Element): Promise<void> {
  const sync = readArticle(doc, root ? { root } : {});
  // budget 0: pauses at every step, the most chopped-up run there is
  const chunked = await readArticleChunked(doc, { ...(root ? { root } : {}), pause, budgetMs: 0 });
  expect(snapshot(chunked)).toEqual(snapshot(sync));
}

function bigArticle(paragraphs: number): string {
  const p = (i: number) => `<p>In quarter ${i}, revenue rose 12%, to $${i}.5 billion, <a href="/r/${i}">according to</a> the company's filing.</p>`;
  return `<html><head><title>Big</title></head><body><nav><a href="/">Home</a></nav><article><h1>Big</h1>${Array.from({ length: paragraphs }, (_, i) => p(i)).join('\n')}</article><footer>(c)</footer></body></html>`;
}

describe('readArticleChunked', () => {
  it('reads a long article exactly as readArticle does, pausing on the way', async () => {
    const doc = new JSDOM(bigArticle(2000), { url: 'https://example.com/a' }).window.document;
    pauses = 0;
    await expectSame(doc);
    expect(pauses).toBeGreaterThan(10);
  });

  it('reads a caller-chosen root exactly as readArticle does', async () => {
    const doc = new JSDOM(bigArticle(300), { url: 'https://example.com/a' }).window.document;
    await expectSame(doc, doc.body);
  });

  it('gives null on a page without prose, as readArticle does', async () => {
    const doc = new JSDOM('<body><nav><a href="/">Home</a></nav></body>').window.document;
    expect(readArticle(doc)).toBeNull();
    expect(await readArticleChunked(doc, { pause })).toBeNull();
  });
});

const pages = corpusPages();
const present = existsSync(CORPUS_DIR) && pages.length > 0;
if (!present) console.warn(`corpus not found at ${CORPUS_DIR}: chunked-reader corpus tests skipped`);

describe.skipIf(!present)('readArticleChunked on the corpus', () => {
  it('reads the seed page as readArticle does', async () => {
    await expectSame(new JSDOM(readFileSync(`${CORPUS_DIR}/seed/amazon-openai.html`, 'utf8')).window.document);
  });

  for (const page of pages) {
    it(`reads ${page.name} as readArticle does`, async () => {
      await expectSame(new JSDOM(readFileSync(page.html, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document);
    });
  }
});
