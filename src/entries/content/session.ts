// The article session, loaded only for articles (or on "Analyze anyway"): reads the article,
// has the background's engine analyse it in slices, paints highlights, answers pointer and keyboard with fact cards,
// reveals facts for the popup and re-analyses when the page's content changes.
// This module and what it imports form the lazily loaded session chunk (the engine itself
// runs in the background: docs/adr/engine-in-background.md).
import type { Facts } from '../../core/model';
import { readArticleChunked, type ArticleText } from '../../dom/article';
import { FactCard, CARD_HOST_TAG } from '../../dom/card/card';
import { cardModel } from '../../dom/card/model';
import { textFragmentUrl } from '../../dom/card/text-fragment';
import { clearPaint, flash, Painting } from '../../dom/highlight/painter';
import { factSpans, spanAt, stepIndex, steppable, type FactSpan } from '../../dom/highlight/spans';
import { watchContent } from '../../dom/watch/mutations';
import { deadline, yieldToPage as yieldUntimed } from '../../dom/watch/yield';
import { benchChunkEnd, benchChunkStart, benchPainted, benchStep, timedPause } from './bench-marks';
import { announceAnalysed, canSaveFacts, pointerClaimed, saveFact } from './fact-actions';

// the content entry registers "Save" on cards with this, from the same chunk (one file to load)
export { onSaveFact } from './fact-actions';
import { isStepKey } from './keys';
import { createSliceRunner } from './slices';
import { extractInBackground } from './engine-client';
import { caretAt } from '../../dom/caret';

export type SessionStatus = 'analysing' | 'ready' | 'error';

export interface Session {
  readonly status: SessionStatus;
  readonly facts: Facts | null;
  readonly error: string | null;
  /** analyses (again) now; resolves when done */
  analyse(): Promise<void>;
  setPainted(on: boolean): void;
  reveal(start: number, end: number): boolean;
}

const yieldToPage = timedPause(yieldUntimed); // timed in the test build only
const HOVER_DELAY_MS = 350;
const HOVER_CLOSE_MS = 300;
/** Work per task while building highlight ranges and reading the article, in ms: well
 *  under the 50 ms after which a task counts as long, with room for the page's own work. */
const RANGE_BUDGET_MS = 8;
const READ_BUDGET_MS = 12;

function emptyFacts(doc: Document): Facts {
  return {
    schema: 'claimlight.facts/1',
    url: doc.location.href,
    title: doc.title,
    lang: doc.documentElement.lang || 'en',
    text: { chars: 0, sentences: 0 },
    figures: [],
    claims: [],
    unsourced: [],
    opinions: [],
  };
}


function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

