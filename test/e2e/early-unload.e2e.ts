// A page left while the content script is still analysing it (the reader follows a link, or
// the document is replaced, within a second of loading): the script's pending work — the
// settings, the session chunk, the engine's answer from the background — is cut off, and
// must end quietly: no console error, no unhandled rejection from the extension.
import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/session';
import { extensionErrors } from './harness/page-probes';
import { corpusPresent } from './harness/paths';
import type { TestPage } from './harness/browsers';

/** How long after the article's load event the page is left, in ms. */
const DELAYS = [50, 100, 150, 300, 600, 900];
/** settle time for anything the first page's script might still log */
const AFTERMATH_MS = 1_500;

describeInBrowsers('leaving a page while it is analysed', (session) => {
  // a long real article when the shared corpus is there (analysis takes longer), else the fixture
  const articlePath = (): string => (corpusPresent() ? '/corpus/seed/amazon-openai.html' : '/e2e/article.html');

  /** For each delay: loads the article, leaves it `how` after that delay, waits for the
   *  aftermath and expects no error from the extension. */
  async function leaveAtEachDelay(how: string, leave: (page: TestPage) => Promise<unknown>): Promise<void> {
    for (const delay of DELAYS) {
      const page = await session.browser.newPage();
      await page.goto(session.server.url(`${articlePath()}?${how}=${delay}`));
      await new Promise((r) => setTimeout(r, delay));
      await leave(page);
      await new Promise((r) => setTimeout(r, AFTERMATH_MS));
      expect(extensionErrors(page.errors), `errors after ${how} at ${delay} ms`).toEqual([]);
      await page.close();
    }
  }

  it('navigating away soon after load logs no error', () =>
    leaveAtEachDelay('leave', (page) => page.goto(session.server.url('/e2e/not-article.html'))));

  it('replacing the document soon after load logs no error', () =>
    leaveAtEachDelay('replace', (page) =>
      page.evaluate(() => {
        document.open();
        document.write('<!doctype html><title>replaced</title><p>gone</p>');
        document.close();
      }, undefined),
    ));

  it('reloading soon after load logs no error', () => leaveAtEachDelay('reload', (page) => page.reload()));
});
