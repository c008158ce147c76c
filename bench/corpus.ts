// Where the shared corpus lives for benches and CLI runs (../shared/corpus next to the
// repo), and the page ↔ name pairing used by the labels (seed.txt ↔ seed/amazon-openai.html).

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const CORPUS_DIR = process.env.CLAIMLIGHT_CORPUS ?? path.resolve(process.cwd(), '../shared/corpus');

export interface CorpusPage {
  name: string;
  html: string;
  text: string;
}

/** Pages that have an expected article text, by name. Empty when the corpus is absent. */
export function corpusPages(): CorpusPage[] {
  const textDir = path.join(CORPUS_DIR, 'article-text');
  if (!existsSync(textDir)) return [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const html = name === 'seed' ? path.join(CORPUS_DIR, 'seed/amazon-openai.html') : path.join(CORPUS_DIR, 'pages', name + '.html');
      return { name, html, text: path.join(textDir, f) };
    })
    .filter((p) => existsSync(p.html));
}
