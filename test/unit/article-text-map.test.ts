// TextMap: text offsets to live DOM positions and Ranges, and caret positions back to
// offsets, on the fixture pages (every offset of the text is checked).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/dom/article/index';

const FIXTURES = path.resolve(__dirname, '../fixtures/pages');

for (const name of ['chrome-traps.html', 'structured-article.html']) {
  describe(`TextMap on ${name}`, () => {
    const doc = new JSDOM(readFileSync(path.join(FIXTURES, name), 'utf8')).window.document;
    const { text, map } = readArticle(doc)!;

    it('maps every character of real text to the DOM character it came from', () => {
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n' || text[i] === ' ') continue; // separators and collapsed white space
        const point = map.toDomPoint(i)!;
        expect(point.node.data[point.offset], `offset ${i}`).toBe(text[i]);
      }
    });

    it('round-trips every offset through a DOM position', () => {
      for (let i = 0; i <= text.length; i++) {
        const point = map.toDomPoint(i)!;
        const back = map.fromDomPoint(point.node, point.offset);
        // an inserted separator maps forward to the start of the next run; a newline
        // inside <pre> is real text and maps to itself
        const separator = text[i] === '\n' && point.node.data[point.offset] !== '\n';
        const expected = separator ? i + 1 : i;
        expect(back, `offset ${i}`).toBe(expected);
      }
    });

    it('gives Ranges whose text is the span, white space aside', () => {
      const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
      let start = 0;
      for (const line of text.split('\n')) {
        const range = map.toRange(start, start + line.length)!;
        expect(squash(range.toString())).toBe(squash(line));
        start += line.length + 1;
      }
      const all = map.toRange(0, text.length)!;
      expect(squash(all.toString())).toContain(squash(text.split('\n')[1]!));
    });
  });
}

describe('TextMap edges', () => {
  const doc = new JSDOM('<body><article><p>First <b>bold</b>   line.</p><p>Second line.</p></article></body>').window.document;
  const { text, map } = readArticle(doc, { root: doc.querySelector('article')! })!;

  it('builds the text with collapsed space and a line per paragraph', () => {
    expect(text).toBe('First bold line.\nSecond line.');
  });

  it('maps a separator forward to the next paragraph, or backward for range ends', () => {
    const nl = text.indexOf('\n');
    const second = doc.querySelectorAll('p')[1]!.firstChild as Text;
    expect(map.toDomPoint(nl)).toEqual({ node: second, offset: 0 });
    const lineEnd = map.toDomPoint(nl + 1, 'backward')!;
    expect(lineEnd.node.data.slice(0, lineEnd.offset)).toBe('   line.');
  });

  it('snaps a caret inside collapsed white space to the next word', () => {
    const tail = doc.querySelector('b')!.nextSibling as Text; // "   line."
    expect(map.fromDomPoint(tail, 2)).toBe(text.indexOf('line.'));
  });

  it('accepts element positions and rejects nodes outside the article', () => {
    const p2 = doc.querySelectorAll('p')[1]!;
    expect(map.fromDomPoint(p2, 0)).toBe(text.indexOf('Second'));
    expect(map.fromDomPoint(p2, 1)).toBe(text.length);
    expect(map.fromDomPoint(doc.createTextNode('elsewhere'), 0)).toBeNull();
  });

  it('returns no Range for an inverted or separator-only span', () => {
    expect(map.toRange(5, 2)).toBeNull();
    const nl = text.indexOf('\n');
    expect(map.toRange(nl, nl + 1)).toBeNull();
  });
});
