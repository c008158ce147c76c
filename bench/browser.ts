// `npm run bench:browser`: the content script's cost in real Chromium with the extension's test
// build (VITE_E2E=1, built into dist/bench/chrome first). Per page: the content script's own
// timings from the User Timing marks it records in the test build (src/entries/content/
// bench-marks.ts) — start → first highlights painted, the summed and the longest of its own
// synchronous chunks — next to the floor, one TreeWalker pass over the page's text measured
// in the same page, and the trace's view (Chrome tracing over CDP: every main-thread task
// from the content script's first on, page rendering included). The engine runs in the
// background (docs/adr/engine-in-background.md); its time per page is reported beside the
// page's. The floor is taken two ways: the first TreeWalker pass over a freshly loaded copy of
// the page in a browser without the extension (cold, like the content script's own first
// pass), and the average of repeated passes (warm). Prints a table and the median
// own-busy/floor ratios over the corpus (target ≤ 5×). No assertions: numbers only.
import { spawnSync } from 'node:child_process';
import { chromium as playwrightChromium, type Browser } from 'playwright-core';
import { resolve } from 'node:path';
import { browserInstalled, launchChromiumContext, VIEWPORT, type ChromiumWithExtension } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer } from '../test/e2e/harness/server';
import { corpusPages, generatedArticle, longestCorpusPage, type BenchPage } from './browser-pages';
import { extensionWork, startTrace, type ExtensionWork } from './browser-trace';
import { readingSession, smallest, type SessionRow } from './browser-session';
import { FIRST_PASS_FLOOR_SCRIPT, FLOOR_MARK, readFloorMark } from './floor-script';

/** The test build's own timings of its work in one page (see src/entries/content/bench-marks.ts). */
interface OwnWork {
  /** claimlight:start → claimlight:highlighted, ms; NaN when nothing was highlighted */
  toHighlightedMs: number;
  /** summed duration of the content script's own synchronous chunks, ms */
  ownBusyMs: number;
  ownLongestMs: number;
  ownChunks: number;
  /** the engine's time in the background (claimlight:engine marks), ms */
  engineMs: number;
}

interface Row extends ExtensionWork, OwnWork {
  label: string;
  textKB: number;
  /** warm floor: repeated TreeWalker passes in the measured page, averaged */
  floorMs: number;
  /** cold floor: the first TreeWalker pass in a fresh copy of the page without the extension */
  coldFloorMs: number;
  figures: number;
}

const BENCH_DIST = resolve(REPO_ROOT, 'dist/bench/chrome');

/**
 * In the page: reads the marks the content script left in the page's performance timeline
 * (a content script's marks are visible to the page in Chromium). No named inner functions:
 * tsx would wrap them in a helper the page does not have.
 */
function ownWork(): OwnWork {
  let start: number | undefined;
  let highlighted: number | undefined;
  const chunks: number[] = [];
  let engineMs = 0;
  for (const m of performance.getEntriesByType('mark') as PerformanceMark[]) {
    if (m.name === 'claimlight:start') start ??= m.startTime;
    else if (m.name === 'claimlight:highlighted') highlighted ??= m.startTime;
    else if (m.name === 'claimlight:task') chunks.push((m.detail as { ms: number }).ms);
    else if (m.name === 'claimlight:engine') engineMs += (m.detail as { ms: number }).ms;
  }
  return {
    toHighlightedMs: start !== undefined && highlighted !== undefined ? highlighted - start : NaN,
    ownBusyMs: chunks.reduce((a, b) => a + b, 0),
    ownLongestMs: chunks.length ? Math.max(...chunks) : 0,
    ownChunks: chunks.length,
    engineMs,
  };
}

/** The cold floor of one page: loaded in a new context (its own renderer) of a browser
 *  without the extension, so nothing has touched its nodes before the timed pass. */
async function coldFloor(plain: Browser, url: string): Promise<number> {
  const context = await plain.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    await tab.addInitScript({ content: FIRST_PASS_FLOOR_SCRIPT });
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await tab.evaluate(readFloorMark, FLOOR_MARK);
  } finally {
    await context.close();
  }
}

/**
 * In the page: the cost of one TreeWalker pass that reads every text node — passes repeated
 * for at least 50 ms (timers are coarse), total divided by the number of passes.
 */
