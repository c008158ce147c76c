// `npx tsx bench/non-article.ts`: what Claimlight really costs the page's main thread on a page
// that is NOT an article (issue target: < 1 ms), measured with Chrome tracing, without the
// CPU profiler (whose sampling inflates short scripts) and without relying on the test
// build's own marks (those start inside start(), after the module graph has been fetched,
// compiled and evaluated). Two situations, each repeated (BENCH_REPEATS, default 7; medians):
//   session    one tab reads corpus pages (a reading session: warm renderer, code caches
//              made), then loads /e2e/not-article.html — traced;
//   fresh tab  a new browser reads one warm-up page in a tab, closes it, and a new tab loads
//              the non-article page — traced.
// The test build (VITE_E2E=1) is built into dist/bench-na/chrome first (BENCH_SKIP_BUILD=1:
// reuse it; BENCH_DIST=dir: measure another build). Per load it prints:
//   ours ms     main-thread tasks of the page's renderer that carry the extension's mark:
//               an event naming one of its scripts (loader, module fetch/compile, function
//               calls), a fetch of one of its module files, or module evaluation / messaging
//               (the test pages run no scripts of their own; the task that runs our callback
//               when storage.local answers carries no such mark and is NOT counted — the
//               "own marks" column does not cover it either). Split by self time into: fetch
//               (requesting and receiving the module files), compile (V8 compile + code cache),
//               run (evaluating our modules and our own JS), ipc (runtime.sendMessage and
//               storage.local calls), other (task overhead, GC, untraced);
//   modules     how many of the extension's script files the page fetched;
//   A/B ms      (BENCH_AB=1) the renderer main thread's total busy time for the load, with the
//               extension minus the same situation in a browser without it (would include what
//               the injected CSS costs the page's style work; very noisy on a shared VM);
//   own ms      the test build's claimlight:task marks (the part the issue first measured).
// Also prints the gzipped size of what every page loads (loader + static imports of the
// content entry). No assertions: numbers only. Tracing itself slows everything down, so
// compare figures from this tool with each other, not with wall-clock numbers elsewhere.
import { startTrace, type TraceEvent } from './browser-trace';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchChromiumContext, VIEWPORT } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer, type StaticServer } from '../test/e2e/harness/server';
import { corpusPages } from './browser-pages';

const DIST = resolve(process.env.BENCH_DIST ?? resolve(REPO_ROOT, 'dist/bench-na/chrome'));
const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);
const NON_ARTICLE = process.env.BENCH_PAGE ?? '/e2e/not-article.html'; // BENCH_PAGE: trace another page (e.g. an article)
const SETTLE_MS = 1_000;
/** DevTools' own low-overhead set by default; BENCH_DETAIL=1 adds V8's, loading's and the
 *  extension bindings' events (finer split, but tracing then costs several times the work). */
const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', ...(process.env.BENCH_DETAIL === '1' ? ['disabled-by-default-devtools.timeline', 'v8', 'loading', 'extensions'] : [])];

/** A trace event (as bench/browser-trace.ts has it), with the wider args this tool reads. */
type Ev = Omit<TraceEvent, 'args'> & { args?: Record<string, unknown> & { data?: Record<string, unknown>; beginData?: Record<string, unknown> } };

const BUCKETS = ['fetch', 'compile', 'run', 'ipc', 'other'] as const;
type Bucket = (typeof BUCKETS)[number];

interface Load {
  ours: number;
  split: Record<Bucket, number>;
  tasks: number;
  modules: number;
  pageBusy: number;
  own: number;
}

