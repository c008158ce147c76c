// `npx tsx bench/session-steps.ts [N]`: where the content script's time goes in a reading
// session (one tab, corpus pages in turn with a non-article page between; test build in
// dist/bench/chrome, BENCH_DIST=dir for another). Per page: each chunk of our work split at
// the test build's step marks, summed by step; with BENCH_SESSION_PASSES=K (default 1) the
// series is read K times in the same tab and each page's smallest figure per step is kept
// (the machine's noise lifted). No assertions; a tool for finding costs.
import { resolve } from 'node:path';
import { launchChromiumContext } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer } from '../test/e2e/harness/server';
import { corpusPages } from './browser-pages';

interface Mark { name: string; t: number; detail: unknown }

/** In the page: our marks (no named inner functions: tsx helpers). */
function marks(): Mark[] {
  return performance.getEntriesByType('mark').filter((m) => m.name.startsWith('claimlight')).map((m) => ({ name: m.name, t: m.startTime, detail: (m as PerformanceMark).detail }));
}

/** Splits each task at the step marks inside it: time from the previous point to each step. */
function byStep(all: Mark[]): Map<string, number> {
  const out = new Map<string, number>();
  const steps = all.filter((m) => m.name === 'claimlight:step');
  for (const task of all.filter((m) => m.name === 'claimlight:task')) {
    const end = task.t + (task.detail as { ms: number }).ms;
    let from = task.t;
    for (const s of steps.filter((s) => s.t >= task.t && s.t <= end)) {
      const name = (s.detail as { name: string }).name;
      out.set(name, (out.get(name) ?? 0) + s.t - from);
      from = s.t;
    }
    out.set('(after last step)', (out.get('(after last step)') ?? 0) + end - from);
  }
  return out;
}

const n = Number(process.argv[2] ?? 26);
const chromium = await launchChromiumContext(process.env.BENCH_DIST ?? resolve(REPO_ROOT, 'dist/bench/chrome'));
const server = await startServer({ 'plain.html': '<!doctype html><html><body><h1>Home</h1><ul><li><a href="/a">A</a></li></ul></body></html>' });
const passes = Number(process.env.BENCH_SESSION_PASSES ?? 1);
/** per page, per step: the smallest figure over the passes */
const best = new Map<string, Map<string, number>>();
try {
  const tab = await chromium.context.newPage();
  for (let pass = 0; pass < passes; pass++) for (const page of corpusPages().slice(0, n)) {
    await tab.goto(server.url(page.path), { waitUntil: 'load', timeout: 60_000 });
    await tab.waitForFunction(() => (CSS.highlights.get('claimlight-figure')?.size ?? 0) > 0, undefined, { timeout: 15_000, polling: 100 }).catch(() => undefined);
    await tab.waitForTimeout(800);
    const all = await tab.evaluate(marks);
    const steps = byStep(all);
    const engine = all.filter((m) => m.name === 'claimlight:engine').reduce((a, m) => a + (m.detail as { ms: number }).ms, 0);
    steps.set('(engine, background)', engine);
    const busy = all.filter((m) => m.name === 'claimlight:task').reduce((a, m) => a + (m.detail as { ms: number }).ms, 0);
    steps.set('(own busy)', busy);
    const mine = best.get(page.label) ?? new Map<string, number>();
    for (const [k, v] of steps) mine.set(k, Math.min(mine.get(k) ?? Infinity, v));
    best.set(page.label, mine);
    console.log(`${passes > 1 ? `pass ${pass + 1} ` : ''}${page.label.padEnd(18)}`, [...steps].map(([k, v]) => `${k}=${v.toFixed(1)}`).join('  '));
    await tab.goto(server.url('/generated/plain.html'), { waitUntil: 'load' });
    await tab.waitForTimeout(300);
  }
} finally {
  await server.close();
  await chromium.close();
}
const totals = new Map<string, number[]>();
for (const steps of best.values()) for (const [k, v] of steps) totals.set(k, [...(totals.get(k) ?? []), v]);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(passes > 1 ? `\nmedians over the pages of each page's smallest figure in ${passes} passes` : '\nmedians');
for (const [k, v] of totals) console.log(`${median(v).toFixed(2).padStart(8)}  ${k}`);
