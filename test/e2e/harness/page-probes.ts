// Functions the tests run inside a page (each is serialised, so it must be self-contained),
// and the init script that snapshots the DOM before the extension's content script runs.
import type { TestPage } from './browsers';

export const HIGHLIGHT_NAMES = {
  figure: 'claimlight-figure',
  named: 'claimlight-claim-named',
  vague: 'claimlight-claim-vague',
  unsourced: 'claimlight-unsourced',
  flash: 'claimlight-flash',
} as const;
export const FACT_HIGHLIGHTS = [
  HIGHLIGHT_NAMES.figure,
  HIGHLIGHT_NAMES.named,
  HIGHLIGHT_NAMES.vague,
  HIGHLIGHT_NAMES.unsourced,
] as const;

/**
 * Runs before any page script: keeps document.documentElement.outerHTML as it is at
 * DOMContentLoaded (content scripts run later, at document_idle) in window.__claimlightBefore.
 */
export const SNAPSHOT_AT_DOMCONTENTLOADED = `(() => {
  const grab = () => {
    if (!('__claimlightBefore' in window)) window.__claimlightBefore = document.documentElement.outerHTML;
  };
  if (document.readyState !== 'loading') grab();
  else document.addEventListener('DOMContentLoaded', grab, { once: true });
})();`;

export interface HighlightedRange {
  text: string;
  /** the page-chrome element (nav, aside, footer, comments…) the range sits in, if any */
  inChrome: string | null;
}

/** In the page: every range of the named highlights, in document order, as text. */
export function readHighlights(names: readonly string[]): Record<string, HighlightedRange[]> {
  const CHROME = 'nav, aside, footer, body > header, [role=navigation], [role=complementary], .comments, #comments, [class*="most-read"]';
  const out: Record<string, HighlightedRange[]> = {};
  for (const name of names) {
    const highlight = CSS.highlights.get(name);
    const ranges: Range[] = [];
    if (highlight) {
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        ranges.push(live);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    out[name] = ranges.map((r) => {
      const node = r.startContainer;
      const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const chrome = el?.closest(CHROME);
      return {
        text: r.toString(),
        inChrome: chrome ? `${chrome.tagName.toLowerCase()}${chrome.className ? '.' + chrome.className : ''}` : null,
      };
    });
  }
  return out;
}

/** In the page: how many ranges each named highlight holds (0 when it is not registered). */
export function highlightSizes(names: readonly string[]): number[] {
  return names.map((n) => CSS.highlights.get(n)?.size ?? 0);
}

/** In the page: the selectors of the ::highlight() rules in the document's adopted style
 *  sheets (where the extension puts its highlight styles while it shows highlights). */
export function adoptedHighlightRules(): string[] {
  return [...document.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText ?? ''))
    .filter((selector) => selector.includes('::highlight('));
}

/** In the page: the DOM now vs the DOMContentLoaded snapshot. */
export function domComparedToSnapshot(): { hasSnapshot: boolean; same: boolean; before: number; after: number; firstDiff: string } {
  const before = (window as unknown as { __claimlightBefore?: string }).__claimlightBefore;
  const after = document.documentElement.outerHTML;
  if (before === undefined) return { hasSnapshot: false, same: false, before: 0, after: after.length, firstDiff: '' };
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const firstDiff =
    before === after ? '' : `at ${i}: before «${before.slice(Math.max(0, i - 60), i + 80)}» after «${after.slice(Math.max(0, i - 60), i + 80)}»`;
  return { hasSnapshot: true, same: before === after, before: before.length, after: after.length, firstDiff };
}

/**
 * Waits until the extension has highlighted something and the highlight counts have stopped
 * changing (the content script may set figures first, then claims).
 */
export async function waitForSettledHighlights(page: TestPage, timeoutMs = 20_000): Promise<number[]> {
  await page.waitFor(
    (names) => names.some((n) => (CSS.highlights.get(n)?.size ?? 0) > 0),
    [...FACT_HIGHLIGHTS],
    timeoutMs,
  );
  let last = '';
  let stableFor = 0;
  for (let i = 0; i < 50 && stableFor < 3; i++) {
    const sizes = await page.evaluate(highlightSizes, [...FACT_HIGHLIGHTS]);
    const key = sizes.join(',');
    stableFor = key === last ? stableFor + 1 : 0;
    last = key;
    await new Promise((r) => setTimeout(r, 200));
  }
  return last.split(',').map(Number);
}

/** Errors in a page's console that come from the extension (its URLs or its log prefix). */
export function extensionErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => /claimlight|chrome-extension:\/\/|moz-extension:\/\//i.test(e));
}

/** Collapses runs of whitespace, as a rendered sentence reads. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
