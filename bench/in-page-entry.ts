// What the in-page bench loads into a page: the DOM adapter, the engine, the content
// script's slice runner and painter, and the timing loop (bundled by vite, so it runs in the page as written).
import { isProbablyArticle, readArticle } from '../src/dom/article/index';
import { extractFacts } from '../src/core/index';
import { chooseRoot, scan } from '../src/dom/article/score';
import { collectText } from '../src/dom/article/collect';
import { createSliceRunner } from '../src/entries/content/slices';
import { factSpans } from '../src/dom/highlight/spans';
import { clearPaint, Painting } from '../src/dom/highlight/painter';

export interface Timing {
  walk: number;
  read: number;
  pipeline: number;
  /** what the content script itself does (read, merge the slices' facts, ranges, paint),
   *  the engine's answers cached as in a re-analysis: the engine runs in the background */
  content: number;
  /** the engine alone on the article's text (the background's share) */
  extract: number;
}

/** The content script's slice runner with the engine in-process (the background's job). */
const runner = createSliceRunner(async (slices, meta) => slices.map((s) => extractFacts(s.text, { ...meta, links: s.links })));

async function contentSide(): Promise<void> {
  const a = readArticle(document);
  if (!a) return;
  const facts = await runner.run(a.text, { url: a.url, title: a.title, lang: a.lang, links: a.links }, async () => undefined);
  const painting = new Painting();
  for (const span of factSpans(facts)) {
    const range = span.highlight ? a.map.toRange(span.start, span.end) : null;
    if (range && span.highlight) painting.add(span.highlight, range);
  }
  painting.paint();
}

async function medianAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  let batch = 0;
  for (const t0 = performance.now(); performance.now() - t0 < SAMPLE_MS || batch < 3; batch++) await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) await f();
    ms.push((performance.now() - t0) / batch);
  }
  clearPaint();
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

/** Calls per sample so that one sample lasts at least ~2 ms: the page's clock only has 0.1 ms
 *  resolution, so each sample times a batch of calls and divides. */
const SAMPLE_MS = 2;

function median(runs: number, f: () => unknown): number {
  let batch = 0;
  for (const t0 = performance.now(); performance.now() - t0 < SAMPLE_MS || batch < 3; batch++) f(); // warm-up and calibration
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < batch; k++) f();
    ms.push((performance.now() - t0) / batch);
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

export async function measure(runs: number): Promise<Timing> {
  const a = readArticle(document);
  return {
    walk: median(runs, walk),
    read: median(runs, () => readArticle(document)),
    pipeline: median(runs, pipeline),
    content: await medianAsync(runs, contentSide),
    extract: median(runs, () => a && extractFacts(a.text, { url: a.url, title: a.title, lang: a.lang, links: a.links })),
  };
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
