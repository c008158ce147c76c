// Scores the fact engine on the labelled corpus: runs extractFacts over every labelled page's
// article text, writes /tmp/engine-out/NAME.json and prints the table of ../shared/tools/score.mjs.
// Usage: npx tsx scripts/score-engine.ts [--json] [--corpus DIR] [--out DIR]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extractFacts } from '../src/core/index';

const args = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const at = args.indexOf(flag);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const shared = resolve(process.cwd(), '..', 'shared');
const corpus = option('--corpus', join(shared, 'corpus'));
const outDir = option('--out', '/tmp/engine-out');
const scorer = join(shared, 'tools', 'score.mjs');
const labelsDir = join(corpus, 'labels');

if (!existsSync(labelsDir) || !existsSync(scorer)) {
  console.error(`corpus or scorer not found (${labelsDir}, ${scorer})`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(file, '.json');
  const textPath = join(corpus, 'article-text', `${name}.txt`);
  if (!existsSync(textPath)) {
    console.error(`no article text for ${name}`);
    continue;
  }
  const facts = extractFacts(readFileSync(textPath, 'utf8'));
  writeFileSync(join(outDir, file), JSON.stringify(facts, null, 2));
}
const scoreArgs = [scorer, '--dir', outDir, labelsDir, ...(args.includes('--json') ? ['--json'] : [])];
process.stdout.write(execFileSync(process.execPath, scoreArgs, { encoding: 'utf8' }));
