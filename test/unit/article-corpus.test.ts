// The DOM adapter against the shared corpus: the expected article text of every page
// (../shared/corpus/article-text), compared word by word. Skips when the corpus is absent.

import { existsSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { corpusPages, CORPUS_DIR } from '../../bench/corpus';
import { agreement } from '../../bench/token-agreement';
import { readArticle } from '../../src/dom/article/index';

const pages = corpusPages();
const present = existsSync(CORPUS_DIR) && pages.length > 0;
if (!present) console.warn(`corpus not found at ${CORPUS_DIR}: article corpus tests skipped`);

describe.skipIf(!present)('article text of the corpus pages', () => {
  it('reads the seed article exactly, without its chrome', () => {
    const doc = new JSDOM(readFileSync(`${CORPUS_DIR}/seed/amazon-openai.html`, 'utf8')).window.document;
    const want = readFileSync(`${CORPUS_DIR}/article-text/seed.txt`, 'utf8').trim();
    expect(readArticle(doc)!.text).toBe(want);
  });

  for (const page of pages) {
    it(`agrees with the expected text of ${page.name} (F1 >= 0.9)`, () => {
      const doc = new JSDOM(readFileSync(page.html, 'utf8'), { virtualConsole: new VirtualConsole() }).window.document;
      const got = readArticle(doc)?.text ?? '';
      const { f1 } = agreement(got, readFileSync(page.text, 'utf8'));
      expect(f1).toBeGreaterThanOrEqual(0.9);
    });
  }
});
