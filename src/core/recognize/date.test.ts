// Runs the date examples of date.ts through the whole figure finder.
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { DATE_EXAMPLES } from './date';

describe('date examples', () => {
  for (const example of DATE_EXAMPLES) {
    it(example.text, () => {
      const found = findFigures(example.text).map((f) => ({ ...f, text: example.text.slice(f.start, f.end) }));
      expect(found.map((f) => f.text)).toEqual(example.figures.map((f) => f.text));
      for (const [i, want] of example.figures.entries()) {
        expect(found[i]).toMatchObject({ kind: 'date', ...want });
      }
    });
  }
});
