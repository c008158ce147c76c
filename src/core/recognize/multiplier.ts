// Multipliers and shares: twice · thrice · 3x · 10-fold · tenfold · "three times faster" ·
// "one in five" (0.2) · fractions (half, two-thirds, three-quarters of). Value is the factor.
import type { FigureSpan } from '../model/facts';
import { parseDigits, parseWordNumber, WORD_NUMBER_SRC } from './numbers';
import { before, stickyAt, stickyTest, type Recognizer } from './recognizer';

const X_AFTER = /[x×X](?![A-Za-z\u00C0-\u024F\d])/y;
const FOLD_AFTER = /-fold\b/iy;
const TIMES_AFTER =
  /\s+times\s+(?:(?:more|less|as|the|over|that|what|larger|higher|faster|greater|bigger|smaller|lower|cheaper|longer|stronger|better|worse|slower)\b|[a-z]+er\b)/iy;
const ONE_IN_AFTER = new RegExp(`\\s+(?:in|out\\s+of)\\s+(\\d[\\d,]*(?:\\.\\d+)?|(?:a\\s+)?${WORD_NUMBER_SRC})\\b`, 'iy');
/** "half" is a share unless it names a part of something ("the second half", "half an hour"). */
const HALF_PART_BEFORE = /\b(?:the|a|first|second|other|latter|back|front|this|that|next|last|one|each|its|their|his|her|our)\s+$/i;
const HALF_PART_AFTER = /(?:-|\s+an?\b|\s+(?:time|hour|day|year|month|century|decade|point)s?\b)/iy;

export const recognizeMultiplier: Recognizer = (text, token) => {
  if (token.form === 'fold') {
    if (token.value === 0.5) {
      if (HALF_PART_BEFORE.test(before(text, token.start, 12)) || stickyTest(HALF_PART_AFTER, text, token.end)) return null;
    }
    return multiplier(token.start, token.end, token.value);
  }
  if (token.form === 'fraction') return multiplier(token.start, token.end, token.value);
  if (token.value === null || (token.form !== 'digits' && token.form !== 'words')) return null;
  if (token.form === 'digits' && !token.scaled && stickyTest(X_AFTER, text, token.end)) return multiplier(token.start, X_AFTER.lastIndex, token.value);
  if (stickyTest(FOLD_AFTER, text, token.end)) return multiplier(token.start, FOLD_AFTER.lastIndex, token.value);
  if (stickyTest(TIMES_AFTER, text, token.end)) {
    const end = text.indexOf('times', token.end) + 5;
    return multiplier(token.start, end, token.value);
  }
  const ofWhole = stickyAt(ONE_IN_AFTER, text, token.end);
  if (ofWhole && !token.scaled) {
    const whole = ofWhole[1] ?? '';
    const denominator = /^\d/.test(whole) ? parseDigits(whole.replace(/,/g, '')) : parseWordNumber(whole.replace(/^a\s+/i, 'one '));
    if (denominator && denominator > token.value) return multiplier(token.start, ONE_IN_AFTER.lastIndex, token.value / denominator);
  }
  return null;
};

function multiplier(start: number, end: number, value: number | null): FigureSpan {
  return { start, end, kind: 'multiplier', value, unit: 'x', approx: false };
}

/** Example sentences the test runs through the whole figure finder. */
export const MULTIPLIER_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; value: number }> }> = [
  { text: 'The chip is twice as fast and 3x cheaper, a 10-fold gain.', figures: [{ text: 'twice', value: 2 }, { text: '3x', value: 3 }, { text: '10-fold', value: 10 }] },
  { text: 'About one in five users pay; it is three times faster.', figures: [{ text: 'one in five', value: 0.2 }, { text: 'three times', value: 3 }] },
  { text: 'Nearly three-quarters (74%) agreed, and over half said so.', figures: [{ text: 'three-quarters', value: 0.75 }, { text: '74%', value: 74 }, { text: 'half', value: 0.5 }] },
];
