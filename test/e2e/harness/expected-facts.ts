// What the extension should highlight on a page, computed in Node by the same engine:
// readArticle (src/dom/article) over jsdom of the served HTML, then extractFacts (src/core).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { ArticleMeta, Facts } from '../../../src/core/model/facts';
import { readArticle } from '../../../src/dom/article/index';
import { FACT_HIGHLIGHTS, HIGHLIGHT_NAMES } from './page-probes';
import { REPO_ROOT } from './paths';

type ExtractFacts = (text: string, meta: ArticleMeta) => Facts;

// Loaded at run time so that the harness type-checks before the engine's entry exists.
const ENGINE_ENTRY = resolve(REPO_ROOT, 'src/core/index.ts');

async function loadEngine(): Promise<ExtractFacts> {
  if (!existsSync(ENGINE_ENTRY)) throw new Error(`the engine's entry ${ENGINE_ENTRY} does not exist yet`);
  const mod = (await import(/* @vite-ignore */ ENGINE_ENTRY)) as { extractFacts?: ExtractFacts };
  if (typeof mod.extractFacts !== 'function') throw new Error('src/core/index.ts does not export extractFacts');
  return mod.extractFacts;
}

/** The engine's Facts for the HTML file, as if served at url; null when it is not an article. */
export async function engineFactsFor(file: string, url: string): Promise<Facts | null> {
  const html = await readFile(file, 'utf8');
  const dom = new JSDOM(html, { url });
  try {
    const article = readArticle(dom.window.document);
    if (!article) return null;
    const extractFacts = await loadEngine();
    return extractFacts(article.text, { url: article.url, title: article.title, lang: article.lang, links: article.links });
  } finally {
    dom.window.close();
  }
}

/** The texts each highlight should cover, in article order. */
export function expectedHighlightTexts(facts: Facts): Record<(typeof FACT_HIGHLIGHTS)[number], string[]> {
  const byStart = <T extends { position: { start: number } }>(xs: T[]): T[] => [...xs].sort((a, b) => a.position.start - b.position.start);
  const claims = byStart(facts.claims);
  return {
    [HIGHLIGHT_NAMES.figure]: byStart(facts.figures).map((f) => f.text),
    [HIGHLIGHT_NAMES.named]: claims.filter((c) => c.source.kind === 'named').map((c) => c.text),
    [HIGHLIGHT_NAMES.vague]: claims.filter((c) => c.source.kind === 'vague').map((c) => c.text),
    [HIGHLIGHT_NAMES.unsourced]: byStart(facts.unsourced).map((u) => u.text),
  };
}
