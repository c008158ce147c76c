// What the in-page bench loads into a page: the DOM adapter, the engine and the timing
// loop (bundled by vite, so it runs in the page as written).
import { isProbablyArticle, readArticle } from '../src/dom/article/index';
import { extractFacts } from '../src/core/index';
import { chooseRoot, scan } from '../src/dom/article/score';
import { collectText } from '../src/dom/article/collect';

export interface Timing {
  walk: number;
  read: number;
  pipeline: number;
}

function median(runs: number, f: () => unknown): number {
  for (let i = 0; i < 3; i++) f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

function walk(): number {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = w.nextNode(); node; node = w.nextNode()) n += (node as Text).data.length;
  return n;
}

function pipeline(): unknown {
  const a = readArticle(document);
  return a && extractFacts(a.text, { url: a.url, title: a.title, lang: a.lang, links: a.links });
}

export function measure(runs: number): Timing {
  return { walk: median(runs, walk), read: median(runs, () => readArticle(document)), pipeline: median(runs, pipeline) };
}

/** Where readArticle's time goes: the measuring walk, the choice, the text collection. */
export function phases(runs: number): Record<string, number> {
  const body = document.body;
  const s = scan(body);
  const root = chooseRoot(body, s);
  const text = root ? collectText(document, root.parts, s, [document.title], location.href).text : '';
  return {
    walk: median(runs, walk),
    probably: median(runs, () => isProbablyArticle(document)),
    scan: median(runs, () => scan(body)),
    choose: median(runs, () => chooseRoot(body, s)),
    collect: median(runs, () => root && collectText(document, root.parts, s, [document.title], location.href)),
    extract: median(runs, () => extractFacts(text)),
    elements: body.getElementsByTagName('*').length,
  };
}
