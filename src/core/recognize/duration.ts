// Durations: a seven-year deal · 18 months · two decades · 6 ½ minutes · more than a decade ·
// ages ([22-year]-old, aged [75]). Value and unit as written (7 "year"), ISO-8601 in `iso` (P7Y).
import type { FigureSpan } from '../model/facts';
import { rangeJoinerAt, rangeUnitPattern } from './ranges';
import { before, stickyAt, tokenText, type Recognizer } from './recognizer';

const UNIT_SRC =
  'years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|century|centuries|quarters?|milliseconds?|microseconds?|nanoseconds?|ms';
const UNIT_AFTER = new RegExp(`(?:\\s+|\\s?-\\s?)(${UNIT_SRC})\\b`, 'iy');
/** "two to three years": the low end is a duration too. */
const RANGE_UNIT_AFTER = rangeUnitPattern(UNIT_SRC);
const AGED_BEFORE = /\bag(?:ed?|es)\s+$/i;
const ARTICLE_UNIT = /^an?\s+([A-Za-z]+)$/i;

/** Canonical unit and ISO designator for each way of writing it. */
const UNITS: Array<[RegExp, string, (n: number) => string]> = [
  [/^(?:years?|yrs?)$/i, 'year', (n) => `P${n}Y`],
  [/^decades?$/i, 'year', (n) => `P${n}Y`],
  [/^centur(?:y|ies)$/i, 'year', (n) => `P${n}Y`],
  [/^quarters?$/i, 'month', (n) => `P${n}M`],
  [/^months?$/i, 'month', (n) => `P${n}M`],
  [/^weeks?$/i, 'week', (n) => `P${n}W`],
  [/^days?$/i, 'day', (n) => `P${n}D`],
  [/^(?:hours?|hrs?)$/i, 'hour', (n) => `PT${n}H`],
  [/^(?:minutes?|mins?)$/i, 'minute', (n) => `PT${n}M`],
  [/^(?:seconds?|secs?)$/i, 'second', (n) => `PT${n}S`],
  [/^(?:milliseconds?|ms)$/i, 'second', (n) => `PT${n}S`],
  [/^microseconds?$/i, 'second', (n) => `PT${n}S`],
  [/^nanoseconds?$/i, 'second', (n) => `PT${n}S`],
];
const FACTOR: Record<string, number> = { decade: 10, decades: 10, century: 100, centuries: 100, quarter: 3, quarters: 3, millisecond: 1e-3, milliseconds: 1e-3, ms: 1e-3, microsecond: 1e-6, microseconds: 1e-6, nanosecond: 1e-9, nanoseconds: 1e-9 };

function duration(start: number, end: number, count: number, written: string, approx: boolean): FigureSpan | null {
  const key = written.toLowerCase();
  const entry = UNITS.find(([re]) => re.test(key));
  if (!entry) return null;
  const value = Number((count * (FACTOR[key] ?? 1)).toPrecision(12));
  return { start, end, kind: 'duration', value, unit: entry[1], approx, iso: entry[2](value) };
}

export const recognizeDuration: Recognizer = (text, token) => {
  if (token.form === 'article-unit') {
    const unit = ARTICLE_UNIT.exec(tokenText(text, token))?.[1] ?? '';
    // "a year" is an article; "a decade", "a century" state a length like "a dozen" states a count
    if (!/^(?:decade|century)$/i.test(unit)) return null;
    return duration(token.start, token.end, 1, unit, false);
  }
  if (token.value === null || token.form === 'fold' || token.form === 'fraction' || token.form === 'multi') return null;
  const unit = stickyAt(UNIT_AFTER, text, token.end);
  if (unit) return duration(token.start, UNIT_AFTER.lastIndex, token.value, unit[1] ?? '', token.approx);
  const range = (token.form === 'digits' || token.form === 'words') && rangeJoinerAt(text, token.end) ? stickyAt(RANGE_UNIT_AFTER, text, token.end) : null;
  if (range) return duration(token.start, token.end, token.value, range[1] ?? '', token.approx);
  if (AGED_BEFORE.test(before(text, token.start, 5)) && token.form !== 'vague') return duration(token.start, token.end, token.value, 'year', false);
  return null;
};

/** Example sentences the test runs through the whole figure finder. */
export const DURATION_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; iso: string }> }> = [
  { text: 'Amazon struck a seven-year deal after 18 months of talks.', figures: [{ text: 'seven-year', iso: 'P7Y' }, { text: '18 months', iso: 'P18M' }] },
  { text: 'A two-year-old bug, found by a 22-year-old aged 75 at heart.', figures: [{ text: 'two-year', iso: 'P2Y' }, { text: '22-year', iso: 'P22Y' }, { text: '75', iso: 'P75Y' }] },
  { text: 'It was the worst attack in more than a decade, and lasted two decades in a year.', figures: [{ text: 'a decade', iso: 'P10Y' }, { text: 'two decades', iso: 'P20Y' }] },
  { text: 'Data arrived 6 ½ minutes after a 30-minute demo.', figures: [{ text: '6 ½ minutes', iso: 'PT6.5M' }, { text: '30-minute', iso: 'PT30M' }] },
  { text: 'It will take two to three years.', figures: [{ text: 'two', iso: 'P2Y' }, { text: 'three years', iso: 'P3Y' }] },
];
