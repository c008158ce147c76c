// Where the reader's measuring walk has to look. An article's long paragraphs sit under one
// element, usually a few levels below <body>. The walk starts a few levels above the element
// holding most of them instead of at <body>, so the masthead, menus, footer and sidebars
// elsewhere are never visited (visiting nodes from JavaScript costs twice a native pass over
// the text: bench/reader-cold.ts). Native selector queries do the searching; reads only.
// When the long paragraphs are spread over the page, or the scope sits inside a box the
// whole-body walk would leave out (hidden, or chrome by its class), the scope is <body>.
// docs/adr/reader-scope.md

import { isUnlikely } from './score';
import { isHidden } from './visible';

/** A paragraph this long (textContent, white space included) is article prose, not chrome. */
const LONG_PARAGRAPH = 140;
/** The share of the long paragraphs' text the scope must hold: a stray long paragraph in a
 *  footer, a sign-up modal or a promo box does not widen it to the whole page. */
const MAJORITY = 0.8;
/** How far above the element holding that share the walk starts: room for the reader to
 *  climb to a better-scoring parent, gather siblings and find split "story-body-N" boxes. */
const LEVELS_ABOVE = 3;

/** The element under which the article is read: <body>, or the ancestor LEVELS_ABOVE levels
 *  above the deepest element that holds most of the long paragraphs' text. */
export function articleScope(body: Element): Element {
  // long paragraphs' text by parent first: neighbours share one, so each chain is walked once
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const p of body.querySelectorAll('p, pre')) {
    const length = (p.textContent ?? '').length;
    const parent = p.parentElement;
    if (length < LONG_PARAGRAPH || !parent) continue;
    total += length;
    byParent.set(parent, (byParent.get(parent) ?? 0) + length);
  }
  const held = new Map<Element, number>(); // text of long paragraphs under each element
  const depth = new Map<Element, number>();
  for (const [parent, length] of byParent) {
    const chain: Element[] = [];
    for (let a: Element | null = parent; a && a !== body; a = a.parentElement) chain.push(a);
    chain.forEach((a, i) => {
      held.set(a, (held.get(a) ?? 0) + length);
      depth.set(a, chain.length - i);
    });
  }
  let best: Element = body;
  let bestDepth = 0;
  for (const [el, length] of held) {
    const d = depth.get(el)!;
    if (length >= MAJORITY * total && d > bestDepth) {
      best = el;
      bestDepth = d;
    }
  }
  let scope = best;
  for (let i = 0; i < LEVELS_ABOVE && scope !== body && scope.parentElement; i++) scope = scope.parentElement;
  // the walk from <body> would have skipped it: read as that walk would
  for (let a: Element | null = scope; a && a !== body; a = a.parentElement) {
    if (a.hasAttributes() && (isHidden(a) || isUnlikely(a, a.tagName, false))) return body;
  }
  return scope;
}
