// Measures (prints, asserts nothing): re-anchoring 200 annotations on a long page — unchanged,
// shifted and edited text so the fuzzy path runs — and the repository listing/searching
// 10,000 annotations in fake-indexeddb. Run: npx tsx bench/anchor.bench.ts
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { anchor, describe } from '../src/core/anchor/index';
import type { Annotation } from '../src/core/model/annotation';
import { createDb } from '../src/storage/db';
import { createRepository } from '../src/storage/repository';
import { rng, syntheticAnnotations } from './synthetic-notes';

const corpusDir = path.resolve(process.cwd(), '../shared/corpus/article-text');

/** Deterministic pseudo-random numbers (mulberry32). */

function longestArticle(): { name: string; text: string } {
  if (!fs.existsSync(corpusDir)) {
    const words = 'the cloud deal worth $38 billion slipped from 34% to 29% according to Reuters analysts said'.split(' ');
    const random = rng(7);
    const text = Array.from({ length: 4000 }, () => words[Math.floor(random() * words.length)]).join(' ');
    return { name: 'generated (corpus absent)', text };
  }
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
  const texts = files.map((f) => ({ name: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));
  return texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function benchAnchoring(name: string, text: string): void {
  const random = rng(42);
  // 200 spans: from a figure-sized 4 characters up to a 200-character sentence
  const spans = Array.from({ length: 200 }, () => {
    const length = 4 + Math.floor(random() * 196);
    const start = Math.floor(random() * (text.length - length));
    return { start, end: start + length };
  });
  const selectors = spans.map((s) => describe(text, s.start, s.end));

  // edited page: a paragraph inserted at the top and one character changed inside every 4th span
  const insert = 'Update, 26 Nov: this story has been updated with comment from the company.\n';
  const chars = [...text];
  spans.forEach((s, i) => {
    if (i % 4 === 0) chars[s.start + Math.floor((s.end - s.start) / 2)] = '#';
  });
  const edited = insert + chars.join('');

  const pages: Array<[string, string]> = [
    ['unchanged', text],
    ['shifted (text inserted above)', insert + text],
    ['shifted + every 4th quote edited', edited],
  ];
  console.log(`\nRe-anchoring 200 annotations on ${name} (${text.length} chars), median of 7 runs:`);
  for (const [label, page] of pages) {
    const times: number[] = [];
    let exact = 0;
    let fuzzy = 0;
    let missing = 0;
    for (let run = 0; run < 7; run++) {
      exact = fuzzy = missing = 0;
      const t0 = performance.now();
      for (const sel of selectors) {
        const m = anchor(page, sel);
        if (!m) missing++;
        else if (m.exact) exact++;
        else fuzzy++;
      }
      times.push(performance.now() - t0);
    }
    console.log(`  ${label.padEnd(34)} ${median(times).toFixed(1).padStart(7)} ms   exact ${exact}, fuzzy ${fuzzy}, not found ${missing}`);
  }
}


async function timed<T>(label: string, run: () => Promise<T>, describeResult: (r: T) => string): Promise<void> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    result = await run();
    times.push(performance.now() - t0);
  }
  console.log(`  ${label.padEnd(46)} ${median(times).toFixed(1).padStart(7)} ms   ${describeResult(result)}`);
}

async function benchRepository(): Promise<void> {
  const n = 10_000;
  const db = createDb(`bench-${Date.now()}`, { indexedDB, IDBKeyRange });
  const repo = createRepository(db);
  const annotations = syntheticAnnotations(n);
  const t0 = performance.now();
  const imported = await repo.importMany(annotations);
  console.log(`\nRepository on fake-indexeddb with ${n} annotations (median of 5 runs):`);
  console.log(`  ${'importMany (one transaction), once'.padEnd(46)} ${(performance.now() - t0).toFixed(1).padStart(7)} ms   ${JSON.stringify(imported)}`);
  const page = (r: { total: number; items: unknown[] }) => `total ${r.total}, page ${r.items.length}`;
  await timed('list newest first, first page of 50', () => repo.list({ limit: 50 }), page);
  await timed('list, page 100 (offset 4950)', () => repo.list({ offset: 4950, limit: 50 }), page);
  await timed('search "reuters analysts"', () => repo.list({ text: 'reuters analysts', limit: 50 }), page);
  await timed('search prefix "meg"', () => repo.list({ text: 'meg', limit: 50 }), page);
  await timed('filter tag t3', () => repo.list({ tag: 't3', limit: 50 }), page);
  await timed('filter site site7.example', () => repo.list({ site: 'site7.example', limit: 50 }), page);
  await timed('filter label disputed', () => repo.list({ label: 'disputed', limit: 50 }), page);
  await timed('filter date range (one month)', () => repo.list({ createdFrom: '2025-03-01', createdBefore: '2025-04-01', limit: 50 }), page);
  await timed('search "chips" + site5 + verified', () => repo.list({ text: 'chips', site: 'site5.example', label: 'verified', limit: 50 }), page);
  await timed('byPageUrl', () => repo.byPageUrl('https://site5.example/story/5'), (r) => `${r.length} annotations`);
  await timed('tags()', () => repo.tags(), (r) => `${r.length} tags`);
  await timed('re-import the same 10,000 (all skipped)', () => repo.importMany(annotations), (r) => JSON.stringify(r));
  db.close();
  await db.delete();
}

const article = longestArticle();
benchAnchoring(article.name, article.text);
if (fs.existsSync(corpusDir)) {
  const all = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'))
    .join('\n');
  benchAnchoring('all corpus texts joined (a very long page)', all);
}
await benchRepository();
