// Durations: a seven-year deal · 18 months · two decades · 6 ½ minutes · more than a decade ·
// one full calendar year · ages ([22-year]-old, aged [75], Parata, [75],). Value and unit as
// written (7 "year"), ISO-8601 in `iso` (P7Y).
import type { FigureSpan } from '../model/facts';
import { rangeUnitAt } from './ranges';
import { before, stickyAt, stickyTest, tokenText, type Recognizer } from './recognizer';

const UNIT_SRC =
  'years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|century|centuries|quarters?|milliseconds?|microseconds?|nanoseconds?|ms';
const UNIT_AFTER = new RegExp(`(?:\\s+|\\s?-\\s?)(${UNIT_SRC})\\b`, 'iy');
/** Words that only qualify the unit: "one full calendar year", "two straight quarters", "two more years". */
const QUALIFIERS = /(?:\s+(?:full|whole|entire|calendar|fiscal|financial|consecutive|straight|more|additional|extra|further)(?=\s))+/iy;
/** "aged 75", "age 5", "ages of 25 and 54", "aged 18 to 24" (both ends of a range of ages). */
const AGED_BEFORE = /\bag(?:ed?|es)\s+(?:of\s+|between\s+)?(?:\d{1,3}\s*(?:and|to|or|-|–)\s*)?$/i;
/** An age in apposition after a name: "Parata, 75, said" (the name, a comma, the age, a comma). */
const AGE_APPOSITION_BEFORE = /(?<=\b[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]+,[ \u00a0])/y;
const AGE_APPOSITION_AFTER = /,/y;
const AGE_DIGITS = /^\d{1,3}$/;
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
  const unitAt = stickyTest(QUALIFIERS, text, token.end) ? QUALIFIERS.lastIndex : token.end;
  const unit = stickyAt(UNIT_AFTER, text, unitAt);
  if (unit) return duration(token.start, UNIT_AFTER.lastIndex, token.value, unit[1] ?? '', token.approx);
  // "two to three years": the low end is a duration too
  const range = token.form === 'digits' || token.form === 'words' ? rangeUnitAt(text, token.end, UNIT_AFTER) : null;
  if (range) return duration(token.start, token.end, token.value, range[1] ?? '', token.approx);
  if (token.form !== 'vague' && AGED_BEFORE.test(before(text, token.start, 24))) return duration(token.start, token.end, token.value, 'year', false);
  if (token.form === 'digits' && token.value <= 120 && AGE_DIGITS.test(tokenText(text, token)) && stickyTest(AGE_APPOSITION_AFTER, text, token.end) && stickyTest(AGE_APPOSITION_BEFORE, text, token.start)) {
    return duration(token.start, token.end, token.value, 'year', false);
  }
  return null;
};

/** Example sentences the test runs through the whole figure finder. */
export const DURATION_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; iso: string }> }> = [
  { text: 'Amazon struck a seven-year deal after 18 months of talks.', figures: [{ text: 'seven-year', iso: 'P7Y' }, { text: '18 months', iso: 'P18M' }] },
  { text: 'A two-year-old bug, found by a 22-year-old aged 75 at heart.', figures: [{ text: 'two-year', iso: 'P2Y' }, { text: '22-year', iso: 'P22Y' }, { text: '75', iso: 'P75Y' }] },
  { text: 'Hekia Parata, 75, has lived there for one full calendar year.', figures: [{ text: '75', iso: 'P75Y' }, { text: 'one full calendar year', iso: 'P1Y' }] },
  { text: 'It guarantees two more years of talks.', figures: [{ text: 'two more years', iso: 'P2Y' }] },
  { text: 'Women between the ages of 25 and 54 ate peanuts until age 5.', figures: [{ text: '25', iso: 'P25Y' }, { text: '54', iso: 'P54Y' }, { text: '5', iso: 'P5Y' }] },
  { text: 'It was the worst attack in more than a decade, and lasted two decades in a year.', figures: [{ text: 'a decade', iso: 'P10Y' }, { text: 'two decades', iso: 'P20Y' }] },
  { text: 'Data arrived 6 ½ minutes after a 30-minute demo.', figures: [{ text: '6 ½ minutes', iso: 'PT6.5M' }, { text: '30-minute', iso: 'PT30M' }] },
  { text: 'It will take two to three years.', figures: [{ text: 'two', iso: 'P2Y' }, { text: 'three years', iso: 'P3Y' }] },
];
