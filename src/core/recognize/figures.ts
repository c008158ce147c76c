// Figure recognition entry point: finds figures in one sentence and links changes between them.
// (Initial stub; the full recognizers are being built in this folder.)
import type { FigureSpan } from '../model/facts';

const PERCENT = /\b\d+(?:\.\d+)?(?:%| percent\b)/g;

/** All figures in `text` (one sentence), sorted by start, non-overlapping. */
export function findFigures(text: string): FigureSpan[] {
  const spans: FigureSpan[] = [];
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'percent', value: parseFloat(m[0]), unit: '%', approx: false });
  }
  return spans;
}

/** Changes stated between figures of `spans` (indexes): the later `to` changed from the earlier `from`. */
export function linkChanges(
  text: string,
  spans: FigureSpan[],
): Array<{ from: number; to: number; delta: number; unit: string | null }> {
  void text;
  void spans;
  return [];
}
