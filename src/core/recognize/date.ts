// Dates: years (2024), decades (the 1990s, the 1800s), month and day with or without a year
// (March 3, 2025 · Dec. 1, 2016 · 15 December 2024 · December 15), month and year (May 2015),
// quarters (Q3 2025) and numeric dates (11/29/2016, 2016-11-29). ISO-8601 goes in `iso`.
// Not dates: "last year", a month or weekday on its own, times of day.
import type { FigureSpan } from '../model/facts';
import type { NumberToken } from './numbers';
import { isAfterName, isBeforeName } from './names';
import { before, stickyAt, stickyTest, tokenText, type Recognizer } from './recognizer';

const MONTH_SRC =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

/** A month name right before a number: "March 3", "Nov, 29", "Dec. 1", "May 2015", "October of 2015" (group 2: "of"). */
const MONTH_BEFORE = new RegExp(`(?<![A-Za-z])(${MONTH_SRC})(?:,\\s*|\\s+(of\\s+)?)$`);
/** After a day: ordinal suffix, optional "of" + month, optional year. */
const DAY_MONTH_AFTER = new RegExp(`(?:st|nd|rd|th)?[ \\u00a0]+(?:of[ \\u00a0]+)?(${MONTH_SRC})(?![A-Za-z])(?:,?[ \\u00a0]+(\\d{4})\\b)?`, 'y');
/** After "Month day": ordinal suffix, optional ", year". */
const DAY_AFTER = /(?:st|nd|rd|th)?(?:,?\s+(\d{4})\b(?![,.]?\d))?/y;
const NUMERIC_US = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/y;
const NUMERIC_ISO = /(\d{4})-(\d{2})-(\d{2})\b/y;
const QUARTER_AFTER = /\s+(?:of\s+)?(\d{4})\b/y;
const DECADE_AFTER = /'?s\b/y;
/** After a year: things that make it a count or a measure instead ("2000 employees" is left alone only for units). */
const NOT_YEAR_AFTER = /\s?(?:[x×%]|percent\b|per\s?cent\b)|[a-z]|[.,:/]\d/iy;
/** "2008-9", "2023-24": a span of years written as one. */
const YEAR_RANGE_AFTER = /[-–](?:\d{1,2}|\d{4})\b(?![-–.,:/]\d)/y;
/** "in ’91": a two-digit year after an apostrophe. */
const SHORT_YEAR_BEFORE = /(?<=(?:^|\s)['’])/y;
const NOT_YEAR_BEFORE = /(?:[$€£¥₹#]|[A-Za-z\u00C0-\u024F\d.,-])$/;
const APOSTROPHE_DECADE_BEFORE = /['’]$/;

/** digits only */
const ALL_DIGITS = /^\d+$/;
/** a letter */
const LETTER = /[A-Za-z\u00C0-\u024F]/;
/** a digit or a point (a version before a day: "4.3.3 October") */
const DIGIT_OR_POINT = /[\d.]/;
/** a table cell after a year-shaped cell that holds a share: "Tsutomu Uchino\t1991\t0.3%" counts 1991 things */
const SHARE_CELL_AFTER = /\t[^\S\n]*[\d.]+\s?%/y;
/** words that make an early number a year: "in 1492" */
const EARLY_YEAR_CUE = /\b(?:in|since|from|until|by|of|year)\s+$/i;

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number | null, month: number, day: number | null): string {
  if (day === null) return `${year}-${pad(month)}`;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function span(start: number, end: number, value: number | null, iso: string): FigureSpan {
  return { start, end, kind: 'date', value, unit: null, approx: false, iso };
}

/** Dates that need more than a bare year: month names, numeric forms, quarters. */
export const recognizeCalendarDate: Recognizer = (text, token) => {
  if (token.form !== 'digits' || token.scaled) return null;
  const raw = tokenText(text, token);
  if (!ALL_DIGITS.test(raw)) return null;
  const n = Number(raw);

  const iso = stickyAt(NUMERIC_ISO, text, token.start);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return span(token.start, NUMERIC_ISO.lastIndex, y, isoDate(y, mo, d));
  }
  const us = stickyAt(NUMERIC_US, text, token.start);
  if (us) {
    const [mo, d] = [Number(us[1]), Number(us[2])];
    let y = Number(us[3]);
    if (y < 100) y += 2000;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return span(token.start, NUMERIC_US.lastIndex, y, isoDate(y, mo, d));
  }

  // Q3 2025
  if (text.charAt(token.start - 1) === 'Q' && !LETTER.test(text.charAt(token.start - 2)) && n >= 1 && n <= 4) {
    const q = stickyAt(QUARTER_AFTER, text, token.end);
    if (q) return span(token.start - 1, QUARTER_AFTER.lastIndex, Number(q[1]), `${q[1]}-Q${n}`);
    return null;
  }

  const month = MONTH_BEFORE.exec(before(text, token.start, 14));
  if (month) {
    const start = token.start - month[0].length;
    const mo = monthNumber(month[1] ?? '');
    if (raw.length === 4 && n >= 1000) return span(start, token.end, n, isoDate(n, mo, null));
    if (month[2]) return null;
    if (n >= 1 && n <= 31 && raw.length <= 2) {
      const after = stickyAt(DAY_AFTER, text, token.end);
      const year = after?.[1] ? Number(after[1]) : null;
      const end = after ? DAY_AFTER.lastIndex : token.end;
      return span(start, end, year, isoDate(year, mo, n));
    }
    return null;
  }

  if (n >= 1 && n <= 31 && raw.length <= 2 && !DIGIT_OR_POINT.test(text.charAt(token.start - 1))) {
    const dm = stickyAt(DAY_MONTH_AFTER, text, token.end);
    if (dm) {
      const year = dm[2] ? Number(dm[2]) : null;
      return span(token.start, DAY_MONTH_AFTER.lastIndex, year, isoDate(year, monthNumber(dm[1] ?? ''), n));
    }
  }
  return null;
};

/** A bare year or decade: "in 2024", "the 1990s", "the ’80s". */
export const recognizeYear: Recognizer = (text, token: NumberToken) => {
  if (token.form !== 'digits' || token.scaled) return null;
  const raw = tokenText(text, token);
  if (!ALL_DIGITS.test(raw)) return null;
  const n = Number(raw);
  const decade = stickyTest(DECADE_AFTER, text, token.end);
  if (decade && raw.length === 2 && n % 10 === 0 && APOSTROPHE_DECADE_BEFORE.test(before(text, token.start, 1))) {
    return span(token.start - 1, DECADE_AFTER.lastIndex, 1900 + n, `19${raw.slice(0, 1)}`);
  }
  if (raw.length === 2 && stickyTest(SHORT_YEAR_BEFORE, text, token.start) && !decade) {
    const year = n > 40 ? 1900 + n : 2000 + n;
    return span(token.start - 1, token.end, year, String(year));
  }
  if (raw.length !== 4 || n < 1000 || n > 2100) return null;
  if (NOT_YEAR_BEFORE.test(before(text, token.start, 1))) return null;
  if (decade && n % 10 === 0) {
    return span(token.start, DECADE_AFTER.lastIndex, n, n % 100 === 0 ? raw.slice(0, 2) : raw.slice(0, 3));
  }
  if (stickyTest(NOT_YEAR_AFTER, text, token.end)) return null;
  // a middle cell of a table row followed by its share is a count, not a year
  if (text.charAt(token.start - 1) === '\t' && stickyTest(SHARE_CELL_AFTER, text, token.end)) return null;
  if (isAfterName(text, token.start) || isBeforeName(text, token.start, token.end)) return null;
  if (n < 1800 && !EARLY_YEAR_CUE.test(before(text, token.start, 8))) return null;
  const range = stickyTest(YEAR_RANGE_AFTER, text, token.end);
  return span(token.start, range ? YEAR_RANGE_AFTER.lastIndex : token.end, n, raw);
};

/** Example sentences the test runs through the whole figure finder. */
export const DATE_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; iso?: string }> }> = [
  { text: 'The deal closes in Q3 2025, after a review that began on March 3, 2025.', figures: [{ text: 'Q3 2025', iso: '2025-Q3' }, { text: 'March 3, 2025', iso: '2025-03-03' }] },
  { text: 'Facebook made a takeover offer in 2013.', figures: [{ text: '2013', iso: '2013' }] },
  { text: 'A photo dated Tuesday, Nov, 29, 2016 shows the launch.', figures: [{ text: 'Nov, 29, 2016', iso: '2016-11-29' }] },
  { text: 'The update ships December 15 to everyone.', figures: [{ text: 'December 15', iso: '--12-15' }] },
  { text: 'Disclosures are due in October of 2015.', figures: [{ text: 'October of 2015', iso: '2015-10' }] },
  { text: 'It burned up in May 2015, and again on 15 December 2024.', figures: [{ text: 'May 2015', iso: '2015-05' }, { text: '15 December 2024', iso: '2024-12-15' }] },
  { text: 'In the late 1800s, lines were buried.', figures: [{ text: '1800s', iso: '18' }] },
  { text: 'Last year, in June, the meeting ran until 3:30 p.m. on Monday.', figures: [] },
];
