// Reads the article's text out of the chosen container(s): skips chrome left inside it
// (headline, bylines, share widgets, link lists, captions of empty boxes ...), turns block
// elements into line breaks and records where each text node and link landed.

import { TextMapBuilder, type TextMap } from '../text-map';
import { BLOCK_TAGS, BYLINE, CHROME_TAGS, SHARE, SKIP_TAGS } from './hints';
import { classWeight, type Scan } from './score';
import { type ElementStats, linkDensity } from './stats';
import { runSteps, STEP_ELEMENTS } from './steps';
import { classAndId } from './visible';

export interface ArticleLink {
  start: number;
  end: number;
  href: string;
}

export interface Collected {
  text: string;
  map: TextMap;
  links: ArticleLink[];
}

const CONDITIONAL = new Set(['DIV', 'SECTION', 'TABLE', 'UL', 'OL', 'DL']);

/** Readability's "clean conditionally": a box that looks like chrome rather than prose. */
function looksLikeChrome(el: Element, st: ElementStats): boolean {
  const tag = el.tagName;
  const weight = classWeight(el);
  if (weight < 0) return true;
  if (st.commas >= 10) return false;
  if (tag === 'TABLE' && isDataTable(el as HTMLTableElement)) return false;
  const isList = tag === 'UL' || tag === 'OL' || tag === 'DL';
  const density = linkDensity(st);
  return (
    (!isList && st.img > 1 && st.p / st.img < 0.5 && !el.querySelector('figure')) ||
    (!isList && st.li - 100 > st.p) ||
    st.input > Math.floor(st.p / 3) ||
    (!isList && st.text < 25 && (st.img === 0 || st.img > 2) && !el.querySelector('figure')) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (st.embed === 1 && st.text < 75) ||
    st.embed > 1
  );
}

/** A table of data rather than one used for layout (Readability's test, roughly). */
function isDataTable(table: HTMLTableElement): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.hasAttribute('summary') || table.querySelector('caption, th, thead, tfoot')) return true;
  if (table.querySelector('table')) return false;
  const rows = table.rows.length;
  const cols = table.rows[0]?.cells.length ?? 0;
  return rows >= 10 || cols > 4 || rows * cols > 10;
}

function isByline(el: Element, st: ElementStats): boolean {
  if (st.text >= 100) return false;
  const hint = classAndId(el);
  return (
    (hint !== '' && BYLINE.test(hint)) ||
    el.getAttribute('rel') === 'author' ||
    (el.getAttribute('itemprop') ?? '').includes('author')
  );
}

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A heading that repeats the page's title (the headline), word for word or nearly. */
function isHeadline(heading: string, titles: readonly string[]): boolean {
  const mine = words(heading);
  if (mine.length === 0) return false;
  return titles.some((t) => {
    const theirs = new Set(words(t));
    return theirs.size > 0 && mine.filter((w) => theirs.has(w)).length / mine.length >= 0.75;
  });
}

const HEADINGS = new Set(['H1', 'H2', 'H3']);

/** Reads the text of `parts`. With `raw`, everything visible is read (a caller-chosen root):
 *  no chrome filtering, only scripts, form controls and hidden elements are left out. */
export function collectText(doc: Document, parts: readonly Element[], scan: Scan, titles: readonly string[], linkBase: string, raw = false): Collected {
  return runSteps(collectTextSteps(doc, parts, scan, titles, linkBase, raw));
}

/** One element being read: what its children inherit and the next child to read. */
interface Frame {
  block: boolean;
  pre: boolean;
  inData: boolean;
  href: string | null;
  /** where the element's text starts (for its link) */
  start: number;
  next: ChildNode | null;
}

/** `collectText` as steps: the same walk, iterative, pausing every few hundred elements. */
export function* collectTextSteps(
  doc: Document,
  parts: readonly Element[],
  scan: Scan,
  titles: readonly string[],
  linkBase: string,
  raw = false,
): Generator<void, Collected> {
  const out = new TextMapBuilder();
  const links: ArticleLink[] = [];
  const partSet = new Set(parts);
  const frames: Frame[] = [];
  let visited = 0;

  /** Starts reading `el`, unless it is left out (chrome, hidden, a byline ...). */
  const enter = (el: Element, pre: boolean, inData: boolean): void => {
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag) || (!raw && CHROME_TAGS.has(tag))) return;
    if (tag === 'BR' || tag === 'HR') {
      out.lineBreak();
      return;
    }
    const st = scan.stats.get(el);
    if (!st) return; // hidden or unlikely: left out when measured
    if (!raw && !partSet.has(el)) {
      if (isByline(el, st)) return;
      if (st.text < 500 && SHARE.test(classAndId(el))) return;
      if (!inData && CONDITIONAL.has(tag) && looksLikeChrome(el, st)) return;
      if (HEADINGS.has(tag) && (classWeight(el) < 0 || isHeadline(el.textContent ?? '', titles))) return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.lineBreak();
    frames.push({
      block,
      pre: pre || tag === 'PRE',
      inData: inData || (tag === 'TABLE' && isDataTable(el as HTMLTableElement)),
      href: tag === 'A' ? el.getAttribute('href') : null,
      start: out.nextOffset,
      next: el.firstChild,
    });
  };

  for (const part of parts) {
    enter(part, false, false);
    while (frames.length > 0) {
      const top = frames[frames.length - 1]!;
      const child = top.next;
      if (!child) {
        frames.pop();
        if (top.href !== null) addLink(links, top.start, out.length, top.href, linkBase);
        if (top.block) out.lineBreak();
        continue;
      }
      top.next = child.nextSibling;
      if (child.nodeType === 3) out.addText(child as Text, top.pre);
      else if (child.nodeType === 1) {
        enter(child as Element, top.pre, top.inData);
        if (++visited % STEP_ELEMENTS === 0) yield;
      }
    }
  }
  yield;
  const { text, map } = out.build(doc);
  return { text, map, links: trimLinks(text, links) };
}

function addLink(links: ArticleLink[], start: number, end: number, href: string, base: string): void {
  if (end <= start || href.startsWith('#') || /^\s*javascript:/i.test(href)) return;
  try {
    links.push({ start, end, href: new URL(href, base).href });
  } catch {
    // not a URL: no link
  }
}

/** Link ends may sit on separators emitted around them: move them onto the link's text. */
function trimLinks(text: string, links: ArticleLink[]): ArticleLink[] {
  const kept: ArticleLink[] = [];
  for (const link of links) {
    let { start, end } = link;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) kept.push({ start, end, href: link.href });
  }
  return kept.sort((a, b) => a.start - b.start);
}
