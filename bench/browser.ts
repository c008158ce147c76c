// `npm run bench:browser`: the content script's cost in real Chromium with the extension's test
// build (VITE_E2E=1, built into dist/bench/chrome first). Per page: the content script's own
// timings from the User Timing marks it records in the test build (src/entries/content/
// bench-marks.ts) — start → first highlights painted, the summed and the longest of its own
// synchronous chunks — next to the floor, one TreeWalker pass over the page's text measured
// in the same page, and the trace's view (Chrome tracing over CDP: every main-thread task
// from the content script's first on, page rendering included). Prints a table and the median
// own-busy/floor ratio over the corpus (target ≤ 5×). No assertions: numbers only.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { browserInstalled, launchChromiumContext, type ChromiumWithExtension } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer } from '../test/e2e/harness/server';
import { corpusPages, generatedArticle, longestCorpusPage, type BenchPage } from './browser-pages';
import { extensionWork, startTrace, type ExtensionWork } from './browser-trace';

/** The test build's own timings of its work in one page (see src/entries/content/bench-marks.ts). */
interface OwnWork {
  /** claimlight:start → claimlight:highlighted, ms; NaN when nothing was highlighted */
  toHighlightedMs: number;
  /** summed duration of the content script's own synchronous chunks, ms */
  ownBusyMs: number;
  ownLongestMs: number;
  ownChunks: number;
}

interface Row extends ExtensionWork, OwnWork {
  label: string;
  textKB: number;
  floorMs: number;
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
  for (const m of performance.getEntriesByType('mark') as PerformanceMark[]) {
    if (m.name === 'claimlight:start') start ??= m.startTime;
    else if (m.name === 'claimlight:highlighted') highlighted ??= m.startTime;
    else if (m.name === 'claimlight:task') chunks.push((m.detail as { ms: number }).ms);
  }
  return {
    toHighlightedMs: start !== undefined && highlighted !== undefined ? highlighted - start : NaN,
    ownBusyMs: chunks.reduce((a, b) => a + b, 0),
    ownLongestMs: chunks.length ? Math.max(...chunks) : 0,
    ownChunks: chunks.length,
  };
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

  /**
   * Measures each page in a fresh browser, after a discarded warm-up load there (so a number
   * is not a cold start's — compiling the content script, first font loads — and one heavy
   * page cannot slow the next: in one long-lived browser, pages after the first few stopped
   * getting highlights while traced).
   */
  async function measureAll(pages: readonly BenchPage[], warmUp: BenchPage): Promise<Row[]> {
    const rows: Row[] = [];
    for (const page of pages) {
      let chromium: ChromiumWithExtension | null = null;
      try {
        chromium = await launchChromiumContext(BENCH_DIST);
        await measureIn(chromium, warmUp);
        rows.push(await measureIn(chromium, page));
      } catch (e) {
        console.warn(`  (${page.label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
        rows.push({
          label: `${page.label} (failed)`, textKB: 0, floorMs: 0, figures: 0, spanMs: 0, longestTaskMs: 0, busyMs: 0, tasks: 0,
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
    return { label: page.label, textKB: floor.chars / 1024, floorMs: floor.ms, figures, ...own, ...extensionWork(events, chromium.extensionOrigin) };
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
  const COLUMNS: Array<[string, (r: Row) => string]> = [
    ['page', (r) => r.label.slice(0, 34).padEnd(34)],
    ['text KB', (r) => r.textKB.toFixed(0).padStart(7)],
    ['figs', (r) => String(r.figures).padStart(4)],
    ['start→hl ms', (r) => ms(r.toHighlightedMs, 11)],
    ['own busy ms', (r) => ms(r.ownBusyMs, 11)],
    ['chunks', (r) => String(r.ownChunks).padStart(6)],
    ['own longest ms', (r) => ms(r.ownLongestMs, 14)],
    ['floor ms', (r) => ms(r.floorMs, 8, 3)],
    ['own/floor', (r) => (Number.isFinite(ratio(r)) ? `${ratio(r).toFixed(1)}×` : '—').padStart(9)],
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
    const headRows = await measureAll(headline, warmUp);
    print('Headline pages (Chromium, test build in dist/bench/chrome)', headRows);

    const corpusRows = await measureAll(corpus, warmUp);
    if (corpusRows.length > 0) {
      print(`All ${corpusRows.length} corpus pages`, corpusRows);
      const ran = corpusRows.filter((r) => r.ownChunks > 0 && r.floorMs > 0);
      const hl = ran.filter((r) => Number.isFinite(r.toHighlightedMs));
      console.log(
        `\nCorpus medians (${ran.length} pages where the content script ran, ${hl.length} highlighted): ` +
          `start→highlighted ${median(hl.map((r) => r.toHighlightedMs)).toFixed(1)} ms, ` +
          `own busy ${median(ran.map((r) => r.ownBusyMs)).toFixed(1)} ms, own longest ${median(ran.map((r) => r.ownLongestMs)).toFixed(1)} ms, ` +
          `floor ${median(ran.map((r) => r.floorMs)).toFixed(2)} ms, own busy/floor ${median(ran.map(ratio)).toFixed(1)}× (target ≤ 5×); ` +
          `trace busy ${median(ran.map((r) => r.busyMs)).toFixed(1)} ms; ` +
          `worst own longest ${Math.max(...ran.map((r) => r.ownLongestMs)).toFixed(1)} ms, worst trace longest ${Math.max(...ran.map((r) => r.longestTaskMs)).toFixed(1)} ms`,
      );
    }
    console.log(
      '\nstart→hl = claimlight:start → claimlight:highlighted marks (the content script starting → first highlights painted;' +
        '\n           includes loading the engine chunk and the pauses where it yields to the page);' +
        '\nown busy = summed synchronous chunks of the content script (resume → next yield), timed in the test build;' +
        '\n           loading/compiling the engine chunk and the rendering the highlights cause are not in it;' +
        '\nchunks / own longest = their number and the longest one;' +
        '\nfloor = one TreeWalker pass reading document.body text (average over repeated passes); own/floor = own busy / floor;' +
        '\ntrace busy / longest = every main-thread task from the content script\'s first task on (Chrome tracing: page parse,' +
        '\n           style, layout and paint included) and the longest of them.',
    );
  } finally {
    await server.close();
  }
}

await main();