function bucketOf(name: string): Bucket {
  if (/IPCMessageSender|ExtensionBindings|OpenMessageChannel|SendRequest|SerializedScriptValue|Messaging/i.test(name)) return 'ipc';
  if (/compile|Cache|ParseScript|ParseFunction|LazyParse/i.test(name)) return 'compile';
  if (/URLLoader|ResourceFetcher|ResourceRequest|ResponseBody|TextResourceDecoder|mojo|Resource::|ModuleScriptFetcher|ResourceSendRequest|ResourceFinish|ResourceReceive|SimpleWatcher/i.test(name)) return 'fetch';
  if (/evaluateModule|v8\.run|FunctionCall|callFunction|RunMicrotasks|EvaluateScript|AsyncTask|v8\.execute|TimerFire|V8\.Execute/i.test(name)) return 'run';
  return 'other';
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Analyses one traced load of `pageUrl`; `origin` is the extension's (null: no extension). */
function analyse(events: readonly Ev[], pageUrl: string, origin: string | null): Omit<Load, 'own'> {
  const parse = events.find((e) => e.name === 'ParseHTML' && str(e.args?.beginData?.url) === pageUrl);
  const empty = { ours: 0, split: Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>, tasks: 0, modules: 0, pageBusy: 0 };
  if (!parse) return empty;
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // RunTask is only traced with the disabled-by-default category; the scheduler's own event otherwise
  const taskName = thread.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  const tasks = thread.filter((e) => e.name === taskName && e.ph === 'X');
  const pageBusy = tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
  if (!origin) return { ...empty, pageBusy };

  const mentionsUs = (e: Ev): boolean => {
    const d = e.args?.data;
    return [d?.url, e.args?.fileName, e.args?.url].some((u) => str(u).startsWith(origin));
  };
  const ourRequests = new Set(thread.filter((e) => e.name === 'ResourceSendRequest' && mentionsUs(e)).map((e) => str(e.args?.data?.requestId)));
  const modules = new Set(thread.filter((e) => /compile/i.test(e.name) && mentionsUs(e)).map((e) => str(e.args?.data?.url)));
  const ourEvent = (e: Ev): boolean =>
    mentionsUs(e) ||
    ourRequests.has(str(e.args?.data?.requestId)) ||
    e.name === 'v8.evaluateModule' ||
    /IPCMessageSender|ExtensionBindings/.test(e.name);

  const split = { ...empty.split };
  let ours = 0;
  let count = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = thread.filter((e) => e.ts >= task.ts && e.ts <= end && e !== task);
    if (!inside.some(ourEvent)) continue;
    count++;
    ours += (task.dur ?? 0) / 1000;
    // self time of each complete event (its duration minus its direct children's)
    const nodes = [task, ...inside.filter((e) => e.ph === 'X')];
    // untraced time of a task that sent or received one of our module files is module loading
    const taskKind: Bucket = inside.some((e) => /^Resource(SendRequest|ReceiveResponse|ReceivedData|Finish)$/.test(e.name) && ourRequests.has(str(e.args?.data?.requestId))) ? 'fetch' : 'other';
    const stack: Array<{ e: Ev; self: number }> = [];
    const flush = (n: { e: Ev; self: number }): void => {
      split[n.e === task ? taskKind : bucketOf(n.e.name)] += n.self / 1000;
    };
    for (const e of nodes) {
      while (stack.length && e.ts >= stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0)) flush(stack.pop()!);
      const parent = stack[stack.length - 1];
      if (parent) parent.self -= e.dur ?? 0;
      stack.push({ e, self: e.dur ?? 0 });
    }
    while (stack.length) flush(stack.pop()!);
  }
  return { ours, split, tasks: count, modules: modules.size, pageBusy };
}

async function traced(context: BrowserContext, tab: Page, url: string): Promise<Ev[]> {
  const cdp = await context.newCDPSession(tab);
  const stop = await startTrace(cdp, CATEGORIES);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(SETTLE_MS);
  const events = (await stop()) as Ev[];
  await cdp.detach();
  return events;
}

/** In the page: the test build's own chunks (claimlight:task marks), summed. */
function ownBusy(): number {
  return performance
    .getEntriesByType('mark')
    .filter((m) => m.name === 'claimlight:task')
    .reduce((sum, m) => sum + ((m as PerformanceMark).detail as { ms: number }).ms, 0);
}

interface Browser {
  context: BrowserContext;
  origin: string | null;
  close(): Promise<void>;
}

