// Shared checks of the in-page tests: the highlights are exactly the engine's facts, none sits
// in page chrome, the DOM is byte-identical to its DOMContentLoaded snapshot, no extension errors.
import { expect } from 'vitest';
import type { Facts } from '../../../src/core/model/facts';
import type { TestPage } from './browsers';
import { expectedHighlightTexts } from './expected-facts';
import {
  domComparedToSnapshot,
  extensionErrors,
  FACT_HIGHLIGHTS,
  readHighlights,
  squash,
  type HighlightedRange,
} from './page-probes';

const noSpace = (s: string): string => s.replace(/\s+/g, '');

/**
 * Each highlight covers the engine's texts, in order. Compared as the concatenation of the
 * ranges' text without whitespace, so a highlighter that splits a sentence at element
 * boundaries (one range per text node) passes as well as one range per fact.
 */
export async function expectHighlightsMatchFacts(page: TestPage, facts: Facts): Promise<Record<string, HighlightedRange[]>> {
  const actual = await page.evaluate(readHighlights, [...FACT_HIGHLIGHTS]);
  const expected = expectedHighlightTexts(facts);
  for (const name of FACT_HIGHLIGHTS) {
    const got = (actual[name] ?? []).map((r) => squash(r.text));
    const want = expected[name].map(squash);
    expect(noSpace(got.join('')), `${name}: highlighted ${JSON.stringify(got)}, engine says ${JSON.stringify(want)}`).toBe(
      noSpace(want.join('')),
    );
  }
  return actual;
}

export function expectNoneInPageChrome(highlights: Record<string, HighlightedRange[]>): void {
  const inChrome = Object.entries(highlights).flatMap(([name, ranges]) =>
    ranges.filter((r) => r.inChrome !== null).map((r) => `${name}: «${squash(r.text)}» in ${r.inChrome}`),
  );
  expect(inChrome, 'highlights inside page chrome').toEqual([]);
}

export async function expectDomUnchanged(page: TestPage): Promise<void> {
  const dom = await page.evaluate(domComparedToSnapshot, undefined);
  expect(dom.hasSnapshot, 'the DOMContentLoaded snapshot was taken').toBe(true);
  expect(dom.same, `outerHTML changed (${dom.before} → ${dom.after} chars) ${dom.firstDiff}`).toBe(true);
}

export function expectNoExtensionErrors(page: TestPage): void {
  expect(extensionErrors(page.errors), 'errors from the extension in the console').toEqual([]);
}
