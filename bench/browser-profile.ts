// `npx tsx bench/browser-profile.ts [corpus-file.html]`: where the content script's time goes
// on one page load in Chromium (test build in dist/bench/chrome; run `npm run bench:browser`
// once to build it). Samples V8's CPU profiler every 50 µs from navigation to 2 s after load,
// then prints the extension's self time by function (top 40) and by script, and the test
// build's marks (MARKS_ONLY=1: the marks alone, without the profiler's overhead; WARM_PAGES=N:
// the same tab first reads N corpus pages, as in a reading session). No assertions.
import { resolve } from 'node:path';
import { launchChromiumContext } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { startServer } from '../test/e2e/harness/server';
import { corpusPages, generatedArticle } from './browser-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const file = process.argv[2] ?? 'seed/amazon-openai.html';
const chromium = await launchChromiumContext(process.env.BENCH_DIST ?? resolve(REPO_ROOT, 'dist/bench/chrome'));
const server = await startServer({ 'long-article.html': generatedArticle(1_000_000) }); // /generated/long-article.html
try {
  const warm = await chromium.context.newPage();
  await warm.goto(server.url('/corpus/seed/amazon-openai.html'), { waitUntil: 'load' });
  await warm.waitForTimeout(1500);
  await warm.close();
  const tab = await chromium.context.newPage();
  // WARM_PAGES=N: the same tab reads N corpus pages first (a reading session's warm renderer)
  for (const page of corpusPages().slice(1, 1 + Number(process.env.WARM_PAGES ?? 0))) {
    await tab.goto(server.url(page.path), { waitUntil: 'load' });
    await tab.waitForTimeout(600);
  }
  const cdp = await chromium.context.newCDPSession(tab);
  const sampling = process.env.MARKS_ONLY !== '1'; // MARKS_ONLY=1: no profiler, just the marks
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  if (sampling) await cdp.send('Profiler.start');
  await tab.goto(server.url(file.startsWith('/') ? file : `/corpus/${file}`), { waitUntil: 'load' });
  await tab.waitForTimeout(2000);
  const { profile } = sampling ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }) : { profile: { nodes: [], samples: [], timeDeltas: [] } as Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const url = f.url.replace(/^.*\/assets\//, '');
    const key = `${f.functionName || '(anon)'} ${url}:${f.lineNumber}:${f.columnNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
    byUrl.set(url || `(${f.functionName})`, (byUrl.get(url || `(${f.functionName})`) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\n${file}: self time by script (ms)`);
  for (const [k, v] of top(byUrl, 15)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('\nself time by function (ms)');
  for (const [k, v] of top(byFn, 40)) console.log(`${v.toFixed(1).padStart(8)}  ${k.slice(0, 140)}`);
  const own = await tab.evaluate(() => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("claimlight")).map((m) => `${m.startTime.toFixed(1).padStart(8)} ${m.name} ${JSON.stringify((m as PerformanceMark).detail)}`));
  console.log('\nmarks\n' + own.join('\n'));
} finally {
  await server.close();
  await chromium.close();
}
