// The high end of a range is found by hand; the low end then takes the unit after it.
import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { rangeHighEndUntil } from './ranges';

describe('rangeHighEndUntil', () => {
  const highEnd = (text: string, low: string): string | null => {
    const end = rangeHighEndUntil(text, text.indexOf(low) + low.length);
    return end < 0 ? null : text.slice(text.indexOf(low) + low.length, end);
  };

  it('finds digits and number words after "to", "or" or a dash', () => {
    expect(highEnd('5-10 miles', '5')).toBe('-10');
    expect(highEnd('two to three years', 'two')).toBe(' to three');
    expect(highEnd('ten or twenty-five percent', 'ten')).toBe(' or twenty-five');
  });

  it('finds nothing when no number follows the joiner', () => {
    expect(highEnd('two to go', 'two')).toBeNull();
    expect(highEnd('5 apples', '5')).toBeNull();
  });

  it('lends the shared unit to the low end', () => {
    const text = 'It will take two to three years and 5-10 miles at 10 to 15 percent.';
    expect(findFigures(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`)).toEqual([
      'duration:two', 'duration:three years', 'quantity:5', 'quantity:10 miles', 'percent:10', 'percent:15 percent',
    ]);
  });
});
