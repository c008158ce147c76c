// Issue 4, in real browsers: a reader selects text and annotates it through the in-page UI;
// after a reload the note is highlighted again, and still after the page's text was edited
// around it. Export → import into a fresh profile and the malformed-import error are in
// transfer.e2e.ts.
import { expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { describeInBrowsers } from './harness/session';
import { expectNoExtensionErrors } from './harness/assertions';
import { adoptedHighlightRules } from './harness/page-probes';

const QUOTE = 'the board had discussed a buyback';

function articleHtml(intro: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Annotate me | E2E Gazette</title></head>
<body><main><article><h1>Chipmaker weighs a buyback</h1>
<p>${intro} The chipmaker reported revenue of $12.4 billion for the quarter on Wednesday, as demand for data-center processors kept climbing through the winter months and into the spring.</p>
<p>People familiar with the matter said the board had discussed a buyback of roughly $5 billion, though no decision has been made and the timing remains uncertain for now, according to two people briefed on it.</p>
<p>The results arrive at a delicate moment for the whole industry, which has spent the past year arguing about whether the boom in artificial intelligence spending can last.</p>
</article></main></body></html>`;
}

/** In the page: selects the first occurrence of `quote`; returns where its end is on screen. */
function selectQuote(quote: string): { x: number; top: number; bottom: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(quote);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + quote.length);
    node.parentElement?.scrollIntoView({ block: 'center' });
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1]!;
    return { x: last.right, top: rects[0]!.top, bottom: last.bottom };
  }
  return null;
}

/**
 * In the page: where the extension's floating layer (a closed shadow root, so only its host
 * is visible from here) covers the area around the selection — the "Annotate" button. Returns
 * the middle of the covered points, not the first one found: a click on the very edge of the
 * button would test the hit-testing of a fraction of a pixel rather than the button.
 */
function findLayerPoint(box: { x: number; top: number; bottom: number }): { x: number; y: number } | null {
  const hits: Array<{ x: number; y: number }> = [];
  for (let dy = 2; dy <= 70; dy += 2) {
    for (const y of [box.top - dy, box.bottom + dy]) {
      for (let dx = -40; dx <= 40; dx += 4) {
        const el = document.elementFromPoint(box.x + dx, y);
        if (el?.tagName.toLowerCase() === 'claimlight-annotate') hits.push({ x: box.x + dx, y });
      }
    }
  }
  if (hits.length === 0) return null;
  const xs = hits.map((p) => p.x);
  const ys = hits.map((p) => p.y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/** In the page: the text of every range of the claimlight-note-* highlights. */
function noteTexts(): string[] {
  const out: string[] = [];
  for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<AbstractRange>>) {
    if (!name.startsWith('claimlight-note-')) continue;
    for (const r of h) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push(range.toString());
    }
  }
  return out;
}

async function waitForNote(page: TestPage, quote: string): Promise<void> {
  await page.waitFor(
    (q) => {
      for (const [name, h] of CSS.highlights as unknown as Map<string, Iterable<AbstractRange>>) {
        if (!name.startsWith('claimlight-note-')) continue;
        for (const r of h) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString().includes(q)) return true;
        }
      }
      return false;
    },
    quote,
    15_000,
  );
}

/** Selects the quote, clicks "Annotate", types a note and saves it with Ctrl+Enter. */
async function annotate(page: TestPage, quote: string, note: string): Promise<void> {
  const box = await page.evaluate(selectQuote, quote);
  expect(box, `«${quote}» is in the page`).not.toBeNull();
  // wait for the button to appear by the selection, then click it once: the editor opens in
  // the layer and takes focus (document.activeElement is then the layer's host)
  let point: { x: number; y: number } | null = null;
  for (let i = 0; i < 30 && !point; i++) {
    await new Promise((r) => setTimeout(r, 200));
    point = await page.evaluate(findLayerPoint, box!);
  }
  expect(point, 'the "Annotate" button appeared by the selection').not.toBeNull();
  await page.clickAt(point!.x, point!.y);
  const editorFocused = (): boolean => document.activeElement?.tagName.toLowerCase() === 'claimlight-annotate';
  const opened = await page.waitFor(editorFocused, undefined, 5_000).then(
    () => true,
    () => false,
  );
  expect(opened, `the note editor opened and has focus after one click (console: ${page.errors.join(' | ')})`).toBe(true);
  await page.type(note);
  await page.press('Control+Enter');
}

const LIBRARY_PATH = 'src/entries/library/index.html';

describeInBrowsers('annotations in the page', (session) => {
  it('a note on a selection is highlighted again after a reload and after the page was edited, and leaves when deleted in the library', async () => {
    const pages = session.server.generated;
    pages['annotate.html'] = articleHtml('Markets were calm.');
    const page = await session.browser.newPage();
    await page.goto(session.server.url('/generated/annotate.html'));
    await page.waitFor(() => document.readyState === 'complete', undefined);
    await new Promise((r) => setTimeout(r, 1_000)); // the content script has loaded
    await annotate(page, QUOTE, 'check the size of this buyback');
    await waitForNote(page, QUOTE);
    // the page carries the style rule of this note's label and colour, and no other note rule
    const noteRules = (await page.evaluate(adoptedHighlightRules, undefined)).filter((r) => r.startsWith('::highlight(claimlight-note-'));
    expect(noteRules).toEqual(['::highlight(claimlight-note-none)']);

    await page.reload();
    await waitForNote(page, QUOTE);

    // The library (an extension page) stays open for the rest of the test. Without the
    // "pages with notes" index (notes saved by a version before it, not yet indexed), the
    // page asks the background for its notes and still shows them.
    const library = await session.browser.openExtensionPage(LIBRARY_PATH, session.server.url('/generated/annotate.html'), session.server.origin);
    const dropped = await library.evaluate(async () => {
      type Local = { get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      const keys = Object.keys(await local.get(null)).filter((k) => k.startsWith('claimlight.noted'));
      await local.remove(keys);
      return keys;
    }, undefined);
    expect(dropped).toContain('claimlight.notedPages.ready');
    await page.reload();
    await waitForNote(page, QUOTE);

    // the publisher edits the article: a new first sentence, a changed word near the quote
    pages['annotate.html'] = articleHtml('Markets were calm on Tuesday, and then they were not.').replace(
      'People familiar with',
      'Several people familiar with',
    );
    await page.reload();
    await waitForNote(page, QUOTE);
    expect((await page.evaluate(noteTexts, undefined)).join(' ')).toContain(QUOTE);

    // deleted in the library (its own tab): the open article drops the note without a reload
    await library.waitFor(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Delete'), undefined, 15_000);
    const del = await library.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete')!;
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await library.clickAt(del.x, del.y);
    await page.waitFor(() => {
      for (const [name, h] of CSS.highlights as unknown as Map<string, { size: number }>) if (name.startsWith('claimlight-note-') && h.size > 0) return false;
      return true;
    }, undefined, 15_000);
    expect(await page.evaluate(noteTexts, undefined)).toEqual([]);
    expect((await page.evaluate(adoptedHighlightRules, undefined)).filter((r) => r.startsWith('::highlight(claimlight-note-'))).toEqual([]);
    expectNoExtensionErrors(page);
    await library.close();
    await page.close();
  });
});
