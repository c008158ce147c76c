// Issue 3, in the page: on an article the extension highlights exactly the engine's facts,
// leaves page chrome and the DOM alone; a non-article gets nothing; a paragraph added after
// load gets highlighted. Runs in Chromium and Firefox against pages on 127.0.0.1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { engineFactsFor } from './harness/expected-facts';
import { CORPUS_DIR, CORPUS_MISSING, corpusPresent, E2E_FIXTURES_DIR, RESULTS_DIR } from './harness/paths';
import {
  adoptedHighlightRules,
  FACT_HIGHLIGHTS,
  HIGHLIGHT_NAMES,
  highlightSizes,
  SNAPSHOT_AT_DOMCONTENTLOADED,
  waitForSettledHighlights,
} from './harness/page-probes';
import { describeInBrowsers } from './harness/session';
import {
  expectDomUnchanged,
  expectHighlightsMatchFacts,
  expectNoExtensionErrors,
  expectNoneInPageChrome,
} from './harness/assertions';

/** The library, an extension page: the test writes the settings from there. */
const LIBRARY_PATH = 'src/entries/library/index.html';

/** How long a page is given to show highlights it should not have before we call it clean. */
const QUIET_PERIOD_MS = 2_500;

describeInBrowsers('highlights in the page', (session, name) => {
  it.skipIf(!corpusPresent())(`seed page: exactly the engine's facts, chrome untouched, DOM unchanged${corpusPresent() ? '' : ` (${CORPUS_MISSING})`}`, async () => {
    const url = session.server.url('/corpus/seed/amazon-openai.html');
    const facts = await engineFactsFor(join(CORPUS_DIR, 'seed/amazon-openai.html'), url);
    expect(facts, 'the engine reads the seed as an article').not.toBeNull();
    expect(facts!.figures.length, 'engine figures on the seed').toBe(8);
    expect(facts!.claims.length, 'engine claims on the seed').toBe(5);

    const page = await session.browser.newPage({ initScript: SNAPSHOT_AT_DOMCONTENTLOADED });
    await page.goto(url);
    await waitForSettledHighlights(page);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot(join(RESULTS_DIR, `${name}-seed.png`), true);
    const highlights = await expectHighlightsMatchFacts(page, facts!);
    expectNoneInPageChrome(highlights);
    await expectDomUnchanged(page);
    expectNoExtensionErrors(page);
    await page.close();
  });

  it("own article fixture: exactly the engine's facts, chrome untouched, DOM unchanged", async () => {
    const url = session.server.url('/e2e/article.html');
    const facts = await engineFactsFor(join(E2E_FIXTURES_DIR, 'article.html'), url);
    expect(facts, 'the engine reads the fixture as an article').not.toBeNull();
    expect(facts!.figures.length).toBeGreaterThan(5);

    const page = await session.browser.newPage({ initScript: SNAPSHOT_AT_DOMCONTENTLOADED });
    await page.goto(url);
    await waitForSettledHighlights(page);
    const highlights = await expectHighlightsMatchFacts(page, facts!);
    expectNoneInPageChrome(highlights);
    await expectDomUnchanged(page);
    expectNoExtensionErrors(page);
    await page.close();
  });

  it('a non-article page gets no highlights', async () => {
    const page = await session.browser.newPage({ initScript: SNAPSHOT_AT_DOMCONTENTLOADED });
    await page.goto(session.server.url('/e2e/not-article.html'));
    await new Promise((r) => setTimeout(r, QUIET_PERIOD_MS));
    const sizes = await page.evaluate(highlightSizes, [...FACT_HIGHLIGHTS]);
    expect(Object.fromEntries(FACT_HIGHLIGHTS.map((n, i) => [n, sizes[i]]))).toEqual(
      Object.fromEntries(FACT_HIGHLIGHTS.map((n) => [n, 0])),
    );
    // no ::highlight() rule either: any such rule slows every style recalculation of the page
    expect(await page.evaluate(adoptedHighlightRules, undefined)).toEqual([]);
    await expectDomUnchanged(page);
    expectNoExtensionErrors(page);
    await page.close();
  });

  it('the highlight style rules are on the page only while highlights are shown', async () => {
    const page = await session.browser.newPage({ initScript: SNAPSHOT_AT_DOMCONTENTLOADED });
    const url = session.server.url('/e2e/article.html');
    await page.goto(url);
    await waitForSettledHighlights(page);
    expect(await page.evaluate(adoptedHighlightRules, undefined)).toContain(`::highlight(${HIGHLIGHT_NAMES.figure})`);

    // highlights switched off everywhere (what the popup's switch stores): rules and highlights go
    const library = await session.browser.openExtensionPage(LIBRARY_PATH, url, session.server.origin);
    const setEnabled = (enabled: boolean) =>
      library.evaluate(async (on) => {
        type Local = { set(items: Record<string, unknown>): Promise<void> };
        const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
        await local.set({ 'claimlight.settings': { enabled: on, sites: {} } });
      }, enabled);
    try {
      await setEnabled(false);
      await page.waitFor(() => CSS.highlights.size === 0 && document.adoptedStyleSheets.length === 0, undefined, 10_000);
    } finally {
      await setEnabled(true);
      await library.close();
    }
    await page.waitFor((figure) => (CSS.highlights.get(figure)?.size ?? 0) > 0, HIGHLIGHT_NAMES.figure, 10_000);
    expect(await page.evaluate(adoptedHighlightRules, undefined)).toContain(`::highlight(${HIGHLIGHT_NAMES.figure})`);
    await expectDomUnchanged(page);
    expectNoExtensionErrors(page);
    await page.close();
  });

  it('a paragraph appended after load gets its "$5 billion" highlighted', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/e2e/article.html'));
    await waitForSettledHighlights(page);
    await page.evaluate(() => (window as unknown as { appendLateParagraph(): void }).appendLateParagraph(), undefined);
    await page.waitFor(
      (figure) => {
        const late = document.getElementById('late');
        const h = CSS.highlights.get(figure);
        if (!late || !h) return false;
        for (const r of h as unknown as Iterable<AbstractRange>) {
          if (late.contains(r.startContainer)) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            if (range.toString() === '$5 billion') return true;
          }
        }
        return false;
      },
      HIGHLIGHT_NAMES.figure,
      15_000,
    );
    expectNoExtensionErrors(page);
    await page.close();
  });
});
