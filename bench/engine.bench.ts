// Speed of the fact engine over the corpus's article texts, next to a floor (one /\d/g
// pass over the same text) and a peer (wink-nlp's entity recogniser as a figure finder).
// Medians over many runs after a warm-up, and first a cold reading session (each page once). Also scores wink's figures on the labelled pages
// with ../shared/tools/score.mjs, for comparison with the engine. Never used by tests.
// Run: npm run bench [-- --runs N]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractFacts } from '../src/core/index';
import { CORPUS_DIR } from './corpus';
import { winkEntities, winkFigures } from './wink-figures';

const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 41;
const WARMUP = 5;
const textDir = path.join(CORPUS_DIR, 'article-text');
if (!existsSync(textDir)) {
  console.log(`no article texts at ${textDir}: bench skipped`);
  process.exit(0);
}
const texts = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.slice(0, -4), text: readFileSync(path.join(textDir, f), 'utf8') }));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median ms per page for each page, interleaving nothing: one finder at a time. */
function measure(fn: (text: string) => unknown, runs: number): number[] {
  for (let i = 0; i < WARMUP; i++) for (const t of texts) fn(t.text);
  return texts.map((t) => {
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn(t.text);
      ms.push(performance.now() - t0);
    }
    return median(ms);
  });
}

let sink = 0;
const finders: Array<{ name: string; fn: (text: string) => unknown; runs: number }> = [
  { name: 'floor: one /\\d/g pass', fn: (t) => (sink += t.match(/\d/g)?.length ?? 0), runs: RUNS },
  { name: 'claimlight extractFacts', fn: (t) => extractFacts(t, { url: 'https://example.com/', title: '', lang: 'en' }), runs: RUNS },
  { name: 'wink-nlp readDoc + entities', fn: (t) => winkEntities(t), runs: Math.max(5, Math.floor(RUNS / 4)) },
];

/** The engine as the background meets it in a reading session, measured before anything warms
 *  it up: each page once, in turn, the series three times over; the median page of each pass. */
function sessionPasses(passes: number): number[] {
  const meta = { url: 'https://example.com/', title: '', lang: 'en' };
  return Array.from({ length: passes }, () =>
    median(
      texts.map((t) => {
        const t0 = performance.now();
        extractFacts(t.text, meta);
        return performance.now() - t0;
      }),
    ),
  );
}
const firstVisits = sessionPasses(3);

const totalKb = texts.reduce((n, t) => n + t.text.length, 0) / 1024;
console.log(`${texts.length} article texts, ${totalKb.toFixed(0)} KB (chars/1024), warm-up ${WARMUP}, median of ${RUNS} runs per page (wink: fewer)\n`);
const rows: Array<{ name: string; perPage: number; total: number; slowest: string }> = [];
for (const f of finders) {
  const perPage = measure(f.fn, f.runs);
  const worst = perPage.indexOf(Math.max(...perPage));
  const slowest = `${texts[worst]!.name} ${perPage[worst]!.toFixed(2)} ms`;
  rows.push({ name: f.name, perPage: median(perPage), total: perPage.reduce((a, b) => a + b, 0), slowest });
}
const pad = (s: string, n: number): string => s.padStart(n);
console.log(`${'finder'.padEnd(30)} ${pad('median ms/page', 15)} ${pad('sum ms', 9)} ${pad('KB/ms', 8)}  slowest page`);
for (const r of rows) {
  console.log(`${r.name.padEnd(30)} ${pad(r.perPage.toFixed(3), 15)} ${pad(r.total.toFixed(2), 9)} ${pad((totalKb / r.total).toFixed(1), 8)}  ${r.slowest}`);
}
const [floor, engine, wink] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
console.log(`\nengine in a reading session (cold start, each page once in turn, 3 passes): median page ${firstVisits.map((ms) => `${ms.toFixed(2)} ms`).join(' / ')}`);
console.log(`engine vs floor: ${(engine.total / floor.total).toFixed(1)}x the time of one /\\d/g pass`);
console.log(`engine vs wink-nlp: ${(wink.total / engine.total).toFixed(1)}x faster (sum of per-page medians)`);
if (sink < 0) console.log(sink); // keep the floor's work observable

// wink's figures on the labelled pages, scored like the engine
const labelsDir = path.join(CORPUS_DIR, 'labels');
const scorer = path.resolve(CORPUS_DIR, '../tools/score.mjs');
if (existsSync(labelsDir) && existsSync(scorer)) {
  const out = '/tmp/wink-out';
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(labelsDir).filter((x) => x.endsWith('.json'))) {
    const name = f.slice(0, -5);
    const text = texts.find((t) => t.name === name)?.text;
    if (text === undefined) continue;
    writeFileSync(path.join(out, f), JSON.stringify({ figures: winkFigures(text), claims: [], unsourced: [], opinions: [] }));
  }
  const table = execFileSync(process.execPath, [scorer, '--dir', out, labelsDir], { encoding: 'utf8' });
  console.log('\nwink-nlp figures on the labelled pages (score.mjs; claims etc. not attempted):');
  console.log(table.split('\n').filter((l) => /^(category|figures)/.test(l)).join('\n'));
}
