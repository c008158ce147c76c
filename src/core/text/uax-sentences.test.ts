import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { uaxSentencePieces } from './uax-sentences';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icu = (s: string) => [...segmenter.segment(s)].map((x) => x.index).concat(s.length);

describe('uaxSentencePieces', () => {
  it.each([
    'Amazon struck a deal. It is big! Is it? Yes.',
    'It costs $3.5 billion, up 2.5% from version 1.8.3. Fine.',
    'Hundreds stormed the U.S. Embassy. e.g. the rest followed.',
    '“Why?” he asked. “Because.” She left.',
    'The agency said.(Photo by AP) Next.',
    'Wait... what?! No way. OK',
    'It lifted off at 8:51 p.m. (1451 GMT) from Baikonur. Then it broke up.',
  ])('breaks like Intl.Segmenter: %s', (line) => {
    expect(uaxSentencePieces(line)).toEqual(icu(line));
  });

  it('agrees with Intl.Segmenter on random text of sentence punctuation', () => {
    const pieces = ['a', 'B', ' ', '.', '?', '!', '"', '“', '”', '’', '(', ')', '1', ',', ';', '-', '—', '\u00a0', 'é', 'É', '...', ':'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const line = parts.join('');
        expect(uaxSentencePieces(line)).toEqual(icu(line));
      }),
      { numRuns: 2000 },
    );
  });
});
