// Finds the element that holds an article's body without touching the document: one
// walk measures every element (text, link text, commas, what it holds) and
// scores paragraphs into their ancestors, as Mozilla's Readability does; then the best
// container and its worthy siblings are chosen.

import { COMMA, NEGATIVE, PARAGRAPH_TAGS, POSITIVE, POSSIBLY_ARTICLE, SKIP_TAGS, TAG_BASE_SCORE, UNLIKELY, UNLIKELY_ROLES, BLOCK_TAGS } from './hints';
import { type ElementStats, emptyStats, linkDensity } from './stats';
import { runSteps, STEP_ELEMENTS } from './steps';
import { classAndId, isHidden } from './visible';

export interface Scan {
  stats: Map<Element, ElementStats>;
  /** content scores of candidate containers, already scaled by (1 - link density) */
  scores: Map<Element, number>;
}

export interface ArticleRoot {
  /** the element holding all chosen parts */
  root: Element;
  /** the chosen elements, in document order (the top candidate and worthy siblings) */
  parts: Element[];
}

/** Below this the best container holds no prose (a front page, a link list). */
const MIN_TOP_SCORE = 2;
const NEVER_CONTENT = new Set(['NAV', 'ASIDE', 'FOOTER']);
const EMBED_TAGS = new Set(['EMBED', 'OBJECT', 'IFRAME']);
const DIV_LIKE = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

export function classWeight(el: Element): number {
  let w = 0;
  for (const s of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!s) continue;
    if (NEGATIVE.test(s)) w -= 25;
    if (POSITIVE.test(s)) w += 25;
  }
  return w;
}

function countCommas(s: string): number {
  COMMA.lastIndex = 0;
  let n = 0;
  while (COMMA.exec(s)) n++;
  return n;
}

function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

export function isUnlikely(el: Element, tag: string, shielded: boolean): boolean {
  if (shielded || tag === 'BODY' || tag === 'A' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  const role = el.getAttribute('role');
  if (role === 'main' || role === 'article') return false;
  if (role && UNLIKELY_ROLES.has(role)) return true;
  const hint = classAndId(el);
  return hint !== '' && UNLIKELY.test(hint) && !POSSIBLY_ARTICLE.test(hint);
}

/** Measures and scores everything under `body` in one read-only walk. With
 *  `stripUnlikely: false`, boxes whose class or id look like chrome are measured too
 *  (the second try when the first finds too little). */
export function scan(body: Element, opts: { stripUnlikely?: boolean } = {}): Scan {
  return runSteps(scanSteps(body, opts));
}

/** One element being walked: its measurements so far and the next child to visit. */
interface Frame {
  el: Element;
  tag: string;
  stats: ElementStats;
  /** children are inside a table or code: not unlikely by their class */
  inner: boolean;
  next: ChildNode | null;
}

/** `scan` as steps: the same walk, iterative (an explicit stack, so no recursion limit)
 *  and pausing every few hundred elements so a caller can yield to the page in between. */
export function* scanSteps(body: Element, { stripUnlikely = true } = {}): Generator<void, Scan> {
  const stats = new Map<Element, ElementStats>();
  const scores = new Map<Element, number>();
  const frames: Frame[] = [];
  let visited = 0;

  const addScore = (el: Element, points: number): void => {
    let s = scores.get(el);
    if (s === undefined) s = (TAG_BASE_SCORE[el.tagName] ?? 0) + classWeight(el);
    scores.set(el, s + points);
  };

  /** Starts walking `el`, or returns false when it is skipped (hidden, chrome, no prose). */
  const enter = (el: Element, shielded: boolean): boolean => {
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || (stripUnlikely && NEVER_CONTENT.has(tag))) return false;
    if (el.hasAttributes() && (isHidden(el) || (stripUnlikely && isUnlikely(el, tag, shielded)))) return false;
    frames.push({ el, tag, stats: emptyStats(), inner: shielded || tag === 'TABLE' || tag === 'CODE', next: el.firstChild });
    return true;
  };

  /** All of `frame`'s children are measured: record it, score it into its ancestors (the
   *  frames still on the stack) and add it to its parent's measurements. */
  const finish = (frame: Frame): void => {
    const { el, tag, stats: s } = frame;
    stats.set(el, s);
    const paragraph = PARAGRAPH_TAGS.has(tag) ? s.text : DIV_LIKE.has(tag) ? s.inline : 0;
    if (paragraph >= 25 && frames.length > 0) {
      const commas = paragraph === s.text ? s.commas : Math.round((s.commas * s.inline) / Math.max(1, s.text));
      const points = 1 + commas + Math.min(Math.floor(paragraph / 100), 3);
      for (let level = 0; level < 5 && frames.length - 1 - level >= 0; level++) {
        const ancestor = frames[frames.length - 1 - level]!.el;
        addScore(ancestor, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
      }
    }
    const parent = frames[frames.length - 1];
    if (!parent) return;
    const p = parent.stats;
    p.text += s.text;
    p.link += tag === 'A' ? s.text : s.link;
    p.commas += s.commas;
    p.p += s.p + (tag === 'P' ? 1 : 0);
    p.img += s.img + (tag === 'IMG' ? 1 : 0);
    p.li += s.li + (tag === 'LI' ? 1 : 0);
    p.input += s.input;
    p.embed += s.embed;
    if (!BLOCK_TAGS.has(tag) && tag !== 'IMG') p.inline += s.text;
  };

  enter(body, false);
  while (frames.length > 0) {
    const top = frames[frames.length - 1]!;
    const child = top.next;
    if (!child) {
      frames.pop();
      finish(top);
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      const len = trimmedLength(data);
      if (len === 0) continue;
      top.stats.text += len;
      top.stats.inline += len;
      top.stats.commas += countCommas(data);
    } else if (child.nodeType === 1) {
      const c = child as Element;
      const ctag = c.tagName;
      if (ctag === 'INPUT') top.stats.input++;
      else if (EMBED_TAGS.has(ctag)) top.stats.embed++;
      enter(c, top.inner);
      if (++visited % STEP_ELEMENTS === 0) yield;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el) ?? emptyStats())));
  return { stats, scores };
}

