// @vitest-environment jsdom
// Saved annotations are found again in the live page: exactly, then fuzzily when the text
// changed a little, and reported missing (never dropped) when their text is gone. A selection
// is described in the article's text.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/model/annotation';
import { sampleAnnotation } from '../../../core/model/annotation.testing';
import { placeAnnotations } from './anchoring';
import { PageText } from './page-text';

const ARTICLE = `
  <article>
    <h1>Amazon and OpenAI</h1>
    <p>After years of being seen as lagging behind in the AI race, Amazon has struck a $38 billion, seven-year deal with OpenAI.</p>
    <p>Industry insiders say this partnership could restore some of that lost swagger.</p>
    <p>Amazon will need to deploy hundreds of thousands of high-end GPUs and build massive new data centers.</p>
  </article>`;

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function selectText(doc: Document, phrase: string): Range {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf(phrase);
    if (i < 0) continue;
    const r = doc.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + phrase.length);
    return r;
  }
  throw new Error(`no ${phrase}`);
}

function annotationFor(doc: Document, phrase: string): Annotation {
  const described = new PageText(doc).describeRange(selectText(doc, phrase));
  if (!described) throw new Error('not described');
  return { ...sampleAnnotation(), target: { quote: described.quote, position: described.position } };
}

describe('describing a selection', () => {
  it('gives the quote with its context, trimmed of white space', () => {
    const doc = page(ARTICLE);
    const described = new PageText(doc).describeRange(selectText(doc, ' this partnership '));
    expect(described?.quote.exact).toBe('this partnership');
    expect(described?.quote.prefix.endsWith('Industry insiders say ')).toBe(true);
    expect(described?.quote.suffix.startsWith(' could restore')).toBe(true);
  });
});

describe('placing annotations', () => {
  it('finds an unchanged quote exactly, as a live range over it', () => {
    const doc = page(ARTICLE);
    const a = annotationFor(doc, 'restore some of that lost swagger');
    const { placed, missing } = placeAnnotations([a], new PageText(page(ARTICLE)).spaces());
    expect(missing).toEqual([]);
    expect(placed[0]?.exact).toBe(true);
    expect(placed[0]?.range.toString()).toBe('restore some of that lost swagger');
  });

  it('finds it fuzzily when the text changed a little, and reports what is gone', () => {
    const doc = page(ARTICLE);
    const changed = annotationFor(doc, 'Amazon will need to deploy hundreds of thousands of high-end GPUs');
    const gone = annotationFor(doc, 'Industry insiders say this partnership');
    const edited = ARTICLE.replace('Amazon will need to deploy hundreds', 'Amazon will have to deploy hundreds').replace(
      '<p>Industry insiders say this partnership could restore some of that lost swagger.</p>',
      '',
    );
    const { placed, missing } = placeAnnotations([changed, gone], new PageText(page(edited)).spaces());
    expect(missing.map((a) => a.id)).toEqual([gone.id]);
    expect(placed).toHaveLength(1);
    expect(placed[0]?.exact).toBe(false);
    expect(placed[0]?.range.toString()).toContain('deploy hundreds of thousands of high-end GPUs');
  });

  it('finds content that loaded late once the page is read again', () => {
    const doc = page(ARTICLE);
    const a = annotationFor(doc, 'build massive new data centers');
    const text = new PageText(page(ARTICLE.replace(/<p>Amazon will need[^<]*<\/p>/, '')));
    expect(placeAnnotations([a], text.spaces()).missing).toHaveLength(1);
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Amazon will need to deploy hundreds of thousands of high-end GPUs and build massive new data centers.</p>');
    text.invalidate();
    expect(placeAnnotations([a], text.spaces()).placed[0]?.range.toString()).toBe('build massive new data centers');
  });
});
