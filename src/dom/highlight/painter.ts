// Paints the automatic highlights with the CSS Custom Highlight API: Ranges registered in
// CSS.highlights and styled by ::highlight(); the page's DOM is never touched. New ranges
// replace old ones in one synchronous step, so a re-analysis never flickers.
import { AUTO_HIGHLIGHTS, HL_FLASH, PRIORITY, type AutoHighlight } from './names';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces every automatic highlight with the given ranges (missing names are cleared). */
export function paint(groups: ReadonlyMap<AutoHighlight, readonly Range[]>): void {
  if (!highlightsSupported()) return;
  for (const name of AUTO_HIGHLIGHTS) {
    const ranges = groups.get(name) ?? [];
    if (ranges.length === 0) {
      CSS.highlights.delete(name);
      continue;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = PRIORITY[name];
    CSS.highlights.set(name, highlight);
  }
}

export function clearPaint(): void {
  if (!highlightsSupported()) return;
  for (const name of AUTO_HIGHLIGHTS) CSS.highlights.delete(name);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly marks a range (after scrolling to a fact). */
export function flash(range: Range, ms = 1500): void {
  if (!highlightsSupported()) return;
  const highlight = new Highlight(range);
  highlight.priority = PRIORITY[HL_FLASH];
  CSS.highlights.set(HL_FLASH, highlight);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(HL_FLASH), ms);
}
