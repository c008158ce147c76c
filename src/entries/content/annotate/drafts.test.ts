// @vitest-environment jsdom
// What a saved annotation records about its page and its fact.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../core/model';
import { currentPage, draftFromFact, factOf } from './drafts';

describe('currentPage', () => {
  it('files notes under the canonical link, without tracking parameters or fragment', () => {
    document.head.innerHTML = '<title> A story </title><link rel="canonical" href="https://News.Example/story?id=7&utm_source=x#top">';
    expect(currentPage(document)).toEqual({ url: 'https://news.example/story?id=7', title: 'A story', site: 'news.example' });
  });
});

describe('drafts from facts', () => {
  const figure: Figure = {
    id: 'f1', kind: 'money', text: '$38 billion', value: 38e9, unit: 'USD', approx: false, sentence: 1,
    quote: { exact: '$38 billion', prefix: 'struck a ', suffix: ', seven-year' }, position: { start: 10, end: 21 },
  };

  it('keeps the fact with the annotation, in the default colour, with no note yet', () => {
    const page = { url: 'https://news.example/story', title: 't', site: 'news.example' };
    const draft = draftFromFact(page, { quote: figure.quote, position: figure.position }, { kind: 'figure', figure });
    expect(draft).toEqual({
      page,
      target: { quote: figure.quote, position: figure.position },
      note: '',
      label: null,
      tags: [],
      color: 'yellow',
      fact: { kind: 'figure', text: '$38 billion', figureKind: 'money', value: 38e9, unit: 'USD' },
    });
  });

  it('opinions are saved without a fact', () => {
    const opinion = { sentence: 3, text: 'In my view…', quote: { exact: 'In my view…', prefix: '', suffix: '' }, position: { start: 0, end: 11 } };
    expect(factOf({ kind: 'opinion', sentence: opinion })).toBeUndefined();
  });
});
