// Ranges that share one unit: "two to three years", "5-10 miles", "10 to 15 percent". The low
// end takes the unit written after the high end; the span stays on the low number itself.
import { WORD_NUMBER_SRC } from './numbers';

/** Source of "to three", "-10", "or five" right after the low end, before the shared unit. */
const HIGH_END_SRC = `\\s*(?:to|or|[-–])\\s*(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\s+(?:to|or)\\s+(?:${WORD_NUMBER_SRC})`;

/** A sticky regex matching the high end of a range followed by a unit from `unitSrc` (captured). */
export function rangeUnitPattern(unitSrc: string): RegExp {
  return new RegExp(`(?:${HIGH_END_SRC})(?:\\s?|-)(${unitSrc})(?![\\p{L}\\d])`, 'iuy');
}
