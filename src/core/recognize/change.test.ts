// Changes between two figures of a sentence: direction, delta and unit.
import { describe, expect, it } from 'vitest';
import { CHANGE_EXAMPLES } from './change';
import { findFigures, linkChanges } from './figures';

describe('change examples', () => {
  for (const example of CHANGE_EXAMPLES) {
    it(example.text, () => {
      const spans = findFigures(example.text);
      const text = (i: number) => example.text.slice(spans[i]!.start, spans[i]!.end);
      const links = linkChanges(example.text, spans).map((l) => ({ from: text(l.from), to: text(l.to), delta: l.delta, unit: l.unit }));
      expect(links).toEqual(example.changes);
    });
  }
});
