// The DOM adapter and the engine inside a real page (headless Chromium, page scripts off):
// per corpus page, the median time of one TreeWalker pass over the page's text (the floor),
// of readArticle, and of readArticle + extractFacts (the whole in-page pipeline), and the
// pipeline's ratio to the floor (target: 5x or less). Skips when Chromium or the corpus is absent.
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
console.log(`${'page'.padEnd(28)} ${'walk ms'.padStart(8)} ${'read ms'.padStart(8)} ${'all ms'.padStart(8)} ${'all/walk'.padStart(9)}`);
const ratios: number[] = [];
for (const p of pages) {
  await page.goto(pathToFileURL(p.html).href, { waitUntil: 'domcontentloaded' });
  await page.evaluate(code + ';window.ClaimlightBench = ClaimlightBench;');
  if (args.includes('--phases')) {
    console.log(p.name, JSON.stringify(await page.evaluate(`ClaimlightBench.phases(${RUNS})`)));
    continue;
  }
  const t = (await page.evaluate(`ClaimlightBench.measure(${RUNS})`)) as Timing;
  const ratio = t.pipeline / Math.max(t.walk, 0.001);
  ratios.push(ratio);
  console.log(`${p.name.padEnd(28)} ${t.walk.toFixed(2).padStart(8)} ${t.read.toFixed(2).padStart(8)} ${t.pipeline.toFixed(2).padStart(8)} ${ratio.toFixed(1).padStart(8)}x`);
}
ratios.sort((a, b) => a - b);
if (ratios.length > 0) console.log(`median pipeline/walk ratio over ${ratios.length} pages: ${ratios[Math.floor(ratios.length / 2)]!.toFixed(1)}x`);
await browser.close();
