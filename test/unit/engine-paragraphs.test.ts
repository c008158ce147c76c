// extractFacts on paragraph-level rules: table rows (tab-separated cells) are not sentences and
// are never flagged unsourced; a first-person paragraph set off after a paraphrased speaker is
// that speaker's words, so its opinion markers are not the author's.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core';

describe('extractFacts: table rows', () => {
  it('never flags a table row unsourced, but still finds its figures', () => {
    const text = [
      'The project merged 4,300 changes from 250 contributors last year.',
      'Developer\tChangesets\tLines',
      'Jane Example Developer\t1,200\t45,000',
      'Another Long Name Here\t900\t38,000',
    ].join('\n');
    const facts = extractFacts(text);
    expect(facts.unsourced.map((u) => u.sentence)).toEqual([0]);
    expect(facts.figures.some((f) => f.sentence > 1)).toBe(true);
  });
});

describe('extractFacts: block quotes without quotation marks', () => {
  it('does not take a quoted speaker’s “I think” for the author’s opinion', () => {
    const text = [
      'When talks stall, Jane Doe said patience is the best way to close a deal.',
      'That is less my style, but I think you have to show founders what they would miss.',
      'I think the strategy is sound.',
    ].join('\n');
    const facts = extractFacts(text);
    expect(facts.opinions.map((o) => o.sentence)).toEqual([2]);
  });

  it('keeps the author’s opinion after a quoted or non-spoken citation', () => {
    const text = [
      'As one analysis from Ars Technica put it, this could cement the lead.',
      'In my view, it is about time.',
      '“We will ship it,” Jane Doe said.',
      'I think they will not.',
    ].join('\n');
    expect(extractFacts(text).opinions.map((o) => o.sentence)).toEqual([1, 3]);
  });
});
