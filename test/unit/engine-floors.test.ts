// Floors for the engine's scores on the labelled corpus (../shared/corpus/labels, scored by
// ../shared/tools/score.mjs, the same run as scripts/score-engine.ts). The floors are the
// numbers reached; raise them when the engine gets better, never lower them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core';

const shared = resolve(__dirname, '../../..', 'shared');
const labelsDir = join(shared, 'corpus/labels');
const textDir = join(shared, 'corpus/article-text');
const scorer = join(shared, 'tools/score.mjs');
const hasCorpus = existsSync(labelsDir) && existsSync(scorer);
if (!hasCorpus) console.warn(`engine-floors: ${labelsDir} or ${scorer} not found — skipping the corpus score floors`);

const FLOORS = {
  // reached on 2026-11-26: figures 0.976, claims 1.000 (source 1.000, kind 1.000), unsourced 0.986, opinions 0.875
  figuresF1: 0.97,
  claimsF1: 0.99,
  claimSourceAccuracy: 0.98,
  claimKindAccuracy: 0.98,
  unsourcedF1: 0.98,
  opinionsF1: 0.87,
};

interface Summary {
  summary: Record<string, { f1: number; sourceAccuracy?: number; kindAccuracy?: number }>;
}

describe.skipIf(!hasCorpus)('engine scores on the labelled corpus', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'claimlight-engine-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  function score(): Summary['summary'] {
    for (const file of readdirSync(labelsDir).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(join(textDir, `${basename(file, '.json')}.txt`), 'utf8');
      writeFileSync(join(outDir, file), JSON.stringify(extractFacts(text)));
    }
    const out = execFileSync(process.execPath, [scorer, '--dir', outDir, labelsDir, '--json'], { encoding: 'utf8' });
    return (JSON.parse(out) as Summary).summary;
  }

  it('stays at or above the floors', () => {
    const s = score();
    const reached = {
      figuresF1: s.figures!.f1,
      claimsF1: s.claims!.f1,
      claimSourceAccuracy: s.claims!.sourceAccuracy ?? 0,
      claimKindAccuracy: s.claims!.kindAccuracy ?? 0,
      unsourcedF1: s.unsourced!.f1,
      opinionsF1: s.opinions!.f1,
    };
    for (const [key, floor] of Object.entries(FLOORS)) {
      expect({ [key]: reached[key as keyof typeof reached] >= floor }, `${key} ${reached[key as keyof typeof reached]} < ${floor}`).toEqual({ [key]: true });
    }
  });
});
