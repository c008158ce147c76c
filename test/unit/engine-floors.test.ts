// Floors for the engine's scores (../shared/tools/score.mjs, the same runs as
// scripts/score-engine.ts) on two sets: the corpus's labelled pages (../shared/corpus/labels,
// the pages the engine was tuned on), the held-out pages (test/labels, labelled by hand; looked
// at while fixing the engine after their first measure) and the unseen pages (test/labels-unseen,
// labelled blind in sessions 2, 5 and 6 and never used for a fix). The floors are the numbers reached;
// raise them when the engine gets better, never lower them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core';

const shared = resolve(__dirname, '../../..', 'shared');
const trainingLabels = join(shared, 'corpus/labels');
const heldoutLabels = resolve(__dirname, '../labels');
const unseenLabels = resolve(__dirname, '../labels-unseen');
const textDir = join(shared, 'corpus/article-text');
const scorer = join(shared, 'tools/score.mjs');
const hasCorpus = existsSync(trainingLabels) && existsSync(textDir) && existsSync(scorer);
if (!hasCorpus) console.warn(`engine-floors: ${trainingLabels}, ${textDir} or ${scorer} not found — skipping the corpus score floors`);

type Floors = Record<'figuresF1' | 'claimsF1' | 'claimSourceAccuracy' | 'claimKindAccuracy' | 'unsourcedF1' | 'opinionsF1', number>;

const SETS: Array<{ name: string; labels: string; floors: Floors }> = [
  {
    name: 'labelled corpus',
    labels: trainingLabels,
    // reached on 2026-11-26: figures 0.977, claims 1.000 (source 1.000, kind 1.000), unsourced 0.986, opinions 1.000
    floors: { figuresF1: 0.97, claimsF1: 0.99, claimSourceAccuracy: 0.98, claimKindAccuracy: 0.98, unsourcedF1: 0.98, opinionsF1: 0.99 },
  },
  {
    name: 'held-out pages',
    labels: heldoutLabels,
    // reached on 2026-11-26: figures 0.984, claims 0.977 (source 1.000, kind 0.977), unsourced 0.969, opinions 1.000
    floors: { figuresF1: 0.98, claimsF1: 0.97, claimSourceAccuracy: 0.99, claimKindAccuracy: 0.97, unsourcedF1: 0.96, opinionsF1: 0.99 },
  },
  {
    name: 'unseen pages',
    labels: unseenLabels,
    // 3 pages labelled blind in session 2, first measure: figures 0.891, claims 0.893 (source 0.957, kind 0.957),
    // unsourced 0.867, opinions 0 of 1. Session 5 labelled 5 more blind (msn, nytimes-1, nytimes-2, nytimes-4,
    // webmd-1); first measure of all 8: figures 0.905, claims 0.889 (source 0.963, kind 0.925), unsourced 0.905,
    // opinions 0 of 4 found (F1 0). Session 6 labelled cnn blind; first measure of all 9: figures 0.907,
    // claims 0.872 (source 0.963, kind 0.927; cnn's report cues "concluded", "key findings", "states" are
    // missed), unsourced 0.907, opinions 0 of 4. The floors are re-based on the 9 pages.
    floors: { figuresF1: 0.9, claimsF1: 0.87, claimSourceAccuracy: 0.96, claimKindAccuracy: 0.92, unsourcedF1: 0.9, opinionsF1: 0 },
  },
];

interface Summary {
  summary: Record<string, { f1: number; sourceAccuracy?: number; kindAccuracy?: number }>;
}

describe.skipIf(!hasCorpus)('engine scores', () => {
  const outRoot = mkdtempSync(join(tmpdir(), 'claimlight-engine-'));
  afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

  function score(labels: string, outDir: string): Summary['summary'] {
    for (const file of readdirSync(labels).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join(textDir, `${basename(file, '.json')}.txt`), 'utf8');
      writeFileSync(join(outDir, file), JSON.stringify(extractFacts(text)));
    }
    const out = execFileSync(process.execPath, [scorer, '--dir', outDir, labels, '--json'], { encoding: 'utf8' });
    return (JSON.parse(out) as Summary).summary;
  }

  it.each(SETS)('$name stay at or above the floors', ({ labels, floors }) => {
    const outDir = mkdtempSync(join(outRoot, 'set-'));
    const s = score(labels, outDir);
    const reached: Floors = {
      figuresF1: s.figures!.f1,
      claimsF1: s.claims!.f1,
      claimSourceAccuracy: s.claims!.sourceAccuracy ?? 0,
      claimKindAccuracy: s.claims!.kindAccuracy ?? 0,
      unsourcedF1: s.unsourced!.f1,
      opinionsF1: s.opinions!.f1,
    };
    for (const [key, floor] of Object.entries(floors) as Array<[keyof Floors, number]>) {
      expect({ [key]: reached[key] >= floor }, `${key} ${reached[key]} < ${floor}`).toEqual({ [key]: true });
    }
  });
});
