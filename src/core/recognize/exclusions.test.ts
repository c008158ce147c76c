// Names, versions, times, ratios, ordinals, ranks, phone numbers and footnotes yield no figure.
import { describe, expect, it } from 'vitest';
import { EXCLUSION_EXAMPLES } from './exclusions';
import { findFigures } from './figures';

describe('exclusions examples', () => {
  for (const text of EXCLUSION_EXAMPLES) {
    it(text, () => {
      expect(findFigures(text).map((f) => text.slice(f.start, f.end))).toEqual([]);
    });
  }
});
