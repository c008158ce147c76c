// Ranges that share one unit: "two to three years", "5-10 miles", "10 to 15 percent". The low
// end takes the unit written after the high end; the span stays on the low number itself.
import { WORD_NUMBER_SRC } from './numbers';

/** Source of "to three", "-10", "or five" right after the low end, before the shared unit. */
const HIGH_END_SRC = `\\s*(?:to|or|[-–])\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\s+(?:to|or)\\s+(?:${WORD_NUMBER_SRC})`;

const RANGE_JOIN = /\s*(?:to|or|[-–])/y;

/** Cheap test: does a range joiner ("to", "or", "-") follow `at`? Run it before the full pattern. */
export function rangeJoinerAt(text: string, at: number): boolean {
  RANGE_JOIN.lastIndex = at;
  return RANGE_JOIN.test(text);
}

/** A sticky regex matching the high end of a range followed by a unit from `unitSrc` (captured). */
export function rangeUnitPattern(unitSrc: string): RegExp {
  return new RegExp(`(?:${HIGH_END_SRC})(?:\\s?|-)(${unitSrc})(?![A-Za-z\\d])`, 'iy');
}
