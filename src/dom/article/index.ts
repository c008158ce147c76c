// The DOM adapter's entry: a document in, the article's plain text out, with a map from
// text offsets back to the live DOM and the article's links. Never modifies the document.

import type { TextMap } from '../text-map';
import { type ArticleLink, collectText } from './collect';
import { linkBase, readPageMeta } from './meta';
import { chooseRoot, scan } from './score';

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
}

export function readArticle(doc: Document, opts: ReadArticleOptions = {}): ArticleText | null {
  const body = doc.body;
  if (!body) return null;
  const { title, lang, url } = readPageMeta(doc);
  const base = linkBase(doc, url);
  const titles = [title, doc.title];
  if (opts.root) {
    const collected = collectText(doc, [opts.root], scan(opts.root, { stripUnlikely: false }), titles, base, true);
    return collected.text.trim() ? { ...collected, title, lang, url, root: opts.root } : null;
  }
  let best = readFrom(doc, body, true, titles, base);
  if (!best || best.text.length < RETRY_BELOW) {
    // too little: Readability's second try, with chrome-looking boxes allowed back in
    const second = readFrom(doc, body, false, titles, base);
    if (second && second.text.length > (best?.text.length ?? 0)) best = second;
  }
  return best ? { ...best, title, lang, url } : null;
}

/** Articles shorter than this are read a second time, less strictly. */
const RETRY_BELOW = 500;

function readFrom(doc: Document, body: Element, stripUnlikely: boolean, titles: string[], base: string): Omit<ArticleText, 'title' | 'lang' | 'url'> | null {
  const measured = scan(body, { stripUnlikely });
  const chosen = chooseRoot(body, measured);
  if (!chosen) return null;
  const { text, map, links } = collectText(doc, chosen.parts, measured, titles, base);
  if (text.trim() === '') return null;
  return { text, map, links, root: chosen.root };
}
