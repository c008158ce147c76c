// Scores the whole path a reader's page takes (HTML → DOM adapter → engine) on the labelled
// corpus: runs `claimlight extract` over every labelled page into OUT (default
// /tmp/cli-out), names each output after its label file (seed.json for the seed page), and
// prints ../shared/tools/score.mjs's table. Compare with scripts/score-engine.ts, which
// feeds the engine the expected article text instead.
// Run: npx tsx bench/cli-score.ts [--out DIR]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from './corpus';

const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1]! : '/tmp/cli-out';
const labelsDir = path.join(CORPUS_DIR, 'labels');
const scorer = path.resolve(CORPUS_DIR, '../tools/score.mjs');
if (!existsSync(labelsDir) || !existsSync(scorer)) {
  console.log(`corpus or scorer not found (${labelsDir}): skipped`);
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });
const labelled = readdirSync(labelsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.slice(0, -5), page: path.join(CORPUS_DIR, (JSON.parse(readFileSync(path.join(labelsDir, f), 'utf8')) as { page: string }).page) }));
try {
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...labelled.map((l) => l.page), '--out', outDir], { stdio: 'inherit' });
} catch {
  console.error('some pages failed (see above)');
}
for (const { name, page } of labelled) {
  const produced = path.join(outDir, path.basename(page).replace(/\.html?$/i, '') + '.json');
  const wanted = path.join(outDir, name + '.json');
  if (produced !== wanted && existsSync(produced)) renameSync(produced, wanted);
}
console.log(execFileSync(process.execPath, [scorer, '--dir', outDir, labelsDir], { encoding: 'utf8' }));
