// `npx tsx bench/style-cost.ts`: what the extension's presence costs a page's style
// recalculations. Any ::highlight() rule makes Chromium work out highlight styles for every
// element at every recalculation, so the highlight rules are only on a page while it shows
// highlights (src/dom/highlight/styles.ts). Per page, the median of 15 forced full
// recalculations (the root's colour changes, so every element's style is recomputed, then
// layout is read) in a browser without the extension and in one with the test build in
// dist/bench/chrome (BENCH_DIST=dir for another; BENCH_PAGES=a,b for other corpus pages).
// No assertions: a measuring tool.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchChromiumContext } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer } from '../test/e2e/harness/server';

/** In the page: the median time of a full style recalculation and layout, and how many of the extension's highlights are registered. */
function fullRecalcMs(): [number, number] {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    document.documentElement.style.color = i % 2 ? 'rgb(1, 2, 3)' : 'rgb(3, 2, 1)';
    const t0 = performance.now();
    void document.body.offsetHeight;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [times[7]!, CSS.highlights.size];
}

const pages = [...(process.env.BENCH_PAGES ?? 'cnet,yahoo-2,nytimes-2,theverge').split(',').map((p) => `/corpus/pages/${p}.html`), '/e2e/not-article.html'];
const server = await startServer({});
const extension = await launchChromiumContext(process.env.BENCH_DIST ?? resolve(REPO_ROOT, 'dist/bench/chrome'));
const plain = await chromium.launch({ executablePath: process.env.CLAIMLIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  const tabs = { without: await plain.newPage(), with: await extension.context.newPage() };
  console.log('page                          | without the extension ms | with it ms | our highlights on the page');
  for (const path of pages) {
    const row: string[] = [];
    let shown = 0;
    for (const tab of [tabs.without, tabs.with]) {
      const runs: number[] = [];
      for (let load = 0; load < 2; load++) {
        await tab.goto(server.url(path), { waitUntil: 'load' });
        await tab.waitForTimeout(1_500); // the extension has read the page and painted
        const [ms, highlights] = await tab.evaluate(fullRecalcMs);
        runs.push(ms);
        if (tab === tabs.with) shown = highlights;
      }
      row.push(Math.min(...runs).toFixed(2));
    }
    console.log(`${path.split('/').pop()!.padEnd(29)} | ${row[0]!.padStart(24)} | ${row[1]!.padStart(10)} | ${shown}`);
  }
} finally {
  await extension.close();
  await plain.close();
  await server.close();
}
