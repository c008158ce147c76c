// Ranges that share one unit: "two to three years", "5-10 miles", "10 to 15 percent". The low
// end takes the unit written after the high end; the span stays on the low number itself.
// The high end is matched by hand (a joiner, then digits or number words looked up in a set),
// so each recognizer reuses its own unit pattern instead of compiling a second, larger one.
import { isNumberWord } from './numbers';
import { stickyAt, stickyTest } from './recognizer';

/** "to", "or", "-" or "–" right after the low end. */
const RANGE_JOIN = /\s*(?:to|or|[-–])/y;
/** The digits of the high end, after the joiner. */
const HIGH_DIGITS = /\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
/** "to"/"or" then a word: the high end written in words ("two to three"). */
const WORD_JOIN = /\s+(?:to|or)\s+/iy;
/** One word and what joins it to the next ("twenty-", "hundred "). */
const WORD = /([A-Za-z]+)([ -]?)/y;

/** Cheap test: does a range joiner ("to", "or", "-") follow `at`? Run it before the full pattern. */
export function rangeJoinerAt(text: string, at: number): boolean {
  RANGE_JOIN.lastIndex = at;
  return RANGE_JOIN.test(text);
}

/** Where the high end of a range starting right after `at` ends ("to three", "-10"), or -1. */
export function rangeHighEndUntil(text: string, at: number): number {
  if (!stickyTest(RANGE_JOIN, text, at)) return -1;
  if (stickyTest(HIGH_DIGITS, text, RANGE_JOIN.lastIndex)) return HIGH_DIGITS.lastIndex;
  if (!stickyTest(WORD_JOIN, text, at)) return -1;
  let end = -1;
  let p = WORD_JOIN.lastIndex;
  for (let m = stickyAt(WORD, text, p); m && isNumberWord(m[1] ?? ''); m = stickyAt(WORD, text, p)) {
    end = p + (m[1] ?? '').length;
    if (!m[2]) break;
    p = WORD.lastIndex;
  }
  return end;
}

/** The unit `unitAfter` (a sticky regex) finds after the high end of a range at `at`, or null. */
export function rangeUnitAt(text: string, at: number, unitAfter: RegExp): RegExpExecArray | null {
  const highEnd = rangeHighEndUntil(text, at);
  return highEnd < 0 ? null : stickyAt(unitAfter, text, highEnd);
}
