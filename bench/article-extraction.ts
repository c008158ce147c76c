// How close the DOM adapter's article text is to the corpus's expected article text
// (token-level precision / recall / F1 after normalisation), next to Mozilla Readability's
// own textContent on the same pages, and what each costs on jsdom.
// Run: npx tsx bench/article-extraction.ts [--show NAME]

import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { readArticle } from '../src/dom/article/index';
import { corpusPages } from './corpus';
import { agreement } from './token-agreement';

function prf(got: string, want: string): { p: number; r: number; f: number } {
  const a = agreement(got, want);
  return { p: a.precision, r: a.recall, f: a.f1 };
}

function walkFloor(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 4);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) n += (t as Text).data.length;
  return n;
}

function time(fn: () => unknown, runs = 5): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

const pages = corpusPages();
if (pages.length === 0) {
  console.log('corpus not found (../shared/corpus/article-text): skipped');
  process.exit(0);
}
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const pct = (x: number): string => (x * 100).toFixed(1);
console.log(`${'page'.padEnd(28)}  ours P    R    F1 |  rdb P    R    F1 | walk ms  ours ms  rdb ms`);
const sum = { ours: [0, 0, 0], rdb: [0, 0, 0], walk: 0, oursMs: 0, rdbMs: 0 };
for (const page of pages) {
  if (show && page.name !== show) continue;
  const html = readFileSync(page.html, 'utf8');
  const want = readFileSync(page.text, 'utf8');
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  const ours = readArticle(doc)?.text ?? '';
  const rdb = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  if (show) {
    console.log(ours);
    console.log('--- readability ---\n' + rdb.replace(/\s+/g, ' '));
  }
  const a = prf(ours, want);
  const b = prf(rdb, want);
  const walkMs = time(() => walkFloor(doc));
  const oursMs = time(() => readArticle(doc));
  const rdbMs = process.argv.includes('--no-rdb-time') ? 0 : time(() => new Readability(doc.cloneNode(true) as Document).parse(), 3);
  sum.ours[0]! += a.p; sum.ours[1]! += a.r; sum.ours[2]! += a.f;
  sum.rdb[0]! += b.p; sum.rdb[1]! += b.r; sum.rdb[2]! += b.f;
  sum.walk += walkMs; sum.oursMs += oursMs; sum.rdbMs += rdbMs;
  console.log(
    `${page.name.padEnd(28)} ${pad(pct(a.p), 6)} ${pad(pct(a.r), 5)} ${pad(pct(a.f), 5)} | ${pad(pct(b.p), 5)} ${pad(pct(b.r), 5)} ${pad(pct(b.f), 5)} | ${pad(walkMs.toFixed(1), 7)} ${pad(oursMs.toFixed(1), 8)} ${pad(rdbMs.toFixed(1), 7)}`,
  );
}
const n = show ? 1 : pages.length;
console.log(
  `${('mean of ' + n).padEnd(28)} ${pad(pct(sum.ours[0]! / n), 6)} ${pad(pct(sum.ours[1]! / n), 5)} ${pad(pct(sum.ours[2]! / n), 5)} | ${pad(pct(sum.rdb[0]! / n), 5)} ${pad(pct(sum.rdb[1]! / n), 5)} ${pad(pct(sum.rdb[2]! / n), 5)} | ${pad(sum.walk.toFixed(1), 7)} ${pad(sum.oursMs.toFixed(1), 8)} ${pad(sum.rdbMs.toFixed(1), 7)}`,
);
console.log(`adapter / one TreeWalker pass (jsdom, total time): ${(sum.oursMs / sum.walk).toFixed(1)}x`);
