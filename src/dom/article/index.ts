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
  /** read this element's text instead of looking for the article */
  root?: Element;
}

export function readArticle(doc: Document, opts: ReadArticleOptions = {}): ArticleText | null {
  const body = doc.body;
  if (!body) return null;
  const { title, lang, url } = readPageMeta(doc);
  const base = linkBase(doc, url);
  let chosen: { root: Element; parts: Element[] } | null;
  let measured;
  if (opts.root) {
    measured = scan(opts.root);
    chosen = { root: opts.root, parts: [opts.root] };
  } else {
    measured = scan(body);
    chosen = chooseRoot(body, measured);
  }
  if (!chosen) return null;
  const { text, map, links } = collectText(doc, chosen.parts, measured, [title, doc.title], base);
  if (text.trim() === '') return null;
  return { text, map, links, title, lang, url, root: chosen.root };
}
