// The DOM adapter's entry: a document in, the article's plain text out, with a map from
// text offsets back to the live DOM and the article's links. Never modifies the document.
// `readArticle` reads in one go; `readArticleChunked` reads the same way in short chunks.

import type { TextMap } from '../text-map';
import { type ArticleLink, collectTextSteps } from './collect';
import { linkBase, readPageMeta } from './meta';
import { articleScope } from './scope';
import { chooseRoot, scanSteps } from './score';
import { runSteps, runStepsChunked } from './steps';

export { isProbablyArticle } from './probably';
export type { TextMap, DomPoint } from '../text-map';
export type { ArticleLink } from './collect';

export interface ArticleText {
  text: string;
  map: TextMap;
  /** the <a href> inside the article, as offsets into `text`, with absolute hrefs */
  links: ArticleLink[];
  title: string;
  lang: string;
  url: string;
  /** the element holding the article */
  root: Element;
}

export interface ReadArticleOptions {
  /** read all the visible text of this element instead of looking for the article
   *  (no chrome filtering: the caller chose it) */
  root?: Element;
  /** measure the whole body rather than the scope around the long paragraphs (./scope): the
   *  reader as it was before the scope, for comparing the two (tests, benches) */
  wholeBody?: boolean;
}

export function readArticle(doc: Document, opts: ReadArticleOptions = {}): ArticleText | null {
  return runSteps(readArticleSteps(doc, opts));
}

export interface ChunkedOptions {
  /** gives the page back between chunks (e.g. scheduler.yield) */
  pause: () => Promise<void>;
  /** work done between two pauses, in ms */
  budgetMs?: number;
}

/** `readArticle` in chunks of at most about `budgetMs`, pausing in between so a huge page never
 *  blocks the main thread for long. Same result as `readArticle` when the page does not change
 *  meanwhile; if it does, the text map may point at nodes that left (ranges then fail softly). */
export function readArticleChunked(doc: Document, opts: ReadArticleOptions & ChunkedOptions): Promise<ArticleText | null> {
  return runStepsChunked(readArticleSteps(doc, opts), opts.pause, opts.budgetMs ?? 12);
}

function* readArticleSteps(doc: Document, opts: ReadArticleOptions): Generator<void, ArticleText | null> {
  const body = doc.body;
  if (!body) return null;
  const { title, lang, url } = readPageMeta(doc);
  const base = linkBase(doc, url);
  const titles = [title, doc.title];
  if (opts.root) {
    const measured = yield* scanSteps(opts.root, { stripUnlikely: false });
    const collected = yield* collectTextSteps(doc, [opts.root], measured, titles, base, true);
    return collected.text.trim() ? { ...collected, title, lang, url, root: opts.root } : null;
  }
  let best = yield* readFrom(doc, body, opts.wholeBody ? body : articleScope(body), titles, base);
  if (!best || best.text.length < RETRY_BELOW) {
    // too little: Readability's second try, with chrome-looking boxes allowed back in
    const second = yield* readFrom(doc, body, null, titles, base);
    if (second && second.text.length > (best?.text.length ?? 0)) best = second;
  }
  return best ? { ...best, title, lang, url } : null;
}

/** Articles shorter than this are read a second time, less strictly. */
const RETRY_BELOW = 500;

/** Reads the article: measured under `scope` (./scope) with chrome-looking boxes left out, or,
 *  with `scope` null, the whole body with them let in. A choice that reaches out of the scope
 *  (a part it did not measure) is made again over the whole body. */
function* readFrom(
  doc: Document,
  body: Element,
  scope: Element | null,
  titles: string[],
  base: string,
): Generator<void, Omit<ArticleText, 'title' | 'lang' | 'url'> | null> {
  let measured = yield* scanSteps(scope ?? body, { stripUnlikely: scope !== null });
  yield;
  let chosen = chooseRoot(body, measured);
  if (scope !== null && scope !== body && (!chosen || !chosen.parts.every((part) => measured.stats.has(part)))) {
    measured = yield* scanSteps(body, { stripUnlikely: true });
    yield;
    chosen = chooseRoot(body, measured);
  }
  if (!chosen) return null;
  yield;
  const { text, map, links } = yield* collectTextSteps(doc, chosen.parts, measured, titles, base);
  if (text.trim() === '') return null;
  return { text, map, links, root: chosen.root };
}
