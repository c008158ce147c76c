// `claimlight extract`: saved HTML pages in, the Facts of each article out (JSON on stdout,
// a table with --format text, or one file per input with --out DIR).

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Facts } from '../core/index';
import { parseCliArgs, USAGE } from './args';
import { factsToText } from './format-text';

// jsdom and the engine load only when there is a page to read (--help stays quick)
const loading = { pages: null as null | Promise<[typeof import('./read-page'), typeof import('../core/index')]> };

async function factsOf(file: string): Promise<Facts> {
  loading.pages ??= Promise.all([import('./read-page'), import('../core/index')]);
  const [{ readPage }, { extractFacts }] = await loading.pages;
  const article = await readPage(file);
  return extractFacts(article.text, { url: article.url, title: article.title, lang: article.lang, links: article.links });
}

/** Output names: NAME.json per input, made unique when two inputs share a name. */
function outputNames(files: string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const base = path.basename(f).replace(/\.x?html?$/i, '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export async function main(argv: string[]): Promise<number> {
  const opts = parseCliArgs(argv);
  if ('error' in opts) {
    process.stderr.write(`claimlight: ${opts.error}\n${USAGE}\n`);
    return 2;
  }
  if (opts.help || opts.files.length === 0) {
    (opts.help ? process.stdout : process.stderr).write(USAGE + '\n');
    return opts.help ? 0 : 2;
  }
  if (opts.out) await mkdir(opts.out, { recursive: true });
  const names = outputNames(opts.files);
  const printed: Array<{ file: string; facts: Facts }> = [];
  let failed = false;
  for (const [i, file] of opts.files.entries()) {
    let facts: Facts;
    try {
      facts = await factsOf(file);
    } catch (err) {
      failed = true;
      const reason = err instanceof Error && err.name === 'PageError' ? err.message : String((err as Error).stack ?? err);
      process.stderr.write(`claimlight: ${file}: ${reason}\n`);
      continue;
    }
    if (opts.out) {
      const ext = opts.format === 'json' ? '.json' : '.txt';
      const body = opts.format === 'json' ? JSON.stringify(facts, null, 2) + '\n' : factsToText(facts, file);
      await writeFile(path.join(opts.out, names[i] + ext), body);
    } else printed.push({ file, facts });
  }
  if (printed.length > 0) {
    if (opts.format === 'text') process.stdout.write(printed.map((p) => factsToText(p.facts, p.file)).join('\n'));
    else {
      const value = opts.files.length === 1 ? printed[0]!.facts : printed.map((p) => p.facts);
      process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
