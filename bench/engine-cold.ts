// A/B of the fact engine as a reading session meets it: cold. Each run is a FRESH node process
// that loads one engine (src/core, or a copy of it elsewhere), runs each corpus article text
// once in turn for three passes, and reports the time of every page. Runs of the two engines
// alternate in ABBA order (base, current, current, base, ...) so the noise of a shared machine,
// and the slower second run of a pair, fall on both alike. Per pass it prints the median over
// runs of the median page (as `npm run bench` reports one session), the median page of each
// page's fastest run, and the median first page of the session (regex compilation and all).
// Compare copies in like places (both under /tmp, say): an A/A run of identical engines at
// different paths differed by up to 20%. Never used by tests.
// Run: npx tsx bench/engine-cold.ts --base /path/to/copy/of/core [--current DIR] [--pairs 5] [--passes 3]
//      npx tsx bench/engine-cold.ts            (current engine only)

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR } from './corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const PASSES = Number(option('--passes', '3'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** One cold session: ms of every page (in corpus order) of every pass. */
type Session = number[][];

/** In the child: a cold session over the engine in coreDir. */
async function coldSession(coreDir: string): Promise<Session> {
  const textDir = path.join(CORPUS_DIR, 'article-text');
  const texts = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(textDir, f), 'utf8'));
  const engine = (await import(pathToFileURL(path.join(coreDir, 'extract.ts')).href)) as typeof import('../src/core/extract');
  const meta = { url: 'https://example.com/', title: '', lang: 'en' };
  const session: Session = [];
  for (let pass = 0; pass < PASSES; pass++) {
    session.push(
      texts.map((text) => {
        const t0 = performance.now();
        engine.extractFacts(text, meta);
        return performance.now() - t0;
      }),
    );
  }
  return session;
}

/** In the parent: one fresh process running a cold session over coreDir. */
function runChild(coreDir: string): Session {
  const out = execFileSync(process.execPath, ['--import', 'tsx', process.argv[1]!, '--child', coreDir, '--passes', String(PASSES)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Session;
}

const show = (ms: number[]): string => ms.map((x) => `${x.toFixed(2)} ms`).join(' / ');

/** Per pass, the median over runs of the run's median page. */
function medianOfRuns(runs: Session[]): number[] {
  return Array.from({ length: PASSES }, (_, pass) => median(runs.map((r) => median(r[pass]!))));
}

/** Per pass, the median over pages of the page's fastest run. */
function medianOfFastest(runs: Session[]): number[] {
  return Array.from({ length: PASSES }, (_, pass) => median(runs[0]![pass]!.map((_, page) => Math.min(...runs.map((r) => r[pass]![page]!)))));
}

async function main(): Promise<void> {
  if (args.includes('--child')) {
    console.log(JSON.stringify(await coldSession(option('--child', ''))));
    return;
  }
  if (!existsSync(path.join(CORPUS_DIR, 'article-text'))) {
    console.log(`no article texts under ${CORPUS_DIR}: bench skipped`);
    return;
  }
  const current = path.resolve(option('--current', 'src/core'));
  const base = args.includes('--base') ? path.resolve(option('--base', '')) : null;
  const pairs = Number(option('--pairs', '5'));
  const variants = base ? [base, current] : [current];
  const label = (dir: string): string => (dir === current ? 'current' : 'base   ');
  const results = new Map<string, Session[]>(variants.map((dir) => [dir, []]));
  for (let i = 0; i < pairs; i++) {
    // ABBA order: the second process of a pair measured systematically slower (an A/A run showed it)
    for (const dir of i % 2 === 0 ? variants : [...variants].reverse()) {
      const session = runChild(dir);
      results.get(dir)!.push(session);
      console.log(`run ${i + 1} ${label(dir)}: median page ${show(session.map(median))}`);
    }
  }
  console.log(`\ncold session, ${PASSES} passes, ${pairs} fresh processes each:`);
  for (const dir of variants) {
    const runs = results.get(dir)!;
    const firstPage = median(runs.map((r) => r[0]![0]!));
    console.log(`${label(dir)} median page ${show(medianOfRuns(runs))}   fastest-run median page ${show(medianOfFastest(runs))}   first page ${firstPage.toFixed(1)} ms   (${dir})`);
  }
}

await main();
