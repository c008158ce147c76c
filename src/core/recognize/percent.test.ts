// Runs the percent examples of percent.ts through the whole figure finder.
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { PERCENT_EXAMPLES } from './percent';

describe('percent examples', () => {
  for (const example of PERCENT_EXAMPLES) {
    it(example.text, () => {
      const found = findFigures(example.text).map((f) => ({ ...f, text: example.text.slice(f.start, f.end) }));
      expect(found.map((f) => f.text)).toEqual(example.figures.map((f) => f.text));
      for (const [i, want] of example.figures.entries()) {
        expect(found[i]).toMatchObject({ kind: 'percent', ...want });
      }
    });
  }
});
