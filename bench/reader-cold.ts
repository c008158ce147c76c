// `npx tsx bench/reader-cold.ts`: the article reader on a first visit, phase by phase, per
// corpus page, next to the native TreeWalker pass over the page's text (the issue's floor)
// and to the cheapest walk written in JavaScript; "wholeBody" is the reader measuring the whole
// body instead of the scope around the article (src/dom/article/scope.ts), for an A/B. Each figure is the smallest of
// BENCH_REPEAT (3) fresh loads, each measurement on its own load so nothing is warm (page
// scripts off, headless Chromium). Prints figures only; no assertions.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { corpusPages } from './corpus';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: path.resolve('bench/reader-cold-entry.ts'), formats: ['iife'], name: 'ReaderCold' } },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('unexpected vite build result');
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code + ';window.ReaderCold = ReaderCold;';
}

const code = await bundle();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ javaScriptEnabled: false });
await context.route(/^(?!file:)/, (route) => route.abort());
const tab = await context.newPage();
const COLUMNS = ['floor', 'jsWalk', 'probably', 'scope', 'scan', 'choose', 'collect', 'reader', 'wholeBody'] as const;
type Row = Record<(typeof COLUMNS)[number], number>;

/** One measurement on a fresh load of the page. */
async function fresh<T>(file: string, call: string): Promise<T> {
  await tab.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded' });
  await tab.evaluate(code);
  return (await tab.evaluate(call)) as T;
}

const rows: Row[] = [];
console.log(['page'.padEnd(26), ...COLUMNS.map((c) => c.padStart(8)), 'reader/floor'.padStart(13)].join(' '));
try {
  for (const page of corpusPages()) {
    const row = Object.fromEntries(COLUMNS.map((c) => [c, Infinity])) as Row;
    for (let i = 0; i < REPEAT; i++) {
      row.floor = Math.min(row.floor, await fresh<number>(page.html, 'ReaderCold.nativeWalk()'));
      row.jsWalk = Math.min(row.jsWalk, await fresh<number>(page.html, 'ReaderCold.jsWalk()'));
      row.wholeBody = Math.min(row.wholeBody, await fresh<number>(page.html, 'ReaderCold.wholeBodyReader()'));
      const phases = await fresh<Record<string, number>>(page.html, 'ReaderCold.readerPhases()');
      for (const k of ['probably', 'scope', 'scan', 'choose', 'collect'] as const) row[k] = Math.min(row[k], phases[k]!);
      row.reader = Math.min(row.reader, phases.probably! + phases.scope! + phases.scan! + phases.choose! + phases.collect!);
    }
    rows.push(row);
    console.log([page.name.padEnd(26), ...COLUMNS.map((c) => row[c].toFixed(2).padStart(8)), `${(row.reader / row.floor).toFixed(1)}x`.padStart(13)].join(' '));
  }
} finally {
  await browser.close();
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nmedians over ${rows.length} pages (ms): ${COLUMNS.map((c) => `${c} ${median(rows.map((r) => r[c])).toFixed(2)}`).join(' · ')}`);
console.log(`per page, over the floor: js walk ${median(rows.map((r) => r.jsWalk / r.floor)).toFixed(1)}x · scan ${median(rows.map((r) => r.scan / r.floor)).toFixed(1)}x · reader ${median(rows.map((r) => r.reader / r.floor)).toFixed(1)}x (measuring the whole body instead: ${median(rows.map((r) => r.wholeBody / r.floor)).toFixed(1)}x)`);
