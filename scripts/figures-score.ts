// Measures the figure recognizers on the labelled corpus: runs findFigures sentence by sentence
// over ../shared/corpus/article-text/NAME.txt for every labels/NAME.json, writes facts-shaped
// JSON to /tmp/figs-out/ (or the folder given as first argument) and runs the shared scorer.
// Usage: npx tsx scripts/figures-score.ts [OUT_DIR] [--verbose] [--real-split]
// (--real-split uses the engine's sentence splitter instead of the naive one)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { findFigures } from '../src/core/recognize/figures';
import { splitSentences } from '../src/core/text/sentences';

const corpus = resolve(process.cwd(), '../shared/corpus');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const realSplit = args.includes('--real-split');
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/figs-out';
if (!existsSync(corpus)) {
  console.log(`corpus not found at ${corpus}: nothing to score`);
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });

/** Naive sentence split for measuring only; it does not split after common abbreviations. */
function sentences(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const re = /[^\n]+/g;
  for (let para = re.exec(text); para; para = re.exec(text)) {
    let start = para.index;
    const splitter = /(?<=[.!?])\s+(?=[^\s])/g;
    for (let m = splitter.exec(para[0]); m; m = splitter.exec(para[0])) {
      const head = para[0].slice(0, m.index);
      if (/\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|U\.S|e\.g|i\.e|Inc|Corp|Co|Ltd)\.$/.test(head)) continue;
      const end = para.index + m.index;
      out.push({ start, text: text.slice(start, end) });
      start = end + m[0].length;
    }
    out.push({ start, text: text.slice(start, para.index + para[0].length) });
  }
  return out;
}

let ms = 0;
for (const file of readdirSync(join(corpus, 'labels')).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(file, '.json');
  const text = readFileSync(join(corpus, 'article-text', `${name}.txt`), 'utf8');
  const figures = [];
  const t0 = performance.now();
  const split = realSplit ? splitSentences(text) : sentences(text);
  const found = split.flatMap((s) => findFigures(s.text).map((f) => ({ ...f, start: f.start + s.start, end: f.end + s.start })));
  ms += performance.now() - t0;
  for (const f of found) {
    const exact = text.slice(f.start, f.end);
    figures.push({
      kind: f.kind, text: exact, value: f.value, unit: f.unit, approx: f.approx, iso: f.iso,
      quote: { exact, prefix: text.slice(Math.max(0, f.start - 32), f.start), suffix: text.slice(f.end, f.end + 32) },
    });
  }
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ figures }, null, 1));
  if (verbose) {
    const labels = JSON.parse(readFileSync(join(corpus, 'labels', file), 'utf8')) as { figures: Array<{ text: string; kind: string }> };
    const predicted = figures.map((f) => `${f.kind}:${f.text}`);
    const gold = labels.figures.map((f) => `${f.kind}:${f.text}`);
    const extra = [...predicted];
    const missing: string[] = [];
    for (const g of gold) {
      const at = extra.findIndex((p) => p.toLowerCase().includes(g.toLowerCase()) || g.toLowerCase().includes(p.toLowerCase()));
      if (at >= 0) extra.splice(at, 1);
      else missing.push(g);
    }
    console.log(`== ${name}\n  FP: ${extra.join(' | ')}\n  FN: ${missing.join(' | ')}`);
  }
}
console.log(`findFigures, one cold pass over the labelled pages (JIT warm-up included): ${ms.toFixed(1)} ms`);
console.log(execFileSync('node', [join(corpus, '../tools/score.mjs'), '--dir', outDir, join(corpus, 'labels')], { encoding: 'utf8' }));
