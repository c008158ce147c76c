// Runs the count examples of count.ts through the whole figure finder.
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { COUNT_EXAMPLES } from './count';

describe('count examples', () => {
  for (const example of COUNT_EXAMPLES) {
    it(example.text, () => {
      const found = findFigures(example.text).map((f) => ({ ...f, text: example.text.slice(f.start, f.end) }));
      expect(found.map((f) => f.text)).toEqual(example.figures.map((f) => f.text));
      for (const [i, want] of example.figures.entries()) {
        expect(found[i]).toMatchObject({ kind: 'count', ...want });
      }
    });
  }
});
