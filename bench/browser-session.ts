// A reading session for `npm run bench:browser`: one tab reads the corpus pages one after
// another on the same site, with a non-article page between each, as a reader moving through
// a news site does. The renderer process and Chromium's own code are then warm, while each
// page is still a new document (new isolated world, new DOM). Per page: the content script's
// own busy time and longest chunk (test-build marks), next to the first TreeWalker pass over
// the same page in the same kind of session in a browser without the extension. No assertions.
import type { Browser } from 'playwright-core';
import { launchChromiumContext, VIEWPORT } from '../test/e2e/harness/browsers';
import type { StaticServer } from '../test/e2e/harness/server';
import type { BenchPage } from './browser-pages';
import { FIRST_PASS_FLOOR_SCRIPT, FLOOR_MARK, readFloorMark } from './floor-script';

export interface SessionRow {
  label: string;
  ownBusyMs: number;
  ownLongestMs: number;
  floorMs: number;
  /** the non-article page loaded right after this one */
  nonArticleBusyMs: number;
}

/** In the page: the sum and the longest of the content script's chunks (no named inner functions: tsx helpers). */
function ownChunks(): { busy: number; longest: number } {
  const ms = performance.getEntriesByType('mark').filter((m) => m.name === 'claimlight:task').map((m) => ((m as PerformanceMark).detail as { ms: number }).ms);
  return { busy: ms.reduce((a, b) => a + b, 0), longest: ms.length ? Math.max(...ms) : 0 };
}

export async function readingSession(dist: string, plain: Browser, server: StaticServer, pages: readonly BenchPage[], nonArticle: string): Promise<SessionRow[]> {
  const chromium = await launchChromiumContext(dist);
  const rows: SessionRow[] = [];
  try {
    const tab = await chromium.context.newPage();
    for (const page of pages) {
      await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
      await tab.waitForFunction(() => (CSS.highlights.get('claimlight-figure')?.size ?? 0) > 0, undefined, { timeout: 15_000, polling: 100 }).catch(() => undefined);
      await tab.waitForTimeout(1_000);
      const own = await tab.evaluate(ownChunks);
      await tab.goto(server.url(nonArticle), { waitUntil: 'load' });
      await tab.waitForTimeout(800);
      const other = await tab.evaluate(ownChunks);
      rows.push({ label: page.label, ownBusyMs: own.busy, ownLongestMs: own.longest, floorMs: NaN, nonArticleBusyMs: other.busy });
    }
  } finally {
    await chromium.close();
  }
  const context = await plain.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    await tab.addInitScript({ content: FIRST_PASS_FLOOR_SCRIPT });
    for (const row of rows) {
      const page = pages.find((p) => p.label === row.label)!;
      await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
      row.floorMs = await tab.evaluate(readFloorMark, FLOOR_MARK);
      await tab.goto(server.url(nonArticle), { waitUntil: 'load' });
    }
  } finally {
    await context.close();
  }
  return rows;
}
