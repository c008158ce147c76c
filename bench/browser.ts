// `npm run bench:browser`: the content script's cost in real Chromium with the built extension
// (dist/chrome, rebuilt first). Per page: time from the content script's first task to its
// last (Chrome tracing over CDP), its longest main-thread task, and next to them the floor —
// one TreeWalker pass over the page's text, measured in the same page. Prints a table and the
// median pipeline/floor ratio over the corpus (target ≤ 5×). No assertions: numbers only.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { browserInstalled, launchChromiumContext, type ChromiumWithExtension } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer } from '../test/e2e/harness/server';
import { corpusPages, generatedArticle, longestCorpusPage, type BenchPage } from './browser-pages';
import { extensionWork, startTrace, type ExtensionWork } from './browser-trace';

interface Row extends ExtensionWork {
  label: string;
  textKB: number;
  floorMs: number;
  figures: number;
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
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], { cwd: REPO_ROOT, stdio: 'inherit' });
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
        chromium = await launchChromiumContext(resolve(REPO_ROOT, 'dist/chrome'));
        await measureIn(chromium, warmUp);
        rows.push(await measureIn(chromium, page));
      } catch (e) {
        console.warn(`  (${page.label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
        rows.push({ label: `${page.label} (failed)`, textKB: 0, floorMs: 0, figures: 0, spanMs: 0, longestTaskMs: 0, busyMs: 0, tasks: 0 });
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
    await tab.close();
    return { label: page.label, textKB: floor.chars / 1024, floorMs: floor.ms, figures, ...extensionWork(events, chromium.extensionOrigin) };
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

  const print = (title: string, rows: readonly Row[]): void => {
    console.log(`\n${title}`);
    console.log(
      ['page'.padEnd(28), 'text KB', 'figures', 'pipeline ms', 'busy ms', 'tasks', 'longest task ms', 'floor ms', 'ratio'].join(' | '),
    );
    for (const r of rows) {
      console.log(
        [
          r.label.padEnd(28),
          r.textKB.toFixed(0).padStart(7),
          String(r.figures).padStart(7),
          r.spanMs.toFixed(1).padStart(11),
          r.busyMs.toFixed(1).padStart(7),
          String(r.tasks).padStart(5),
          r.longestTaskMs.toFixed(1).padStart(15),
          r.floorMs.toFixed(3).padStart(8),
          (r.floorMs > 0 ? `${(r.busyMs / r.floorMs).toFixed(0)}×` : '—').padStart(6),
        ].join(' | '),
      );
    }
  };

  try {
    const warmUp = corpus[0] ?? { label: 'warm-up', path: '/e2e/article.html', article: true };
    const headRows = await measureAll(headline, warmUp);
    print('Headline pages (Chromium, dist/chrome)', headRows);

    const corpusRows = await measureAll(corpus, warmUp);
    if (corpusRows.length > 0) {
      print(`All ${corpusRows.length} corpus pages`, corpusRows);
      const ran = corpusRows.filter((r) => r.tasks > 0 && r.floorMs > 0);
      console.log(
        `\nCorpus (${ran.length} pages where the content script ran): median pipeline ${median(ran.map((r) => r.spanMs)).toFixed(1)} ms ` +
          `(busy ${median(ran.map((r) => r.busyMs)).toFixed(1)} ms), median floor ${median(ran.map((r) => r.floorMs)).toFixed(2)} ms, ` +
          `median pipeline/floor ${median(ran.map((r) => r.spanMs / r.floorMs)).toFixed(1)}×, ` +
          `median busy/floor ${median(ran.map((r) => r.busyMs / r.floorMs)).toFixed(1)}× (target ≤ 5×), ` +
          `worst longest task ${Math.max(...ran.map((r) => r.longestTaskMs)).toFixed(1)} ms`,
      );
    }
    console.log(
      '\npipeline = from the main-thread task where the content script starts to the end of the last task (≥ 1 ms) after it,' +
        '\n           i.e. until the highlights are set and painted (includes the gaps where it yields to the page);' +
        '\nbusy = the summed main-thread tasks in that span (script + the style/layout/paint it causes);' +
        '\nfloor = one TreeWalker pass reading document.body text (average over repeated passes); ratio = busy / floor.',
    );
  } finally {
    await server.close();
  }
}

await main();
