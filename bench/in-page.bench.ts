// The DOM adapter and the engine inside a real page (headless Chromium, page scripts off):
// per corpus page, the median time of one TreeWalker pass over the page's text (the floor),
// of readArticle, of readArticle + extractFacts, of what the content script itself does now that
// the engine runs in the background (read, merge the slices' facts, build ranges, paint), of the
// engine alone, and their ratios to the floor (target: 5x or less). All warm (median of runs). Skips when Chromium or the corpus is absent.
// Run: npx tsx bench/in-page.bench.ts [--runs N]

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { corpusPages } from './corpus';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 31;
const pages = corpusPages();
if (!existsSync(CHROMIUM) || pages.length === 0) {
  console.log('Chromium or corpus not found: in-page bench skipped');
  process.exit(0);
}

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.resolve('bench/in-page-entry.ts'), formats: ['iife'], name: 'ClaimlightBench' },
    },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

import type { Timing } from './in-page-entry';

const code = await bundle();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ javaScriptEnabled: false });
await context.route(/^(?!file:)/, (route) => route.abort());
const page = await context.newPage();
console.log(
  `${'page'.padEnd(28)} ${'walk ms'.padStart(8)} ${'read ms'.padStart(8)} ${'all ms'.padStart(8)} ${'all/walk'.padStart(9)}` +
    ` ${'content ms'.padStart(10)} ${'content/walk'.padStart(12)} ${'engine ms'.padStart(9)} ${'(c+e)/walk'.padStart(10)}`,
);
const ratios: number[] = [];
const contentRatios: number[] = [];
const splitRatios: number[] = [];
for (const p of pages) {
  await page.goto(pathToFileURL(p.html).href, { waitUntil: 'domcontentloaded' });
  await page.evaluate(code + ';window.ClaimlightBench = ClaimlightBench;');
  if (args.includes('--phases')) {
    console.log(p.name, JSON.stringify(await page.evaluate(`ClaimlightBench.phases(${RUNS})`)));
    continue;
  }
  const t = (await page.evaluate(`ClaimlightBench.measure(${RUNS})`)) as Timing;
  const walk = Math.max(t.walk, 0.001);
  const ratio = t.pipeline / walk;
  ratios.push(ratio);
  contentRatios.push(t.content / walk);
  splitRatios.push((t.content + t.extract) / walk);
  console.log(
    `${p.name.padEnd(28)} ${t.walk.toFixed(2).padStart(8)} ${t.read.toFixed(2).padStart(8)} ${t.pipeline.toFixed(2).padStart(8)} ${ratio.toFixed(1).padStart(8)}x` +
      ` ${t.content.toFixed(2).padStart(10)} ${(t.content / walk).toFixed(1).padStart(11)}x ${t.extract.toFixed(2).padStart(9)} ${((t.content + t.extract) / walk).toFixed(1).padStart(9)}x`,
  );
}
const med = (xs: number[]): string => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
if (ratios.length > 0) {
  console.log(`median over ${ratios.length} pages: (read + extract)/walk ${med(ratios)}x; content script (read, merge, ranges, paint)/walk ${med(contentRatios)}x; (content + engine)/walk ${med(splitRatios)}x`);
}
await browser.close();
