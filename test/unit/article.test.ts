// The DOM adapter on the project's fixture pages: what counts as the article's text, its
// links, and that reading never changes the document.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle, readArticle } from '../../src/dom/article/index';

const FIXTURES = path.resolve(__dirname, '../fixtures/pages');

function load(name: string, url = `file:///fixtures/${name}`): Document {
  return new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8'), { url }).window.document;
}

describe('readArticle on a page full of chrome', () => {
  const doc = load('chrome-traps.html');
  const before = doc.documentElement.outerHTML;
  const article = readArticle(doc)!;

  it('keeps the article paragraphs, one per line', () => {
    const lines = article.text.split('\n');
    expect(lines[0]).toMatch(/^Nordchip has agreed to a \$12 billion, ten-year supply deal/);
    expect(lines).toContain('Why it matters');
    expect(lines.at(-1)).toMatch(/^The company will also hire about 3,000 engineers/);
    expect(article.text).toContain('In my view, the deal is a bet');
  });

  it('leaves out headline, byline, share counts, navigation, hidden text, related links, most read, ads, comments, scripts', () => {
    for (const chrome of ['Chipmaker signs', 'Jane Doe', 'March 3, 2025', '2,310', '30% off', '1,500 open jobs', '99%', '$300', 'Most read', '25%', '$80 million', 'Sponsored', '60%', 'Privacy', 'pageviews']) {
      expect(article.text, chrome).not.toContain(chrome);
    }
  });

  it('reports title, language and the canonical address', () => {
    expect(article.title).toBe('Chipmaker signs a $12 billion foundry deal');
    expect(article.lang).toBe('en-GB');
    expect(article.url).toBe('https://circuit.example/news/2025/chipmaker-foundry-deal');
    expect(article.root.className).toBe('story-body');
  });

  it('reports the links inside the article with absolute addresses and exact offsets', () => {
    expect(article.links.map((l) => [article.text.slice(l.start, l.end), l.href])).toEqual([
      ['filing with regulators', 'https://circuit.example/filings/nordchip-8k'],
      ['Example News', 'https://news.example.org/interview'],
    ]);
  });

  it('reads all visible text of a root the caller chose, chrome included', () => {
    const whole = readArticle(doc, { root: doc.body })!;
    for (const seen of ['Chipmaker signs', 'Jane Doe', '30% off', 'Most read', '2,310', 'Nordchip has agreed', 'Privacy']) {
      expect(whole.text, seen).toContain(seen);
    }
    expect(whole.text).not.toContain('99%'); // hidden
    expect(whole.text).not.toContain('pageviews'); // script
    expect(whole.root).toBe(doc.body);
  });

  it('does not change the document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readArticle on inline markup, white space, code and tables', () => {
  const doc = load('structured-article.html');
  const article = readArticle(doc)!;
  const lines = article.text.split('\n');

  it('collapses white space across inline elements but keeps no-break spaces', () => {
    expect(lines[0]).toBe('The lab ran each cell through 1,000 charge cycles, and the best of them kept 92%\u00A0of its capacity.');
  });

  it('turns <br>, table cells and list items into line breaks and keeps <pre> as written', () => {
    expect(lines.slice(1, 4)).toEqual(['Results were logged every hour.', 'Failures were logged at once.', 'Nothing was averaged away, and every cell was weighed before and after the run.']);
    expect(article.text).toContain('cycles = 1000\ncapacity_end = 0.92');
    expect(article.text).toContain('A1\n1,000\n92%');
    expect(article.text).toContain('\nCells that swelled by more than 3 mm were removed from the test at once.\n');
  });

  it('leaves out the headline that repeats the title', () => {
    expect(article.text).not.toContain('How the new battery cells');
  });

  it('resolves relative links against the canonical address of a saved page', () => {
    expect(article.links).toHaveLength(1);
    expect(article.links[0]!.href).toBe('https://labnotes.example/2025/methods.html#heat');
    expect(article.text.slice(article.links[0]!.start, article.links[0]!.end)).toBe('methods page');
  });

  it('reads only the given root when asked', () => {
    const list = doc.querySelector('ul')!;
    const part = readArticle(doc, { root: list })!;
    expect(part.text).toBe('Each cell was charged at 1C and discharged at 2C, a demanding but realistic pattern.\nCells that swelled by more than 3 mm were removed from the test at once.');
    expect(part.root).toBe(list);
  });
});

describe('isProbablyArticle', () => {
  it('says yes to articles and no to a front page', () => {
    expect(isProbablyArticle(load('chrome-traps.html'))).toBe(true);
    expect(isProbablyArticle(load('structured-article.html'))).toBe(true);
    expect(isProbablyArticle(load('not-an-article.html'))).toBe(false);
  });

  it('finds no article text on a front page', () => {
    expect(readArticle(load('not-an-article.html'))).toBeNull();
  });
});

describe('elements the measuring pass never meets (no text inside: ./score scanSteps)', () => {
  const page = (inner: string): Document =>
    new JSDOM(`<!doctype html><html><body><div id="box">${inner}</div></body></html>`, { url: 'https://example.com/a' }).window.document;

  it('an empty block still ends a line, as a walk over every element would', () => {
    const doc = page('Alpha<p></p>Beta<ul><li></li></ul>Gamma');
    expect(readArticle(doc, { root: doc.getElementById('box')! })!.text).toBe('Alpha\nBeta\nGamma');
  });

  it('an empty block that is hidden ends nothing: it is left out', () => {
    const doc = page('Alpha<p hidden></p>Beta<div style="display:none"></div>Gamma');
    expect(readArticle(doc, { root: doc.getElementById('box')! })!.text).toBe('AlphaBetaGamma');
  });
});
