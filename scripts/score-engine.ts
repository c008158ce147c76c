// Scores the fact engine on the labelled corpus and on the held-out pages: runs extractFacts over
// every labelled page's article text, writes /tmp/engine-out/NAME.json (the corpus's labels, the
// pages the engine was tuned on) and /tmp/heldout-out/NAME.json (test/labels, pages it was not
// tuned on, but looked at while fixing it), /tmp/unseen-out/NAME.json (test/labels-unseen,
// labelled blind in session 2 and not used for any fix), and prints a table of
// ../shared/tools/score.mjs for each.
// Usage: npx tsx scripts/score-engine.ts [--json] [--corpus DIR] [--out DIR] [--heldout-out DIR] [--unseen-out DIR]
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
const heldoutLabelsDir = resolve(process.cwd(), 'test', 'labels');
const heldoutOutDir = option('--heldout-out', '/tmp/heldout-out');
const unseenLabelsDir = resolve(process.cwd(), 'test', 'labels-unseen');
const unseenOutDir = option('--unseen-out', '/tmp/unseen-out');

if (!existsSync(labelsDir) || !existsSync(scorer)) {
  console.error(`corpus or scorer not found (${labelsDir}, ${scorer})`);
  process.exit(2);
}
/** Writes OUT/NAME.json for every LABELS/NAME.json with article text, then returns the scorer's table. */
function scoreSet(labels: string, out: string): string {
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(labels).filter((f) => f.endsWith('.json')).sort()) {
    const name = basename(file, '.json');
    const textPath = join(corpus, 'article-text', `${name}.txt`);
    if (!existsSync(textPath)) {
      console.error(`no article text for ${name}`);
      continue;
    }
    const facts = extractFacts(readFileSync(textPath, 'utf8'));
    writeFileSync(join(out, file), JSON.stringify(facts, null, 2));
  }
  const scoreArgs = [scorer, '--dir', out, labels, ...(args.includes('--json') ? ['--json'] : [])];
  return execFileSync(process.execPath, scoreArgs, { encoding: 'utf8' });
}

const json = args.includes('--json');
const training = scoreSet(labelsDir, outDir);
const heldout = existsSync(heldoutLabelsDir) ? scoreSet(heldoutLabelsDir, heldoutOutDir) : null;
const unseen = existsSync(unseenLabelsDir) ? scoreSet(unseenLabelsDir, unseenOutDir) : null;
if (json) {
  const parsed = (x: string | null) => (x === null ? null : JSON.parse(x));
  process.stdout.write(JSON.stringify({ training: JSON.parse(training), heldout: parsed(heldout), unseen: parsed(unseen) }, null, 2) + '\n');
} else {
  process.stdout.write(`training (${labelsDir})\n${training}`);
  process.stdout.write(heldout === null ? `held-out: ${heldoutLabelsDir} not found\n` : `\nheld-out (test/labels)\n${heldout}`);
  if (unseen !== null) process.stdout.write(`\nunseen (test/labels-unseen: labelled blind, never used for a fix)\n${unseen}`);
}
