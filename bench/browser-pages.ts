// The pages the in-browser benchmark loads: the seed, the corpus page with the longest
// article, a generated ~1 MB article, a non-article page, and every corpus page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../test/e2e/harness/paths';

export interface BenchPage {
  label: string;
  /** path on the bench server */
  path: string;
  article: boolean;
}

const SENTENCES = [
  'The company reported revenue of $12.4 billion for the quarter, up from $9.1 billion a year earlier.',
  'According to a filing with the Securities and Exchange Commission, data-center sales rose 41%.',
  'Analysts say gross margin slipped from 58% to 54% as packaging costs climbed.',
  'People familiar with the matter said the board had discussed a buyback of roughly $5 billion.',
  'The firm plans to hire 3,000 engineers over the next five years, a spokesperson told Reuters.',
  'Shipments grew 2.5x compared with the same period in 2024, while prices held steady.',
  'Nobody expected the market to move this fast, and few of the rivals were ready for it.',
  'The new plant will draw about 300 MW, enough for roughly 250,000 homes, officials said.',
];

/** A plain article of about `bytes` bytes: many paragraphs of figure- and claim-rich prose. */
export function generatedArticle(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${[0, 1, 2, 3].map((k) => SENTENCES[(i * 3 + k) % SENTENCES.length]).join(' ')}</p>`;
    paragraphs.push(p);
    size += p.length + 1;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report | Bench Daily</title></head>
<body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>A very long report</h1><p class="byline">By Bench Writer · March 3, 2026</p>
${paragraphs.join('\n')}
</article></main><footer>© 2026 Bench Daily</footer></body></html>`;
}

/** Every corpus page (the seed first), or [] when ../shared is absent. */
export function corpusPages(): BenchPage[] {
  if (!existsSync(join(CORPUS_DIR, 'pages'))) return [];
  const pages = readdirSync(join(CORPUS_DIR, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ label: f.replace(/\.html$/, ''), path: `/corpus/pages/${f}`, article: true }));
  return [{ label: 'seed', path: '/corpus/seed/amazon-openai.html', article: true }, ...pages];
}

/** The corpus page whose article text (corpus/article-text/NAME.txt) is the longest. */
export function longestCorpusPage(pages: readonly BenchPage[]): BenchPage | undefined {
  const size = (p: BenchPage): number => {
    const txt = join(CORPUS_DIR, 'article-text', `${p.label}.txt`);
    return existsSync(txt) ? statSync(txt).size : 0;
  };
  return [...pages].sort((a, b) => size(b) - size(a))[0];
}
