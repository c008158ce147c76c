// Percentages: 34% · 29 percent · 12 per cent · five percentage points · 25 basis points.
// Percentage points and basis points are changes of a percentage: their unit is "pp".
import type { FigureSpan } from '../model/facts';
import { rangeUnitAt } from './ranges';
import { stickyTest, type Recognizer } from './recognizer';

const PERCENT_AFTER = /\s?%|\s*(?:-\s*)?(?:percents?|per\s?cent|pct)\b|\s+percentage\b(?![\s-]points?)/iy;
const POINTS_AFTER = /\s+(?:percentage|pct\.?)[\s-]points?\b|\s?pp\b|\s?ppts?\b/iy;
const BASIS_AFTER = /\s+basis\s+points?\b|\s?bps\b/iy;
/** "10-15%": the low end of a range takes the percent sign of the high end. */
const RANGE_AFTER = /(?:\s?|-)(?:%|percent|per\s?cent)(?![A-Za-z\d])/iy;

export const recognizePercent: Recognizer = (text, token) => {
  if (token.value === null || token.form === 'fold' || token.form === 'article-unit' || token.form === 'fraction') return null;
  if (stickyTest(PERCENT_AFTER, text, token.end)) return percent(token.start, PERCENT_AFTER.lastIndex, token.value, '%');
  if (stickyTest(POINTS_AFTER, text, token.end)) return percent(token.start, POINTS_AFTER.lastIndex, token.value, 'pp');
  if (stickyTest(BASIS_AFTER, text, token.end)) return percent(token.start, BASIS_AFTER.lastIndex, token.value / 100, 'pp');
  if ((token.form === 'digits' || token.form === 'words') && rangeUnitAt(text, token.end, RANGE_AFTER)) return percent(token.start, token.end, token.value, '%');
  return null;
};

function percent(start: number, end: number, value: number, unit: string): FigureSpan {
  return { start, end, kind: 'percent', value, unit, approx: false };
}

/** Example sentences the test runs through the whole figure finder. */
export const PERCENT_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; value: number; unit: string }> }> = [
  { text: 'Its share slipped from roughly 34% to 29 percent.', figures: [{ text: '34%', value: 34, unit: '%' }, { text: '29 percent', value: 29, unit: '%' }] },
  { text: 'Margins fell five percentage points, or 500 basis points.', figures: [{ text: 'five percentage points', value: 5, unit: 'pp' }, { text: '500 basis points', value: 5, unit: 'pp' }] },
  { text: 'Tourism accounts for 15 per cent of output.', figures: [{ text: '15 per cent', value: 15, unit: '%' }] },
];
