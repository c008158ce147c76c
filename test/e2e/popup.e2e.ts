// Issue 3, the popup: opened as an extension page for the article's tab it lists the engine's
// facts, and clicking a row scrolls the article to that fact and flashes it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { engineFactsFor } from './harness/expected-facts';
import { CORPUS_DIR, CORPUS_MISSING, corpusPresent, RESULTS_DIR } from './harness/paths';
import { HIGHLIGHT_NAMES, squash, waitForSettledHighlights } from './harness/page-probes';
import { describeInBrowsers } from './harness/session';
import { expectNoExtensionErrors } from './harness/assertions';

const POPUP = 'src/entries/popup/index.html';

/** In the popup: the text of each row, by kind (li.row-figure, li.row-claim …). */
function popupRows(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const li of document.querySelectorAll('li.row')) {
    const kind = [...li.classList].find((c) => c.startsWith('row-'))?.slice(4) ?? 'unknown';
    const text = li.querySelector('.row-text')?.textContent ?? '';
    (out[kind] ??= []).push(text);
  }
  return out;
}

/** In the popup: clicks the figure row showing `text`; false when there is none. */
function clickFigureRow(text: string): boolean {
  for (const li of document.querySelectorAll('li.row-figure')) {
    if (li.querySelector('.row-text')?.textContent === text) {
      li.querySelector<HTMLElement>('button.row-main')?.click();
      return true;
    }
  }
  return false;
}

/** In the article: scroll position, and where the flashed range is relative to the viewport. */
function flashState(flashName: string): { scrollY: number; flashed: string | null; inViewport: boolean } {
  const h = CSS.highlights.get(flashName);
  let flashed: string | null = null;
  let inViewport = false;
  for (const r of (h ?? []) as unknown as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const box = range.getBoundingClientRect();
    flashed = range.toString();
    inViewport = box.top >= 0 && box.bottom <= window.innerHeight;
  }
  return { scrollY: window.scrollY, flashed, inViewport };
}

/** In the article: is the highlighted figure reading `text` inside the viewport? null if not found. */
function figureInViewport([figureName, text]: [string, string]): boolean | null {
  for (const r of (CSS.highlights.get(figureName) ?? []) as unknown as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    if (range.toString() !== text) continue;
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }
  return null;
}

describeInBrowsers('popup for the article tab', (session, name) => {
  it.skipIf(!corpusPresent())(`lists the engine's facts; a click scrolls to the fact and flashes it${corpusPresent() ? '' : ` (${CORPUS_MISSING})`}`, async () => {
    const url = session.server.url('/corpus/seed/amazon-openai.html');
    const facts = await engineFactsFor(join(CORPUS_DIR, 'seed/amazon-openai.html'), url);
    expect(facts).not.toBeNull();

    const article = await session.browser.newPage();
    await article.goto(url);
    await article.setViewport(1280, 480); // short, so the last figures start below the fold
    await waitForSettledHighlights(article);
    await article.evaluate(() => window.scrollTo(0, 0), undefined);

    const popup = await session.browser.openExtensionPage(POPUP, url, session.server.origin);
    await popup.waitFor(() => document.querySelectorAll('li.row').length > 0, undefined, 15_000);
    const rows = await popup.evaluate(popupRows, undefined);
    const byStart = <T extends { position: { start: number } }>(xs: T[]): T[] =>
      [...xs].sort((a, b) => a.position.start - b.position.start);
    expect((rows.figure ?? []).map(squash), 'figure rows').toEqual(byStart(facts!.figures).map((f) => squash(f.text)));
    expect((rows.claim ?? []).map(squash), 'claim rows').toEqual(byStart(facts!.claims).map((c) => squash(c.text)));

    mkdirSync(RESULTS_DIR, { recursive: true });
    await popup.screenshot(join(RESULTS_DIR, `${name}-popup.png`), true);

    // the figure furthest down the article whose text is unique, so the row names one place
    const figureTexts = facts!.figures.map((f) => f.text);
    const target = byStart(facts!.figures)
      .reverse()
      .find((f) => figureTexts.filter((t) => t === f.text).length === 1);
    expect(target, 'a figure with a unique text').toBeDefined();
    expect(
      await article.evaluate(figureInViewport, [HIGHLIGHT_NAMES.figure, target!.text] as [string, string]),
      `before the click, «${target!.text}» is below the fold`,
    ).toBe(false);
    expect(await popup.evaluate(clickFigureRow, target!.text), `a row for ${target!.text}`).toBe(true);

    // the flash may be short-lived and the scroll smooth: poll until both are seen (or time out
    // and report what the page shows)
    await article
      .waitFor(
        (flashName) => {
          for (const r of (CSS.highlights.get(flashName) ?? []) as unknown as Iterable<AbstractRange>) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            const box = range.getBoundingClientRect();
            if (window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight) return true;
          }
          return false;
        },
        HIGHLIGHT_NAMES.flash,
        10_000,
      )
      .catch(() => undefined);
    const seen = await article.evaluate(flashState, HIGHLIGHT_NAMES.flash);
    expect(seen.scrollY, 'the article scrolled').toBeGreaterThan(0);
    expect(squash(seen.flashed ?? ''), 'the flashed text').toContain(squash(target!.text));
    expect(seen.inViewport, 'the flashed fact is in the viewport').toBe(true);
    expectNoExtensionErrors(article);
    expectNoExtensionErrors(popup);
    await popup.close();
    await article.close();
  });

  it('on a page that is not an article it says so, and "Analyze anyway" reads the page whole and lights up its figures', async () => {
    const url = session.server.url('/e2e/not-article.html');
    const page = await session.browser.newPage();
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 1_000)); // the content script has decided
    const popup = await session.browser.openExtensionPage(POPUP, url, session.server.origin);
    await popup.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Analyze anyway'), undefined, 15_000);
    expect(await popup.evaluate(() => document.body.textContent ?? '', undefined)).toContain('Not an article');
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Analyze anyway')!.click(), undefined);
    await popup.waitFor(() => document.querySelectorAll('li.row-figure').length > 0, undefined, 15_000);
    const rows = await popup.evaluate(popupRows, undefined);
    expect((rows.figure ?? []).map(squash)).toEqual(expect.arrayContaining(['40%', '2,310']));
    await page.waitFor((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAMES.figure, 15_000);
    expectNoExtensionErrors(page);
    expectNoExtensionErrors(popup);
    await popup.close();
    await page.close();
  });
});
