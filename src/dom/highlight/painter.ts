// Paints the automatic highlights with the CSS Custom Highlight API: Ranges registered in
// CSS.highlights and styled by ::highlight(); the page's DOM is never touched. Highlights are
// filled off-screen (unregistered, so filling costs no rendering and can be spread over
// several tasks) and then replace the old ones in one synchronous step: a re-analysis never
// flickers. Their style rules are on the page only while something is shown (./styles.ts).
import HIGHLIGHT_CSS from './highlights.css?raw';
import { AUTO_HIGHLIGHTS, HL_FLASH, PRIORITY, type AutoHighlight } from './names';
import { setHighlightStyles } from './styles';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A set of automatic highlights being filled, not shown until `show` or `paint`. */
export class Painting {
  private readonly highlights = new Map<AutoHighlight, Highlight>();

  constructor() {
    if (!highlightsSupported()) return;
    for (const name of AUTO_HIGHLIGHTS) {
      const highlight = new Highlight();
      highlight.priority = PRIORITY[name];
      this.highlights.set(name, highlight);
    }
  }

  /** Adds a range to a highlight (on screen only once shown). */
  add(name: AutoHighlight, range: Range): void {
    this.highlights.get(name)?.add(range);
  }

  /** Puts this painting on screen now, still filling: ranges appear as they are added. */
  show(): void {
    for (const [name, highlight] of this.highlights) CSS.highlights.set(name, highlight);
    showing(true);
  }

  /** Replaces every automatic highlight with this painting's, in one step (empty ones are cleared). */
  paint(): void {
    let any = false;
    for (const [name, highlight] of this.highlights) {
      if (highlight.size > 0) CSS.highlights.set(name, highlight);
      else CSS.highlights.delete(name);
      any ||= highlight.size > 0;
    }
    showing(any);
  }
}

let factsShown = false;
let flashing = false;

/** Keeps the highlight rules on the page exactly while facts or a flash are shown. */
function syncStyles(): void {
  setHighlightStyles(document, 'facts', factsShown || flashing ? HIGHLIGHT_CSS : null);
}

function showing(facts: boolean): void {
  factsShown = facts;
  syncStyles();
}

/** Replaces every automatic highlight with the given ranges (missing names are cleared). */
export function paint(groups: ReadonlyMap<AutoHighlight, readonly Range[]>): void {
  const painting = new Painting();
  for (const [name, ranges] of groups) for (const range of ranges) painting.add(name, range);
  painting.paint();
}

export function clearPaint(): void {
  if (!highlightsSupported()) return;
  for (const name of AUTO_HIGHLIGHTS) CSS.highlights.delete(name);
  showing(false);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly marks a range (after scrolling to a fact). */
export function flash(range: Range, ms = 1500): void {
  if (!highlightsSupported()) return;
  const highlight = new Highlight(range);
  highlight.priority = PRIORITY[HL_FLASH];
  CSS.highlights.set(HL_FLASH, highlight);
  flashing = true;
  syncStyles();
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    CSS.highlights.delete(HL_FLASH);
    flashing = false;
    syncStyles();
  }, ms);
}
