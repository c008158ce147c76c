import { describe, expect, it } from 'vitest';
import type { Facts } from '../../core/model';
import { factSpans, spanAt, stepIndex, steppable } from './spans';

const q = { exact: '', prefix: '', suffix: '' };
// text: "Reuters says revenue rose to $38 billion. I think it is big. Sales hit 3,000 units."
const facts: Facts = {
  schema: 'claimlight.facts/1', url: '', title: '', lang: 'en',
  text: { chars: 84, sentences: 3 },
  figures: [
    { id: 'f1', kind: 'money', text: '$38 billion', value: 38e9, unit: 'USD', approx: false, sentence: 0, quote: q, position: { start: 29, end: 40 } },
    { id: 'f2', kind: 'count', text: '3,000', value: 3000, unit: null, approx: false, sentence: 2, quote: q, position: { start: 71, end: 76 } },
  ],
  claims: [{ id: 'c1', sentence: 0, text: '', source: { name: 'Reuters', kind: 'named', cue: 'says', href: null }, figures: ['f1'], quote: q, position: { start: 0, end: 41 } }],
  unsourced: [{ sentence: 2, text: '', figures: ['f2'], quote: q, position: { start: 61, end: 84 } }],
  opinions: [{ sentence: 1, text: '', quote: q, position: { start: 42, end: 60 } }],
};

describe('fact spans', () => {
  const spans = factSpans(facts);

  it('paint figures, claims by source kind and unsourced sentences; not opinions', () => {
    expect(spans.map((s) => [s.start, s.highlight])).toEqual([
      [0, 'claimlight-claim-named'],
      [29, 'claimlight-figure'],
      [42, null],
      [61, 'claimlight-unsourced'],
      [71, 'claimlight-figure'],
    ]);
  });

  it('map an offset to the most specific fact: the figure over its sentence', () => {
    expect(spanAt(spans, 30)?.fact).toMatchObject({ kind: 'figure', figure: { id: 'f1' } });
    expect(spanAt(spans, 5)?.fact).toMatchObject({ kind: 'claim' });
    expect(spanAt(spans, 40)?.fact.kind).toBe('claim'); // end is exclusive for the figure
    expect(spanAt(spans, 41)).toBeNull(); // between sentences
    expect(spanAt(spans, 50)).toBeNull(); // opinions are not painted, so not hit
    expect(spanAt(spans, 65)?.fact.kind).toBe('unsourced');
    expect(spanAt(spans, 72)?.fact).toMatchObject({ kind: 'figure', figure: { id: 'f2' } });
    expect(spanAt(spans, 1000)).toBeNull();
  });

  it('step through figures and claims in reading order, wrapping', () => {
    const list = steppable(spans);
    expect(list.map((s) => s.start)).toEqual([0, 29, 71]);
    expect(stepIndex(list, -1, 1, 30)).toBe(2); // first at or after the view's top
    expect(stepIndex(list, -1, -1, 30)).toBe(1);
    expect(stepIndex(list, 2, 1)).toBe(0);
    expect(stepIndex(list, 0, -1)).toBe(2);
    expect(stepIndex([], -1, 1)).toBe(-1);
  });
});
