// The fact an annotation keeps, built from the engine's Figure/Claim/unsourced sentence, is valid.
import { describe, expect, it } from 'vitest';
import type { Claim, Figure, FlaggedSentence } from './facts';
import { factFromClaim, factFromFigure, factFromUnsourced } from './annotation-fact';
import { validateFact } from './annotation-validate';

const quote = { exact: 'x', prefix: '', suffix: '' };
const position = { start: 0, end: 1 };

describe('facts kept by annotations', () => {
  it('copies a figure, a claim and an unsourced sentence into valid AnnotationFacts', () => {
    const figure: Figure = { id: 'f1', kind: 'money', text: '$38 billion', value: 38e9, unit: 'USD', approx: false, sentence: 1, quote, position };
    const claim: Claim = {
      id: 'c1', sentence: 2, text: 'According to a report from Reuters, …', figures: [], quote, position,
      source: { name: 'Reuters', kind: 'named', cue: 'According to a report from', href: 'https://reuters.com/x' },
    };
    const unsourced: FlaggedSentence = { sentence: 3, text: 'A $38 billion deal is massive.', figures: ['f1'], quote, position };
    expect(factFromFigure(figure)).toEqual({ kind: 'figure', text: '$38 billion', figureKind: 'money', value: 38e9, unit: 'USD' });
    expect(factFromClaim(claim)).toEqual({
      kind: 'claim', text: 'According to a report from Reuters, …', source: { name: 'Reuters', kind: 'named', href: 'https://reuters.com/x' },
    });
    expect(factFromUnsourced(unsourced)).toEqual({ kind: 'unsourced', text: 'A $38 billion deal is massive.' });
    for (const fact of [factFromFigure(figure), factFromClaim(claim), factFromUnsourced(unsourced)]) {
      expect(validateFact(fact, 'fact').ok).toBe(true);
    }
  });
});
