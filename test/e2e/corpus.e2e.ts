// Issue 3 on real pages: five saved news pages from the shared corpus (served with their own
// scripts blocked by CSP, so only the extension could change the DOM): highlights appear, the
// extension logs no errors, and the DOM is byte-identical to its DOMContentLoaded snapshot.
import { expect, it } from 'vitest';
import { CORPUS_MISSING, corpusPresent } from './harness/paths';
import { SNAPSHOT_AT_DOMCONTENTLOADED, waitForSettledHighlights } from './harness/page-probes';
import { describeInBrowsers } from './harness/session';
import { expectDomUnchanged, expectNoExtensionErrors } from './harness/assertions';

const PAGES = ['ars-1', 'theverge', 'wapo-1', 'lwn-1', 'nytimes-3'];

describeInBrowsers('corpus pages', (session) => {
  for (const page of PAGES) {
    it.skipIf(!corpusPresent())(`${page}: highlights, no extension errors, DOM unchanged${corpusPresent() ? '' : ` (${CORPUS_MISSING})`}`, async () => {
      const tab = await session.browser.newPage({ initScript: SNAPSHOT_AT_DOMCONTENTLOADED });
      await tab.goto(session.server.url(`/corpus/pages/${page}.html`));
      const sizes = await waitForSettledHighlights(tab, 30_000);
      expect(sizes[0], 'figure highlights').toBeGreaterThan(0);
      await expectDomUnchanged(tab);
      expectNoExtensionErrors(tab);
      await tab.close();
    });
  }
});
