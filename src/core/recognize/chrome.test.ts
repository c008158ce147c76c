// Page chrome lines are told apart from prose, and figures on them are not reported.
import { describe, expect, it } from 'vitest';
import { CHROME_EXAMPLES, isChromeLine } from './chrome';
import { findFigures } from './figures';

describe('chrome lines', () => {
  for (const { line, chrome } of CHROME_EXAMPLES) {
    it(`${line} → ${chrome ? 'chrome' : 'prose'}`, () => {
      expect(isChromeLine(line)).toBe(chrome);
      expect(findFigures(line).length === 0).toBe(chrome);
    });
  }

  it('drops a page timestamp but keeps the story’s dates', () => {
    const text = 'First published February 1, 2016: the law took effect on March 3, 2016.';
    expect(findFigures(text).map((f) => text.slice(f.start, f.end))).toEqual(['March 3, 2016']);
  });
});
