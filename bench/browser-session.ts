// A reading session for `npm run bench:browser`: one tab reads the corpus pages one after
// another on the same site, with a non-article page between each, as a reader moving through
// a news site does. The renderer process and Chromium's own code are then warm, while each
// page is still a new document (new isolated world, new DOM). Per page: the content script's
// own busy time and longest chunk (test-build marks), next to the first TreeWalker pass over
// the same page in the same kind of session in a browser without the extension. No assertions.
// With `passes` > 1 the tab reads the whole series that many times (the browser's cache then
// holds the pages' images and styles, which on a first visit load while the content script
// runs and compete with it for the CPU) and each figure is the page's smallest over the passes:
// on a small, shared machine the smallest is the best estimate of the work itself.
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
  /** the engine's time in the background for this page (not the page's thread) */
  engineMs: number;
  /** the non-article page loaded right after this one */
  nonArticleBusyMs: number;
}

/** In the page: the sum and the longest of the content script's chunks (no named inner functions: tsx helpers). */
function ownChunks(): { busy: number; longest: number; engine: number } {
  const marks = performance.getEntriesByType('mark') as PerformanceMark[];
  const tasks = marks.filter((m) => m.name === 'claimlight:task').map((m) => (m.detail as { ms: number }).ms);
  const engine = marks.filter((m) => m.name === 'claimlight:engine').map((m) => (m.detail as { ms: number }).ms);
  return { busy: tasks.reduce((a, b) => a + b, 0), longest: tasks.length ? Math.max(...tasks) : 0, engine: engine.reduce((a, b) => a + b, 0) };
}

/** Each page's smallest figures over the passes (one array of rows per pass, same page order). */
export function smallest(passes: SessionRow[][]): SessionRow[] {
  return passes[0]!.map((first, i) => {
    const rows = passes.map((pass) => pass[i]!);
    const min = (pick: (r: SessionRow) => number): number => Math.min(...rows.map(pick).filter((x) => !Number.isNaN(x)));
    return { label: first.label, ownBusyMs: min((r) => r.ownBusyMs), ownLongestMs: min((r) => r.ownLongestMs), floorMs: min((r) => r.floorMs), engineMs: min((r) => r.engineMs), nonArticleBusyMs: min((r) => r.nonArticleBusyMs) };
  });
}

export async function readingSession(dist: string, plain: Browser, server: StaticServer, pages: readonly BenchPage[], nonArticle: string, passes = 1): Promise<SessionRow[][]> {
  const chromium = await launchChromiumContext(dist);
  const byPass: SessionRow[][] = [];
  try {
    const tab = await chromium.context.newPage();
    for (let pass = 0; pass < passes; pass++) {
      const rows: SessionRow[] = [];
      byPass.push(rows);
      for (const page of pages) {
        if (process.env.BENCH_VERBOSE) console.error(`pass ${pass + 1}: ${page.label}`);
        await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
        await tab.waitForFunction(() => (CSS.highlights.get('claimlight-figure')?.size ?? 0) > 0, undefined, { timeout: 15_000, polling: 100 }).catch(() => undefined);
        await tab.waitForTimeout(1_000);
        const own = await tab.evaluate(ownChunks);
        await tab.goto(server.url(nonArticle), { waitUntil: 'load' });
        await tab.waitForTimeout(800);
        const other = await tab.evaluate(ownChunks);
        rows.push({ label: page.label, ownBusyMs: own.busy, ownLongestMs: own.longest, floorMs: NaN, engineMs: own.engine, nonArticleBusyMs: other.busy });
      }
    }
  } finally {
    await chromium.close();
  }
  const context = await plain.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    await tab.addInitScript({ content: FIRST_PASS_FLOOR_SCRIPT });
    for (const rows of byPass) {
      for (const row of rows) {
        const page = pages.find((p) => p.label === row.label)!;
        if (process.env.BENCH_VERBOSE) console.error(`floor: ${page.label}`);
        await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
        row.floorMs = await tab.evaluate(readFloorMark, FLOOR_MARK);
        await tab.goto(server.url(nonArticle), { waitUntil: 'load' });
      }
    }
  } finally {
    await context.close();
  }
  return byPass;
}