function treeWalkerFloor(): { ms: number; chars: number } {
  let passes = 0;
  let chars = 0;
  const t0 = performance.now();
  while (passes < 3 || performance.now() - t0 < 50) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n = 0;
    while (walker.nextNode()) n += (walker.currentNode as Text).data.length;
    chars = n;
    passes++;
  }
  return { ms: (performance.now() - t0) / passes, chars };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  if (!browserInstalled('chromium')) {
    console.error('chromium not found — install it with `sudo apt-get install chromium`');
    process.exit(1);
  }
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    // the test build, in its own folder: release dist/chrome stays as it is
    const build = spawnSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, TARGET: 'chrome', VITE_E2E: '1', CLAIMLIGHT_OUT_DIR: BENCH_DIST },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await startServer({ 'long-article.html': generatedArticle(1_000_000) });
  const plain = await playwrightChromium.launch({
    executablePath: process.env.CLAIMLIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

  /**
   * Measures each page in a fresh browser, after a discarded warm-up load there (so a number
   * is not a cold start's — compiling the content script, first font loads — and one heavy
   * page cannot slow the next: in one long-lived browser, pages after the first few stopped
   * getting highlights while traced). With `repeats` > 1 the page is loaded that many times
   * in the same browser and the run with the median own busy time is kept (this VM's stalls
   * of several ms make single cold runs noisy).
   */
  async function measureAll(pages: readonly BenchPage[], warmUp: BenchPage, repeats = 1): Promise<Row[]> {
    const rows: Row[] = [];
    for (const page of pages) {
      let chromium: ChromiumWithExtension | null = null;
      try {
        chromium = await launchChromiumContext(BENCH_DIST);
        await measureIn(chromium, warmUp);
        const runs: Row[] = [];
        for (let i = 0; i < repeats; i++) runs.push(await measureIn(chromium, page));
        runs.sort((a, b) => a.ownBusyMs - b.ownBusyMs);
        const kept = runs[Math.floor(runs.length / 2)]!;
        rows.push(repeats > 1 ? { ...kept, label: `${page.label} (median of ${repeats})` } : kept);
      } catch (e) {
        console.warn(`  (${page.label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
        rows.push({
          label: `${page.label} (failed)`, textKB: 0, floorMs: 0, coldFloorMs: NaN, figures: 0, engineMs: 0, spanMs: 0, longestTaskMs: 0, busyMs: 0, tasks: 0,
          toHighlightedMs: NaN, ownBusyMs: 0, ownLongestMs: 0, ownChunks: 0,
        });
      } finally {
        await chromium?.close();
      }
    }
    return rows;
  }

  async function measureIn(chromium: ChromiumWithExtension, page: BenchPage): Promise<Row> {
    const tab = await chromium.context.newPage();
    const cdp = await chromium.context.newCDPSession(tab);
    const stop = await startTrace(cdp);
    await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
    if (page.article) {
      await tab
        .waitForFunction(() => (CSS.highlights.get('claimlight-figure')?.size ?? 0) > 0, undefined, { timeout: 30_000, polling: 200 })
        .catch(() => console.warn(`  (${page.label}: no figure highlights within 30 s)`));
    }
    await tab.waitForTimeout(1_500); // let the content script finish whatever follows
    const events = await stop();
    await cdp.detach();
    const floor = await tab.evaluate(treeWalkerFloor);
    const figures = await tab.evaluate(() => CSS.highlights.get('claimlight-figure')?.size ?? 0);
    const own = await tab.evaluate(ownWork);
    await tab.close();
    const coldFloorMs = await coldFloor(plain, server.url(page.path));
    return { label: page.label, textKB: floor.chars / 1024, floorMs: floor.ms, coldFloorMs, figures, ...own, ...extensionWork(events, chromium.extensionOrigin) };
  }

  const corpus = corpusPages();
  const longest = longestCorpusPage(corpus.slice(1));
  const headline: BenchPage[] = [
    ...(corpus[0] ? [corpus[0]] : []),
    ...(longest ? [{ ...longest, label: `longest: ${longest.label}` }] : []),
    { label: 'generated ~1 MB article', path: '/generated/long-article.html', article: true },
    { label: 'non-article page', path: '/e2e/not-article.html', article: false },
  ];
  if (corpus.length === 0) console.warn('../shared/corpus not found: corpus pages skipped');

  const ms = (x: number, width: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '—').padStart(width);
  const ratio = (r: Row): number => (r.floorMs > 0 && r.ownChunks > 0 ? r.ownBusyMs / r.floorMs : NaN);
  const coldRatio = (r: Row): number => (r.coldFloorMs > 0 && r.ownChunks > 0 ? r.ownBusyMs / r.coldFloorMs : NaN);
  const pipelineRatio = (r: Row): number => (r.coldFloorMs > 0 && r.ownChunks > 0 ? (r.ownBusyMs + r.engineMs) / r.coldFloorMs : NaN);
  const times = (x: number, width: number): string => (Number.isFinite(x) ? `${x.toFixed(1)}×` : '—').padStart(width);
  const COLUMNS: Array<[string, (r: Row) => string]> = [
    ['page', (r) => r.label.slice(0, 34).padEnd(34)],
    ['text KB', (r) => r.textKB.toFixed(0).padStart(7)],
    ['figs', (r) => String(r.figures).padStart(4)],
    ['start→hl ms', (r) => ms(r.toHighlightedMs, 11)],
    ['own busy ms', (r) => ms(r.ownBusyMs, 11)],
    ['chunks', (r) => String(r.ownChunks).padStart(6)],
    ['own longest ms', (r) => ms(r.ownLongestMs, 14)],
    ['engine ms (bg)', (r) => ms(r.engineMs, 14)],
    ['cold floor ms', (r) => ms(r.coldFloorMs, 13, 2)],
    ['own/cold', (r) => times(coldRatio(r), 8)],
    ['(own+engine)/cold', (r) => times(pipelineRatio(r), 17)],
    ['warm floor ms', (r) => ms(r.floorMs, 13, 3)],
    ['own/warm', (r) => times(ratio(r), 8)],
    ['trace busy ms', (r) => ms(r.busyMs, 13)],
    ['trace longest ms', (r) => ms(r.longestTaskMs, 16)],
  ];

  const print = (title: string, rows: readonly Row[]): void => {
    console.log(`\n${title}`);
    console.log(COLUMNS.map(([h, cell]) => h.padEnd(cell(rows[0] ?? ({ label: '' } as Row)).length)).join(' | '));
    for (const r of rows) console.log(COLUMNS.map(([, cell]) => cell(r)).join(' | '));
  };

  try {
    const warmUp = corpus[0] ?? { label: 'warm-up', path: '/e2e/article.html', article: true };
    if (process.env.BENCH_SESSION_ONLY !== '1') {
      const headRows = await measureAll(headline, warmUp, Number(process.env.BENCH_REPEATS ?? 5));
      print('Headline pages (Chromium, test build in dist/bench/chrome)', headRows);
    }

    const corpusRows = process.env.BENCH_HEADLINE_ONLY === '1' || process.env.BENCH_SESSION_ONLY === '1' ? [] : await measureAll(corpus, warmUp);
    if (corpusRows.length > 0) {
      print(`All ${corpusRows.length} corpus pages`, corpusRows);
      const ran = corpusRows.filter((r) => r.ownChunks > 0 && r.floorMs > 0);
      const hl = ran.filter((r) => Number.isFinite(r.toHighlightedMs));
      console.log(
        `\nCorpus medians (${ran.length} pages where the content script ran, ${hl.length} highlighted): ` +
          `start→highlighted ${median(hl.map((r) => r.toHighlightedMs)).toFixed(1)} ms, ` +
          `own busy ${median(ran.map((r) => r.ownBusyMs)).toFixed(1)} ms, own longest ${median(ran.map((r) => r.ownLongestMs)).toFixed(1)} ms, ` +
          `engine (background) ${median(ran.map((r) => r.engineMs)).toFixed(1)} ms; ` +
          `cold floor ${median(ran.map((r) => r.coldFloorMs)).toFixed(2)} ms, own busy/cold floor ${median(ran.map(coldRatio)).toFixed(1)}×, ` +
          `(own busy + engine)/cold floor ${median(ran.map(pipelineRatio)).toFixed(1)}× (target ≤ 5×); ` +
          `warm floor ${median(ran.map((r) => r.floorMs)).toFixed(2)} ms, own busy/warm floor ${median(ran.map(ratio)).toFixed(1)}×; ` +
          `trace busy ${median(ran.map((r) => r.busyMs)).toFixed(1)} ms; ` +
          `worst own longest ${Math.max(...ran.map((r) => r.ownLongestMs)).toFixed(1)} ms, worst trace longest ${Math.max(...ran.map((r) => r.longestTaskMs)).toFixed(1)} ms`,
      );
    }
    if (corpus.length > 0 && process.env.BENCH_HEADLINE_ONLY !== '1') {
      const passes = Number(process.env.BENCH_SESSION_PASSES ?? 3);
      const byPass = await readingSession(BENCH_DIST, plain, server, corpus, '/e2e/not-article.html', passes);
      const sessionMedians = (rows: readonly SessionRow[]): string => {
        const measured = rows.filter((r) => r.floorMs > 0 && r.ownBusyMs > 0);
        return (
          `own busy ${median(measured.map((r) => r.ownBusyMs)).toFixed(1)} ms, ` +
          `own longest ${median(measured.map((r) => r.ownLongestMs)).toFixed(1)} ms (worst ${Math.max(...measured.map((r) => r.ownLongestMs)).toFixed(1)} ms), ` +
          `engine (background) ${median(measured.map((r) => r.engineMs)).toFixed(1)} ms, floor ${median(measured.map((r) => r.floorMs)).toFixed(2)} ms, ` +
          `own busy/floor ${median(measured.map((r) => r.ownBusyMs / r.floorMs)).toFixed(1)}×, ` +
          `(own busy + engine)/floor ${median(measured.map((r) => (r.ownBusyMs + r.engineMs) / r.floorMs)).toFixed(1)}× (target ≤ 5×); ` +
          `non-article page own busy ${median(rows.map((r) => r.nonArticleBusyMs)).toFixed(2)} ms (target < 1 ms)`
        );
      };
      const session = smallest(byPass);
      console.log(`\nA reading session (one tab, corpus pages in turn on one site, a non-article page between each; warm renderer), ${passes} pass(es): each page's smallest figure`);
      console.log('page                               | own busy ms | own longest ms | engine ms (bg) | floor ms | own/floor | (own+engine)/floor | next non-article page own busy ms');
      for (const r of session) {
        console.log(
          `${r.label.slice(0, 34).padEnd(34)} | ${r.ownBusyMs.toFixed(1).padStart(11)} | ${r.ownLongestMs.toFixed(1).padStart(14)} | ${r.engineMs.toFixed(1).padStart(14)} | ` +
            `${r.floorMs.toFixed(2).padStart(8)} | ${(r.ownBusyMs / r.floorMs).toFixed(1).padStart(8)}× | ${((r.ownBusyMs + r.engineMs) / r.floorMs).toFixed(1).padStart(17)}× | ${r.nonArticleBusyMs.toFixed(2).padStart(8)}`,
        );
      }
      byPass.forEach((rows, i) => console.log(`Session medians, pass ${i + 1}: ${sessionMedians(rows)}`));
      console.log(`Session medians, each page's smallest over ${passes} pass(es): ${sessionMedians(session)}`);
    }
    console.log(
      '\nstart→hl = claimlight:start → claimlight:highlighted marks (the content script starting → first highlights painted;' +
        '\n           includes loading the engine chunk and the pauses where it yields to the page);' +
        '\nown busy = summed synchronous chunks of the content script (resume → next yield), timed in the test build;' +
        '\n           loading/compiling the engine chunk and the rendering the highlights cause are not in it;' +
        '\nchunks / own longest = their number and the longest one;' +
        '\nengine ms (bg) = the engine\'s time in the background for this page (reported back with the facts; not the page\'s thread);' +
        '\ncold floor = the first TreeWalker pass reading document.body text in a fresh copy of the page, in a browser without' +
        '\n           the extension (the first touch of the nodes, as the content script\'s own first pass is);' +
        '\nwarm floor = the same pass repeated in the measured page, averaged; own/cold, own/warm = own busy / floor;' +
        '\ntrace busy / longest = every main-thread task from the content script\'s first task on (Chrome tracing: page parse,' +
        '\n           style, layout and paint included) and the longest of them.',
    );
  } finally {
    await plain.close();
    await server.close();
  }
}

await main();
