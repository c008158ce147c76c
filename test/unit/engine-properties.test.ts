// Properties extractFacts keeps for any text: it never throws, and every reported item's
// selectors point at its own text, in order, with sequential ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, splitSentences } from '../../src/core';
import { expectConsistentSelectors } from './engine-worked-example';

const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Mr. Smith said', ' the U.S. ', '$38 billion', ' 34% ', '. ', '? ', '\n', '“', '”', '"', ', ', 'according to Reuters',
        ' he added.', 'In my view, ', ' No. 1 ', ' 3.5 ', 'Dr. ', 'analysts say ', ' it said ', '(', ')', '—', ' ', 'Inc. The',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('extractFacts properties', () => {
  it('never throws and keeps selectors consistent with the text', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const facts = extractFacts(text);
        expect(facts.text.chars).toBe(text.length);
        expectConsistentSelectors(text, facts);
        facts.figures.forEach((f, i) => expect(f.id).toBe(`f${i + 1}`));
        facts.claims.forEach((c, i) => expect(c.id).toBe(`c${i + 1}`));
      }),
      { numRuns: 300 },
    );
  });

  it('splits into ordered, non-overlapping, trimmed sentences that never cross a line break', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        let previousEnd = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text).not.toMatch(/[\n\r]/);
          previousEnd = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
