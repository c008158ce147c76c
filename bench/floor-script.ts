// The benchmark's floor, injected into a page before its own scripts: once the document is
// parsed, one TreeWalker pass reads every text node (the first touch of the nodes) and leaves
// its time in a User Timing mark. Source text, as it is injected with addInitScript.

export const FLOOR_MARK = 'bench:first-pass-floor';

export const FIRST_PASS_FLOOR_SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n += walker.currentNode.data.length;
  performance.mark('${FLOOR_MARK}', { detail: { ms: performance.now() - t0, chars: n } });
});`;

/** In the page: the floor's time, NaN when it did not run (no named inner functions: tsx helpers). */
export function readFloorMark(mark: string): number {
  return ((performance.getEntriesByName(mark)[0] as PerformanceMark | undefined)?.detail as { ms: number } | undefined)?.ms ?? NaN;
}