async function launch(withExtension: boolean): Promise<Browser> {
  if (withExtension) {
    const c = await launchChromiumContext(DIST);
    return { context: c.context, origin: c.extensionOrigin, close: c.close };
  }
  const dir = mkdtempSync(join(tmpdir(), 'claimlight-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CLAIMLIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium',
    headless: false,
    viewport: VIEWPORT,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const p of context.pages()) await p.close();
  return { context, origin: null, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function readPage(tab: Page, url: string): Promise<void> {
  await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await tab.waitForTimeout(SETTLE_MS);
}

async function measureLoad(b: Browser, tab: Page, server: StaticServer): Promise<Load> {
  const url = server.url(NON_ARTICLE);
  const events = await traced(b.context, tab, url);
  const own = b.origin ? await tab.evaluate(ownBusy) : 0;
  return { ...analyse(events, url, b.origin), own };
}

/** (a) one tab, `reads` corpus pages before each traced non-article load. */
async function session(withExtension: boolean, server: StaticServer, reading: readonly string[]): Promise<Load[]> {
  const b = await launch(withExtension);
  const loads: Load[] = [];
  try {
    const tab = await b.context.newPage();
    for (let i = 0; i < REPEATS; i++) {
      for (let k = 0; k < 3; k++) await readPage(tab, server.url(reading[(i * 3 + k) % reading.length]!));
      loads.push(await measureLoad(b, tab, server));
    }
  } finally {
    await b.close();
  }
  return loads;
}

/** (b) per repeat a new browser: one warm-up page in a tab, then a fresh tab, traced. */
async function freshTabs(withExtension: boolean, server: StaticServer, warmUp: string): Promise<Load[]> {
  const loads: Load[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const b = await launch(withExtension);
    try {
      const first = await b.context.newPage();
      await readPage(first, server.url(warmUp));
      await first.close();
      const tab = await b.context.newPage();
      loads.push(await measureLoad(b, tab, server));
    } finally {
      await b.close();
    }
  }
  return loads;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function report(title: string, loads: readonly Load[], plain: readonly Load[]): void {
  const f = (x: number): string => x.toFixed(2).padStart(6);
  console.log(`\n${title} (${loads.length} loads; medians; per-load "ours" ${loads.map((l) => l.ours.toFixed(1)).join(' ')})`);
  console.log(
    `  ours ${f(median(loads.map((l) => l.ours)))} ms in ${median(loads.map((l) => l.tasks))} tasks, ${median(loads.map((l) => l.modules))} module files | ` +
      BUCKETS.map((b) => `${b} ${f(median(loads.map((l) => l.split[b])))}`).join(' | '),
  );
  const withExt = median(loads.map((l) => l.pageBusy));
  const without = plain.length ? `, without ${f(median(plain.map((l) => l.pageBusy)))} ms → A/B ${f(withExt - median(plain.map((l) => l.pageBusy)))} ms` : '';
  console.log(`  own marks ${f(median(loads.map((l) => l.own)))} ms | page main thread busy with extension ${f(withExt)} ms${without}`);
}

/** Gzipped bytes of the content script (the classic script, or crxjs's loader and the module
 *  graph it imports statically). */
function everyPageSize(): { files: string[]; gz: number } {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const loader = manifest.content_scripts[0]!.js[0]!;
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    // static imports; and the module crxjs's loader imports (its lazy import()s are not every page's)
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) visit(dir + m[1]);
    if (code.includes('onExecute')) for (const m of code.matchAll(/getURL\("([^"]+)"\)/g)) visit(m[1]!);
  };
  visit(loader);
  const gz = [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
  return { files: [...seen], gz };
}

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1' && !process.env.BENCH_DIST) {
    const build = spawnSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, TARGET: 'chrome', VITE_E2E: '1', CLAIMLIGHT_OUT_DIR: DIST },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const size = everyPageSize();
  console.log(`every page loads ${size.files.length} files, ${(size.gz / 1024).toFixed(2)} KB gzipped: ${size.files.map((f) => f.replace(/^assets\//, '')).join(', ')}`);
  const corpus = corpusPages().map((p) => p.path);
  const reading = corpus.length > 1 ? corpus.slice(1) : ['/e2e/article.html'];
  const warmUp = corpus[0] ?? '/e2e/article.html';
  if (corpus.length === 0) console.warn('../shared/corpus not found: the reading session uses /e2e/article.html');
  const server = await startServer({});
  try {
    const only = process.env.BENCH_ONLY; // 'session' | 'fresh'
    const ab = process.env.BENCH_AB === '1'; // the A/B column needs the same runs without the extension
    if (only !== 'fresh') report('(a) reading session, same tab', await session(true, server, reading), ab ? await session(false, server, reading) : []);
    if (only !== 'session') report('(b) fresh tab after one warm-up page', await freshTabs(true, server, warmUp), ab ? await freshTabs(false, server, warmUp) : []);
  } finally {
    await server.close();
  }
}

await main();