/** Chooses the article's container and the siblings that belong with it. */
export function chooseRoot(body: Element, { stats, scores }: Scan): ArticleRoot | null {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  const best = ranked[0];
  if (!best || best[1] < MIN_TOP_SCORE) return null; // nothing but links and scraps
  let top = best[0];
  const topScore = best[1];
  // several near-equal candidates under one ancestor: the ancestor is the article
  const alternatives = ranked.slice(1).filter(([, s]) => s / topScore >= 0.75).map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      if (alternatives.filter((alt) => p.contains(alt)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  // climb while the parent scores better than the child
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const ps = scores.get(p);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  while (top !== body && top.parentElement && top.parentElement !== body && top.parentElement.childElementCount === 1) {
    top = top.parentElement;
  }
  if (top === body) return { root: top, parts: [top] };
  const chosen = gatherSiblings(top, stats, scores);
  // the article is split over same-class boxes, one level up (story-body-1, story-body-2 ...)
  const parent = top.parentElement;
  if (chosen.parts.length === 1 && parent && parent !== body && hasTwin(parent, scores, Math.max(10, (scores.get(top) ?? 0) * 0.2))) {
    return gatherSiblings(parent, stats, scores);
  }
  return chosen;
}

function hasTwin(el: Element, scores: Map<Element, number>, threshold: number): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !el.parentElement) return false;
  for (let sib = el.parentElement.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib !== el && sib.getAttribute('class') === cls && (scores.get(sib) ?? 0) >= threshold) return true;
  }
  return false;
}

/** Readability's sibling rule: boxes next to the top candidate that also look like content. */
function gatherSiblings(top: Element, stats: Map<Element, ElementStats>, scores: Map<Element, number>): ArticleRoot {
  const parent = top.parentElement;
  if (!parent) return { root: top, parts: [top] };
  const ownScore = scores.get(top) ?? 0;
  const siblingThreshold = Math.max(10, ownScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const parts: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const st = stats.get(sib);
    if (!st) continue;
    let score = scores.get(sib);
    if (score !== undefined && topClass !== '' && sib.getAttribute('class') === topClass) score += ownScore * 0.2;
    if (score !== undefined && score >= siblingThreshold) parts.push(sib);
    else if (sib.tagName === 'P') {
      const density = linkDensity(st);
      if ((st.text > 80 && density < 0.25) || (st.text > 0 && st.text <= 80 && density === 0 && /\.( |$)/.test(sib.textContent ?? ''))) {
        parts.push(sib);
      }
    }
  }
  return parts.length === 1 ? { root: top, parts } : { root: parent, parts };
}
