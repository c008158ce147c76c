// Figure recognition for one sentence: scans its number tokens once, then lets the recognizers
// claim each token in a fixed order (calendar dates, money, exclusions, percent, multiplier,
// duration, quantity, year, count). Tokens inside URLs, on page-chrome lines and page
// timestamps are skipped. Spans come back sorted and non-overlapping.
import type { FigureSpan } from '../model/facts';
import { linkChanges as linkFigureChanges, type FigureChangeLink } from './change';
import { recognizeCount } from './count';
import { recognizeCalendarDate, recognizeYear } from './date';
import { recognizeDuration } from './duration';
import { isChromeLine, isTimestampAt } from './chrome';
import { excludedUntil, urlUntil } from './exclusions';
import { isHedged } from './hedges';
import { recognizeMoney } from './money';
import { recognizeMultiplier } from './multiplier';
import { scanNumbers } from './numbers';
import { recognizePercent } from './percent';
import { recognizeQuantity } from './quantity';
import type { Recognizer } from './recognizer';

const AFTER_EXCLUSIONS: readonly Recognizer[] = [
  recognizePercent,
  recognizeMultiplier,
  recognizeDuration,
  recognizeQuantity,
  recognizeYear,
  recognizeCount,
];

export interface FindFiguresOptions {
  /** skip lines that read as page chrome (captions, counters, datelines); default true */
  skipChrome?: boolean;
}

/** All figures in `text` (one sentence), sorted by start, non-overlapping. */
export function findFigures(text: string, options?: FindFiguresOptions): FigureSpan[] {
  const skipChrome = options?.skipChrome ?? true;
  const spans: FigureSpan[] = [];
  let resume = 0;
  let lineEnd = -1;
  const tokens = scanNumbers(text);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.start < resume) continue;
    if (skipChrome && token.start > lineEnd) {
      // the line holding this token: skip it whole when it is page chrome
      const lineStart = text.lastIndexOf('\n', token.start) + 1;
      const next = text.indexOf('\n', token.start);
      lineEnd = next < 0 ? text.length : next;
      if (isChromeLine(text.slice(lineStart, lineEnd))) {
        resume = lineEnd;
        continue;
      }
    }
    const urlEnd = urlUntil(text, token);
    if (urlEnd >= 0) {
      resume = urlEnd;
      continue;
    }
    // dates and money come first: their own context (a month, a currency) outranks the exclusions
    let span = recognizeCalendarDate(text, token) ?? recognizeMoney(text, token);
    if (span && isTimestampAt(text, span.start)) {
      resume = span.end;
      continue;
    }
    if (!span) {
      const skipTo = excludedUntil(text, token);
      if (skipTo >= 0) {
        resume = skipTo;
        continue;
      }
      for (let r = 0; r < AFTER_EXCLUSIONS.length && !span; r++) span = AFTER_EXCLUSIONS[r]!(text, token);
    }
    if (!span || span.start < resume) continue;
    if (!span.approx && (token.approx || isHedged(text, span.start))) span.approx = true;
    spans.push(span);
    resume = span.end;
  }
  return spans;
}

/** Changes stated between figures of `spans` (indexes): the later `to` changed from the earlier `from`. */
export function linkChanges(text: string, spans: FigureSpan[]): FigureChangeLink[] {
  return linkFigureChanges(text, spans);
}
