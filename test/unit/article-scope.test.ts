// The reader measures only the part of the page around the article's long paragraphs
// (src/dom/article/scope.ts). That scope is checked on inline pages, and reading with it must
// give exactly the text that measuring the whole body gives: on inline pages and, when
// ../shared/corpus is present, on every corpus page.

import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { corpusPages } from '../../bench/corpus';
import { readArticle } from '../../src/dom/article/index';
import { articleScope } from '../../src/dom/article/scope';

const pageOf = (html: string): Document =>
  new JSDOM(html, { url: 'https://news.example.com/story', virtualConsole: new VirtualConsole() }).window.document;
const prose = (n: number): string => `<p>${'The company said revenue rose to $5 billion, up 12% from a year earlier. '.repeat(n)}</p>`;
const chrome = '<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>';
const footer = (p: string) => `<footer><div><div>${p}</div></div></footer>`;

/** body > div.site > div.layout > div.main > article > div.body > p… */
const nested = (paragraphs: string, extra = '') =>
  `<body>${chrome}<div class="site"><div class="layout"><div class="main"><article id="story"><div class="story-body">${paragraphs}</div></article></div><div class="rail"><a href="/x">More</a></div></div></div>${extra}</body>`;

describe('articleScope', () => {
  it('starts three levels above the element that holds the long paragraphs', () => {
    const doc = pageOf(nested(prose(3).repeat(6)));
    expect(articleScope(doc.body).className).toBe('layout'); // story-body → article → div.main → div.layout
  });

  it('is not widened by a stray long paragraph in the footer', () => {
    const doc = pageOf(nested(prose(3).repeat(6), footer(prose(2))));
    expect(articleScope(doc.body).className).toBe('layout');
  });

  it('is the body when the long paragraphs are spread over the page', () => {
    const doc = pageOf(`<body><div><div><div><div>${prose(3)}</div></div></div></div><section><div><div><div>${prose(3)}</div></div></div></section></body>`);
    expect(articleScope(doc.body)).toBe(doc.body);
  });

  it('is the body when there is no long paragraph', () => {
    const doc = pageOf(`<body><div><div><div><div><p>Short.</p></div></div></div></div></body>`);
    expect(articleScope(doc.body)).toBe(doc.body);
  });

  it('is the body when the scope lies inside a box the whole-body walk leaves out', () => {
    const hidden = pageOf(`<body><div hidden><div><div><div><div>${prose(3).repeat(4)}</div></div></div></div></div></body>`);
    expect(articleScope(hidden.body)).toBe(hidden.body);
    const sidebar = pageOf(`<body><div class="sidebar"><div><div><div><div>${prose(3).repeat(4)}</div></div></div></div></div></body>`);
    expect(articleScope(sidebar.body)).toBe(sidebar.body);
  });
});

describe('reading within the scope gives the text of reading the whole body', () => {
  const inline: Record<string, string> = {
    'a nested article': nested(prose(3).repeat(6)),
    'with a long footer paragraph': nested(prose(3).repeat(6), footer(prose(2))),
    'an article split over two boxes': `<body>${chrome}<div class="wrap"><div class="story-body-1">${prose(3).repeat(3)}</div><aside>Ad</aside><div class="story-body-2">${prose(3).repeat(3)}</div></div></body>`,
  };
  for (const [name, html] of Object.entries(inline)) {
    it(name, () => {
      const scoped = readArticle(pageOf(html));
      expect(scoped?.text.length).toBeGreaterThan(0);
      expect(scoped?.text).toBe(readArticle(pageOf(html), { wholeBody: true })?.text);
    });
  }

  const pages = corpusPages();
  it.skipIf(pages.length === 0)(`on every corpus page (${pages.length}; ../shared/corpus)`, () => {
    for (const page of pages) {
      const html = readFileSync(page.html, 'utf8');
      const scoped = readArticle(pageOf(html));
      expect(scoped?.text, page.name).toBe(readArticle(pageOf(html), { wholeBody: true })?.text);
    }
  }, 120_000);
});
