// What bench/reader-cold.ts loads into a page: the article reader's phases run once each, as
// on a first visit, and two walks to compare them with: the native TreeWalker pass (the
// floor) and the cheapest walk JavaScript can do itself (firstChild / nextSibling).
import { isProbablyArticle } from '../src/dom/article/index';
import { collectText } from '../src/dom/article/collect';
import { articleScope } from '../src/dom/article/scope';
import { chooseRoot, scan } from '../src/dom/article/score';

/** The reader's phases, in the content script's order, each timed once (cold). */
export function readerPhases(): Record<string, number> {
  const out: Record<string, number> = {};
  let t = performance.now();
  const lap = (k: string): void => {
    const now = performance.now();
    out[k] = now - t;
    t = now;
  };
  isProbablyArticle(document);
  lap('probably');
  const body = document.body;
  const scope = articleScope(body);
  lap('scope');
  const measured = scan(scope, { stripUnlikely: true });
  lap('scan');
  const root = chooseRoot(body, measured);
  lap('choose');
  if (root) collectText(document, root.parts, measured, [document.title], location.href);
  lap('collect');
  return out;
}

/** The reader as it was before the scope: the measuring walk over the whole body (for an A/B). */
export function wholeBodyReader(): number {
  const t0 = performance.now();
  isProbablyArticle(document);
  const body = document.body;
  const measured = scan(body, { stripUnlikely: true });
  const root = chooseRoot(body, measured);
  if (root) collectText(document, root.parts, measured, [document.title], location.href);
  return performance.now() - t0;
}

/** The floor: one native TreeWalker pass over the page's text. */
export function nativeWalk(): number {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += (node as Text).data.length;
  return performance.now() - t0 + (n < 0 ? 1 : 0);
}

/** The least a walk written in JavaScript does: every node visited through firstChild and
 *  nextSibling, its type and tag read, the text's length summed. */
export function jsWalk(): number {
  const t0 = performance.now();
  const stack: (ChildNode | null)[] = [document.body.firstChild];
  let n = 0;
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = node.nextSibling;
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag !== 'SCRIPT' && tag !== 'STYLE') stack.push(node.firstChild);
    } else if (node.nodeType === 3) n += (node as Text).data.length;
  }
  return performance.now() - t0 + (n < 0 ? 1 : 0);
}
