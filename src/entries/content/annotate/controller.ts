// The annotation feature in a page: loads this page's annotations from the background, places
// and paints them (again when the article is re-read or content loads late), and runs the
// in-page UI — the "Annotate" button by a selection, the editor, the note card with edit and
// delete (undo), and one-click saving of detected facts.
import type { Annotation, AnnotationDraft, AnnotationPatch } from '../../../core/model/annotation';
import { describe } from '../../../core/anchor';
import { flash } from '../../../dom/highlight/painter';
import type { FactRef } from '../../../dom/highlight/spans';
import { watchContent } from '../../../dom/watch/mutations';
import { askBackground } from '../ask';
import type { PageAnnotationsStatus, SaveFactTarget } from '../../../protocol/annotations-to-content';
import type { EditorFields } from '../../../ui/annotations/editor-state';
import { labelColor } from '../../../ui/annotations/palette';
import { ANNOTATE_SHORTCUT } from '../../../ui/annotations/shortcut';
import { currentArticle, onArticleAnalysed, type SaveFactRequest } from '../fact-actions';
import { placeAnnotations, stillPlaced, type Placed } from './anchoring';
import { currentPage, draftFromFact, draftFromFields } from './drafts';
import { h } from './dom';
import { buildEditor } from './editor-view';
import { Layer } from './layer';
import { buildNoteCard, buildUndoCard } from './note-card';
import { paintNotes as paint, type NotePaint } from './note-highlights';
import { PageText } from './page-text';
import { caretAt } from '../../../dom/caret';

const SELECTION_SETTLE_MS = 180;
const HOVER_OPEN_MS = 450;
const HOVER_CLOSE_MS = 350;
const UNDO_MS = 8000;

type Panel = {
  kind: 'button' | 'editor' | 'card' | 'undo' | 'message';
  el: HTMLElement;
  hover?: boolean;
  id?: string;
  /** the selection the "Annotate" button was shown for */
  range?: Range;
};

async function call<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(r.error === 'unreachable' ? 'Claimlight was updated or restarted — reload the page' : r.error);
  return r.value;
}

export class AnnotationsController {
  private readonly layer: Layer;
  private readonly text: PageText;
  private page = { url: '', title: '', site: '' };
  private annotations: Annotation[] = [];
  private placed: Placed[] = [];
  /** the text being annotated while the editor is open, painted as it will look */
  private pending: NotePaint | null = null;
  /** a saved note being edited, painted with the label and colour chosen so far */
  private preview: { id: string; look: NotePaint['annotation'] } | null = null;
  private missing: Annotation[] = [];
  private loaded: Promise<void> = Promise.resolve();
  private panel: Panel | null = null;
  private stopWatching: (() => void) | null = null;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {
    this.layer = new Layer(doc);
    this.text = new PageText(doc);
  }