export function createSession(doc: Document, onChange: () => void): Session {
  benchChunkStart();
  const runner = createSliceRunner(extractInBackground);
  const card = new FactCard(doc);
  let status: SessionStatus = 'analysing';
  let facts: Facts | null = null;
  let error: string | null = null;
  let article: ArticleText | null = null;
  let spans: FactSpan[] = [];
  let steps: FactSpan[] = [];
  let stepAt = -1;
  let painted = false;
  let paintedRanges: Range[] = [];
  let generation = 0;
  let running: Promise<void> | null = null;
  let stopWatching: (() => void) | null = null;

  const isOurs = (node: Node): boolean => card.owns(node) || node.nodeName.toLowerCase() === CARD_HOST_TAG;

  /** Creates the highlights' ranges and fills them into a painting, a few ms at a time. */
  async function buildPainting(gen: number): Promise<{ painting: Painting; ranges: Range[] } | null> {
    const painting = new Painting();
    const ranges: Range[] = [];
    // nothing on screen yet: show the highlights as they fill, so the browser's work to draw
    // thousands of them is spread over frames too (a repaint swaps in one step: no flicker)
    if (paintedRanges.length === 0) painting.show();
    let outOfTime = deadline(RANGE_BUDGET_MS);
    for (const span of spans) {
      if (!span.highlight || !article) continue;
      const range = article.map.toRange(span.start, span.end);
      if (range) {
        painting.add(span.highlight, range);
        ranges.push(range);
      }
      if (outOfTime()) {
        await yieldToPage();
        if (gen !== generation) return null;
        outOfTime = deadline(RANGE_BUDGET_MS);
      }
    }
    return { painting, ranges };
  }

  async function repaint(gen: number): Promise<void> {
    if (!painted || (spans.length === 0 && paintedRanges.length === 0)) return; // nothing to show or clear
    const built = await buildPainting(gen);
    if (!built || gen !== generation || !painted) return;
    benchStep('ranges built');
    built.painting.paint(); // one synchronous swap: no flicker
    benchPainted(built.ranges.length);
    paintedRanges = built.ranges;
  }

  async function run(alreadyRead?: ArticleText | null): Promise<void> {
    const gen = ++generation;
    try {
      const read = alreadyRead === undefined ? await readPage() : alreadyRead;
      benchStep('article read');
      await yieldToPage();
      if (gen !== generation) return;
      article = read;
      facts = read
        ? await runner.run(read.text, { url: read.url, title: read.title, lang: read.lang, links: read.links }, yieldToPage)
        : emptyFacts(doc);
      if (gen !== generation) return;
      benchStep('facts merged');
      await yieldToPage(); // the merge may have used this task's budget; sorting the spans gets its own
      if (gen !== generation) return;
      spans = factSpans(facts);
      steps = steppable(spans);
      benchStep('spans');
      stepAt = -1;
      status = 'ready';
      error = null;
      await repaint(gen);
      if (read) announceAnalysed({ text: read.text, map: read.map, facts, root: read.root });
    } catch (e) {
      status = 'error';
      error = e instanceof Error ? e.message : String(e);
    }
    if (gen === generation) {
      onChange();
      startWatching();
    }
    benchChunkEnd();
  }

  /** Analyses again; `read` is the article when the caller has just read it. */
  function analyse(read?: ArticleText | null): Promise<void> {
    if (running && read === undefined) return running; // already on it
    status = status === 'ready' ? 'ready' : 'analysing';
    const current: Promise<void> = run(read).finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  }

  /** Our highlights still sit on live text: nothing to redo when the text is the same too. */
  function stillPainted(): boolean {
    return paintedRanges.every((r) => r.startContainer.isConnected && r.endContainer.isConnected && !r.collapsed);
  }

  /** Reads the article in short chunks, giving the page back in between. A page with no
   *  article to find (the reader chose "Analyze anyway" on a shop or a front page) is read
   *  whole: all its visible text, as it was asked for. */
  async function readPage(): Promise<ArticleText | null> {
    const chunked = { pause: yieldToPage, budgetMs: READ_BUDGET_MS };
    return (await readArticleChunked(doc, chunked)) ?? (doc.body ? readArticleChunked(doc, { ...chunked, root: doc.body }) : null);
  }

  let lastReadMs = 0;
  let lastReadAt = 0;
  let reading = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function onContentSettled(): Promise<void> {
    clearTimeout(retry);
    // Reading a huge page takes a while even in chunks: never spend more than a sixth of the time on it.
    const wait = lastReadAt + lastReadMs * 5 - performance.now();
    if (running || reading || wait > 0) {
      retry = setTimeout(() => void onContentSettled(), Math.max(wait, 200));
      return;
    }
    const started = performance.now();
    reading = true;
    let next: ArticleText | null;
    try {
      next = await readPage();
    } finally {
      reading = false;
    }
    lastReadAt = performance.now();
    lastReadMs = lastReadAt - started;
    if (running) return; // an analysis started meanwhile reads the page itself
    if (next && article && next.text === article.text && next.url === article.url && stillPainted()) return;
    void analyse(next);
  }

  function startWatching(): void {
    if (stopWatching || !doc.body) return;
    // Changes in the article's container, i.e. the article and its siblings ("read more",
    // paragraphs loaded later), or anywhere once the article has left the document (an SPA
    // navigation) lead to a re-analysis; a ticker in the sidebar does not.
    const scope = (): Node | null => article?.root.parentNode ?? null;
    stopWatching = watchContent(doc.body, () => void onContentSettled(), { isOurs, scope });
  }

  // ---- the card: pointer, keyboard ----

  function spanFromPoint(x: number, y: number): { span: FactSpan; range: Range } | null {
    if (!article || !painted || pointerClaimed(x, y)) return null;
    const caret = caretAt(doc, x, y);
    if (!caret || isOurs(caret.node)) return null;
    const offset = article.map.fromDomPoint(caret.node, caret.offset);
    if (offset === null) return null;
    for (const at of [offset, offset - 1]) {
      const span = spanAt(spans, at);
      if (!span) continue;
      const range = article.map.toRange(span.start, span.end);
      if (range && rangeContainsPoint(range, x, y)) return { span, range };
    }
    return null;
  }

  function openCard(span: FactSpan, range: Range, how: { focus: boolean; hover: boolean }): void {
    if (!facts || !article) return;
    const model = cardModel(span.fact, facts);
    const quote = {
      exact: article.text.slice(span.start, span.end),
      prefix: article.text.slice(Math.max(0, span.start - 32), span.start),
      suffix: article.text.slice(span.end, span.end + 32),
    };
    const page = { url: doc.location.href, title: doc.title };
    card.open(
      model,
      range,
      {
        save: canSaveFacts()
          ? () => saveFact({ fact: span.fact, position: { start: span.start, end: span.end }, quote, page, range })
          : null,
        copyLink: () => textFragmentUrl(doc.location.href, quote),
      },
      how,
    );
    openSpan = span;
  }

  let openSpan: FactSpan | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let moveFrame = 0;
  let lastPointer = { x: 0, y: 0, target: null as EventTarget | null };

  function onPointerSettled(): void {
    const { x, y, target } = lastPointer;
    if (isOurs(target as Node) || !doc.getSelection()?.isCollapsed) return;
    const hit = spanFromPoint(x, y);
    if (hit && !(card.isOpen && openSpan === hit.span)) openCard(hit.span, hit.range, { focus: false, hover: true });
  }

  function onMouseMove(e: MouseEvent): void {
    lastPointer = { x: e.clientX, y: e.clientY, target: e.target };
    cancelAnimationFrame(moveFrame);
    moveFrame = requestAnimationFrame(() => {
      clearTimeout(hoverTimer);
      if (!painted || !article) return;
      const overCard = isOurs(lastPointer.target as Node);
      if (card.isOpen && card.openedByHover) {
        const stillOn = overCard || (openSpan && spanFromPoint(lastPointer.x, lastPointer.y)?.span === openSpan);
        clearTimeout(leaveTimer);
        if (!stillOn) leaveTimer = setTimeout(() => card.openedByHover && card.close(), HOVER_CLOSE_MS);
      }
      if (!overCard) hoverTimer = setTimeout(onPointerSettled, HOVER_DELAY_MS);
    });
  }

  function onClick(e: MouseEvent): void {
    if (!painted || e.button !== 0 || isOurs(e.target as Node)) return;
    if (!doc.getSelection()?.isCollapsed) return; // the reader is selecting text
    clearTimeout(hoverTimer);
    const hit = spanFromPoint(e.clientX, e.clientY);
    if (hit) openCard(hit.span, hit.range, { focus: false, hover: false });
  }

  function onKeyDown(e: KeyboardEvent): void {
    const dir = isStepKey(e);
    if (dir === 0 || !painted || !article || steps.length === 0 || isEditable(e.target)) return;
    e.preventDefault();
    e.stopPropagation();
    const caret = caretAt(doc, view.innerWidth / 2, 48); // first fact from the top of the view
    const viewportStart = (caret && article.map.fromDomPoint(caret.node, caret.offset)) ?? 0;
    stepAt = stepIndex(steps, stepAt, dir, viewportStart);
    const span = steps[stepAt];
    if (!span) return;
    const range = article.map.toRange(span.start, span.end);
    if (!range) return;
    scrollTo(range);
    flash(range);
    // open after the scroll has moved the fact into place
    setTimeout(() => openCard(span, range, { focus: true, hover: false }), prefersReducedMotion() ? 0 : 350);
  }

  const view = doc.defaultView!;
  view.addEventListener('mousemove', onMouseMove, { passive: true });
  view.addEventListener('click', onClick, true);
  view.addEventListener('keydown', onKeyDown, true);

  function prefersReducedMotion(): boolean {
    return view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  function scrollTo(range: Range): void {
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    // Instant when the tab is hidden (the popup opened as a tab): a smooth scroll would wait.
    const smooth = !prefersReducedMotion() && doc.visibilityState === 'visible';
    el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  }

  return {
    get status() {
      return status;
    },
    get facts() {
      return facts;
    },
    get error() {
      return error;
    },
    analyse: () => analyse(),
    setPainted(on: boolean) {
      if (on === painted) return;
      painted = on;
      if (on) void repaint(generation);
      else {
        card.close();
        clearPaint();
        paintedRanges = [];
      }
    },
    reveal(start: number, end: number) {
      const range = article?.map.toRange(start, end);
      if (!range) return false;
      scrollTo(range);
      flash(range);
      return true;
    },
  };
}