  /** Loads and paints this page's annotations and starts listening to the reader. */
  start(): void {
    this.loaded = this.load();
    // nobody waits on this first load (status() and saving do, and say what went wrong): a
    // failure — the background out of reach as the page is left — must not be an unhandled rejection
    this.loaded.catch(() => undefined);
    onArticleAnalysed(() => {
      this.text.invalidate();
      if (this.annotations.length) this.place();
    });
    const view = this.doc.defaultView!;
    this.doc.addEventListener('selectionchange', () => this.onSelectionChange());
    view.addEventListener('pointerup', (e) => this.onPointerUp(e), true);
    view.addEventListener('click', (e) => this.onClick(e), true);
    view.addEventListener('mousemove', (e) => this.onMouseMove(e), { passive: true });
    view.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.panel && this.panel.kind !== 'editor') this.closePanel();
    });
  }

  /** The reader selected text before the feature was loaded: show "Annotate" for it. */
  noticeSelection(): void {
    this.onSelectionChange();
  }

  // ---- loading, placing, painting ----

  private async load(): Promise<void> {
    this.page = currentPage(this.doc);
    if (!/^https?:/.test(this.page.url)) return;
    this.annotations = await call(askBackground('annotations/for-page', { url: this.page.url }));
    if (this.annotations.length) {
      this.place();
      this.watch();
    }
  }

  /** Re-reads this page's annotations (after an edit elsewhere, e.g. in the library). */
  async refresh(): Promise<void> {
    this.text.invalidate();
    this.loaded = this.load();
    await this.loaded;
    if (!this.annotations.length) this.place();
  }

  private place(): void {
    const spaces = this.annotations.length ? this.text.spaces() : [];
    const { placed, missing } = placeAnnotations(this.annotations, spaces);
    this.placed = placed;
    this.missing = missing;
    this.paint();
  }

  private paint(): void {
    const preview = this.preview;
    const placed = preview ? this.placed.map((p) => (p.annotation.id === preview.id ? { range: p.range, annotation: preview.look } : p)) : this.placed;
    paint(this.pending ? [...placed, this.pending] : placed);
  }

  /** Late content (infinite scroll, "read more", an app that renders after load): place again. */
  private watch(): void {
    if (this.stopWatching || !this.doc.body) return;
    this.stopWatching = watchContent(
      this.doc.body,
      () => {
        this.text.invalidate();
        if (currentPage(this.doc).url !== this.page.url) {
          this.refresh().catch(() => undefined); // an in-app navigation to another article
          return;
        }
        if (this.missing.length || this.placed.some((p) => !stillPlaced(p.range))) this.place();
      },
      { isOurs: (node) => this.layer.owns(node) },
    );
  }

  // ---- reporting to the popup ----

  async status(): Promise<PageAnnotationsStatus> {
    await this.loaded.catch(() => undefined);
    if (currentPage(this.doc).url !== this.page.url) await this.refresh().catch(() => undefined); // an in-app navigation
    if (this.placed.some((p) => !stillPlaced(p.range))) this.place();
    return {
      url: this.page.url,
      found: this.placed.map((p) => ({ annotation: p.annotation, exact: p.exact })),
      missing: this.missing,
    };
  }

  reveal(id: string): boolean {
    const hit = this.placed.find((p) => p.annotation.id === id);
    if (!hit || !stillPlaced(hit.range)) return false;
    const node = hit.range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    el?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    flash(hit.range);
    return true;
  }

  // ---- saving ----

  private async add(draft: AnnotationDraft, range: Range | null): Promise<Annotation> {
    const saved = await call(askBackground('annotations/add', { draft }));
    this.annotations.push(saved);
    if (range) {
      this.placed.push({ annotation: saved, range, exact: true, start: saved.target.position.start });
      this.placed.sort((a, b) => a.start - b.start);
      this.paint();
    } else this.place();
    this.watch();
    return saved;
  }

  private async update(id: string, patch: AnnotationPatch): Promise<void> {
    const saved = await call(askBackground('annotations/update', { id, patch }));
    this.annotations = this.annotations.map((a) => (a.id === id ? saved : a));
    this.placed = this.placed.map((p) => (p.annotation.id === id ? { ...p, annotation: saved } : p));
    this.missing = this.missing.map((a) => (a.id === id ? saved : a));
    this.paint();
  }

  private async remove(annotation: Annotation, near: Range): Promise<void> {
    await call(askBackground('annotations/delete', { id: annotation.id }));
    const placedBefore = this.placed.find((p) => p.annotation.id === annotation.id);
    this.forget(annotation.id);
    const undo = buildUndoCard(
      this.doc,
      () => void this.undoDelete(annotation, placedBefore ?? null),
      () => this.closePanel(),
    );
    this.show({ kind: 'undo', el: undo.el }, near, undo.focus);
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => this.panel?.kind === 'undo' && this.closePanel(), UNDO_MS);
  }

  private forget(id: string): void {
    this.annotations = this.annotations.filter((a) => a.id !== id);
    this.placed = this.placed.filter((p) => p.annotation.id !== id);
    this.missing = this.missing.filter((a) => a.id !== id);
    this.paint();
  }

  private async undoDelete(annotation: Annotation, placed: Placed | null): Promise<void> {
    await call(askBackground('annotations/restore', { annotations: [annotation] }));
    this.annotations.push(annotation);
    if (placed && stillPlaced(placed.range)) {
      this.placed.push(placed);
      this.placed.sort((a, b) => a.start - b.start);
      this.paint();
    } else this.place();
    this.closePanel();
  }

  /** "Save" on a fact card (or from the popup): one click, the fact kept with the annotation. */
  async saveFact(req: SaveFactRequest): Promise<string> {
    await this.loaded.catch(() => undefined);
    const page = currentPage(this.doc);
    const dupe = this.annotations.find(
      (a) => a.page.url === page.url && a.target.quote.exact === req.quote.exact && a.target.position.start === req.position.start,
    );
    if (dupe) return 'Already saved';
    const quote = { exact: req.quote.exact, prefix: req.quote.prefix.slice(-32), suffix: req.quote.suffix.slice(0, 32) };
    await this.add(draftFromFact(page, { quote, position: req.position }, req.fact), req.range);
    return 'Saved to your notes';
  }

  /** The popup's "Save" on a fact: find the fact in the analysed article, then as above. */
  async saveFactAt(target: SaveFactTarget): Promise<string> {
    const article = currentArticle();
    if (!article) throw new Error('The page has not been analysed yet');
    const ref = findFact(article.facts, target);
    if (!ref) throw new Error('That fact is no longer on the page');
    const { quote, position } = describe(article.text, target.start, target.end);
    return this.saveFact({ fact: ref, position, quote, page: { url: this.page.url, title: this.doc.title }, range: article.map.toRange(target.start, target.end) });
  }

  // ---- the editor ----

  /** Opens the editor on the current selection (button, context menu, keyboard shortcut). */
  openEditorOnSelection(): boolean {
    const sel = this.doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return false;
    const range = sel.getRangeAt(0);
    if (this.layer.owns(range.commonAncestorContainer)) return false;
    this.openEditor(range.cloneRange());
    return true;
  }

  private openEditor(range: Range): void {
    const described = this.text.describeRange(range);
    const near = range;
    if (!described) {
      this.message('This part of the page can’t be annotated. Select text in the article.', near);
      return;
    }
    const exactRange = described.space.map.toRange(described.start, described.end) ?? range;
    const editor = buildEditor(this.doc, {
      quote: described.quote.exact,
      onChange: (fields) => {
        if (this.pending) this.pending = { range: exactRange, annotation: fields };
        this.paint();
      },
      onSave: async (fields: EditorFields) => {
        await this.loaded.catch(() => undefined);
        const page = currentPage(this.doc);
        await this.add(draftFromFields(page, { quote: described.quote, position: described.position }, fields), exactRange);
        this.doc.getSelection()?.removeAllRanges();
        this.closePanel();
      },
      onCancel: () => this.closePanel(),
    });
    this.show({ kind: 'editor', el: editor.el }, near, editor.focus);
    this.pending = { range: exactRange, annotation: { label: null, color: labelColor(null) } };
    this.paint();
  }

  private openEditorFor(placed: Placed): void {
    const a = placed.annotation;
    const near = placed.range;
    const editor = buildEditor(this.doc, {
      quote: a.target.quote.exact,
      saved: a,
      onChange: (fields) => {
        this.preview = { id: a.id, look: fields };
        this.paint();
      },
      onSave: async (fields) => {
        await this.update(a.id, fields);
        this.closePanel();
      },
      onCancel: () => this.closePanel(),
      onDelete: () => void this.remove(a, near).catch((e: unknown) => this.message(errorText(e), near)),
    });
    this.show({ kind: 'editor', el: editor.el, id: a.id }, near, editor.focus);
  }

  // ---- the note card ----

  private openCard(placed: Placed, hover: boolean): void {
    const a = placed.annotation;
    const near = placed.range;
    const card = buildNoteCard(this.doc, a, {
      onEdit: () => this.openEditorFor(placed),
      onDelete: () => void this.remove(a, near).catch((e: unknown) => this.message(errorText(e), near)),
      onClose: () => this.closePanel(),
    });
    this.show({ kind: 'card', el: card.el, hover, id: a.id }, near, hover ? null : card.focus);
  }

  private message(text: string, near: Range): void {
    const el = h(this.doc, 'div', { class: 'panel', role: 'status' }, h(this.doc, 'span', { class: 'status' }, text));
    this.show({ kind: 'message', el }, near, null);
    setTimeout(() => this.panel?.el === el && this.closePanel(), 4000);
  }

  private show(panel: Panel, near: Range, focus: (() => void) | null): void {
    this.closePanel();
    this.panel = panel;
    const anchor = (): DOMRect | null => (stillPlaced(near) ? lastRect(near) : null);
    this.layer.show(panel.el, anchor, panel.kind === 'button' ? 'above-end' : 'below');
    focus?.();
  }

  private closePanel(): void {
    if (this.pending || this.preview) {
      this.pending = null;
      this.preview = null;
      this.paint();
    }
    if (!this.panel) return;
    this.layer.hide();
    this.panel = null;
  }

  // ---- the reader's pointer and selection ----

  private onSelectionChange(): void {
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => this.updateButton(), SELECTION_SETTLE_MS);
  }

  private onPointerUp(e: PointerEvent): void {
    if (this.layer.owns(e.target as Node)) return;
    this.onSelectionChange();
  }

  private updateButton(): void {
    if (this.panel && (this.panel.kind === 'editor' || this.panel.kind === 'undo')) return;
    const sel = this.doc.getSelection();
    const range = sel && !sel.isCollapsed && sel.rangeCount ? sel.getRangeAt(0) : null;
    if (!range || sel!.toString().trim() === '' || this.layer.owns(range.commonAncestorContainer) || inEditable(range)) {
      if (this.panel?.kind === 'button') this.closePanel();
      return;
    }
    if (this.panel?.kind === 'card' && !this.panel.hover) return; // reading a note; a click elsewhere closes it
    // Already showing "Annotate" for this very selection: keep that button. Building a new one
    // swaps the element under the reader's pointer, and a press on the old button followed by
    // a release on the new one is no click on either (the click goes to their common
    // ancestor), so the first click would do nothing.
    if (this.panel?.kind === 'button' && this.panel.range && sameRange(this.panel.range, range)) return;
    const kept = range.cloneRange();
    const button = h(this.doc, 'button', { type: 'button', class: 'annotate-btn', title: `Add a note to the selected text (${ANNOTATE_SHORTCUT})` }, 'Annotate');
    // A little margin around the button that clicks too: easier to hit, and no near miss
    // that would drop the selection.
    const target = h(this.doc, 'div', { class: 'annotate-target' }, button);
    target.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep the selection
    target.addEventListener('click', () => this.openEditor(kept));
    this.show({ kind: 'button', el: target, range: kept }, kept, null);
  }

  private placedAt(x: number, y: number): Placed | null {
    if (this.placed.length === 0) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret || this.layer.owns(caret.node)) return null;
    let best: Placed | null = null;
    for (const p of this.placed) {
      let inside = false;
      try {
        inside = p.range.isPointInRange(caret.node, caret.offset) && rangeHasPoint(p.range, x, y);
      } catch {
        inside = false;
      }
      if (inside && (!best || p.range.toString().length < best.range.toString().length)) best = p;
    }
    return best;
  }

  /** Is a note under this point? (Lets the facts feature leave the point to the note.) */
  claims(x: number, y: number): boolean {
    return this.placedAt(x, y) !== null;
  }

  private onClick(e: MouseEvent): void {
    if (e.button !== 0 || this.layer.owns(e.target as Node)) return;
    if (!this.doc.getSelection()?.isCollapsed) return; // the reader is selecting
    const hit = this.placedAt(e.clientX, e.clientY);
    if (hit) {
      clearTimeout(this.hoverTimer);
      this.openCard(hit, false);
    } else if (this.panel && this.panel.kind !== 'editor' && this.panel.kind !== 'button') this.closePanel();
  }

  private onMouseMove(e: MouseEvent): void {
    if (this.placed.length === 0) return;
    const x = e.clientX;
    const y = e.clientY;
    const overLayer = this.layer.owns(e.target as Node);
    clearTimeout(this.hoverTimer);
    if (this.panel?.kind === 'card' && this.panel.hover) {
      const id = this.panel.id;
      clearTimeout(this.leaveTimer);
      if (!overLayer) {
        this.leaveTimer = setTimeout(() => {
          if (this.panel?.kind === 'card' && this.panel.hover && this.placedAt(x, y)?.annotation.id !== id) this.closePanel();
        }, HOVER_CLOSE_MS);
      }
    }
    if (overLayer || (this.panel && this.panel.kind !== 'card')) return;
    this.hoverTimer = setTimeout(() => {
      const hit = this.placedAt(x, y);
      if (hit && this.panel?.id !== hit.annotation.id) this.openCard(hit, true);
    }, HOVER_OPEN_MS);
  }
}

function findFact(facts: import('../../../core/model').Facts, t: SaveFactTarget): FactRef | null {
  const at = (p: { start: number; end: number }): boolean => p.start === t.start && p.end === t.end;
  switch (t.kind) {
    case 'figure': {
      const figure = facts.figures.find((f) => at(f.position));
      return figure ? { kind: 'figure', figure } : null;
    }
    case 'claim': {
      const claim = facts.claims.find((c) => at(c.position));
      return claim ? { kind: 'claim', claim } : null;
    }
    case 'unsourced': {
      const sentence = facts.unsourced.find((s) => at(s.position));
      return sentence ? { kind: 'unsourced', sentence } : null;
    }
    case 'opinion': {
      const sentence = facts.opinions.find((s) => at(s.position));
      return sentence ? { kind: 'opinion', sentence } : null;
    }
  }
}

function errorText(e: unknown): string {
  return `Could not do that: ${e instanceof Error ? e.message : String(e)}`;
}

function lastRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length ? rects[rects.length - 1]! : range.getBoundingClientRect();
}

function sameRange(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false; // in different documents or shadow trees
  }
}

function rangeHasPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

function inEditable(range: Range): boolean {
  const node = range.commonAncestorContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

