// The fact card: a small box next to a highlighted fact, in a closed shadow root. Its host
// element is the only node Claimlight ever adds to a page, and only while a card is open.
// All page-derived text is set with textContent. One card at a time.
import type { CardModel } from './model';
import { CARD_CSS } from './styles';
import { pageIsDark } from '../page-theme';

export const CARD_HOST_TAG = 'claimlight-card';

export interface CardActions {
  /** present when something can save facts; resolves to a status line ("Saved") */
  save: (() => Promise<string>) | null;
  copyLink: () => string;
}

export interface OpenOptions {
  /** move keyboard focus into the card (opened from the keyboard) */
  focus: boolean;
  /** opened by hovering: closes again when the pointer leaves */
  hover: boolean;
}

const GAP = 8;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}


export class FactCard {
  private host: HTMLElement | null = null;
  private hoverMode = false;
  private anchor: Range | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  get openedByHover(): boolean {
    return this.hoverMode;
  }

  /** Is this node our card host (or inside it)? */
  owns(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  open(model: CardModel, anchor: Range, actions: CardActions, opts: OpenOptions): void {
    this.close();
    const doc = this.doc;
    const host = doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = el(doc, 'div', pageIsDark(doc) ? 'card dark' : 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `Claimlight: ${model.chip}`);

    const top = el(doc, 'div', 'top');
    top.append(el(doc, 'span', 'chip', model.chip));
    const close = el(doc, 'button', 'close', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.close());
    top.append(close);

    const headline = el(doc, 'div', 'headline', model.headline);
    if (model.href) {
      headline.append(' · ');
      const link = el(doc, 'a', '', 'link');
      link.href = model.href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      headline.append(link);
    }
    card.append(top, headline);
    if (model.detail) card.append(el(doc, 'div', 'detail', model.detail));

    const bar = el(doc, 'div', 'actions');
    const status = el(doc, 'span', 'status');
    status.setAttribute('role', 'status');
    const save = actions.save;
    if (save) {
      const saveButton = el(doc, 'button', 'act primary', 'Save');
      saveButton.addEventListener('click', () => {
        saveButton.disabled = true;
        save().then(
          (msg) => (status.textContent = msg),
          (e: unknown) => {
            status.textContent = `Not saved: ${e instanceof Error ? e.message : String(e)}`;
            saveButton.disabled = false;
          },
        );
      });
      bar.append(saveButton);
    }
    const copy = el(doc, 'button', 'act', 'Copy link to this fact');
    copy.addEventListener('click', () => {
      void this.copy(actions.copyLink(), shadow).then((done) => (status.textContent = done ? 'Link copied' : 'Could not copy'));
    });
    bar.append(copy, status);
    card.append(bar);
    shadow.append(style, card);

    const s = host.style;
    for (const [prop, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
      ['background', 'transparent'],
      ['overflow', 'visible'],
      ['inset', 'auto'],
      ['left', '0'],
      ['top', '0'],
      ['display', 'block'],
      ['visibility', 'hidden'],
    ] as const) {
      s.setProperty(prop, value, 'important');
    }
    host.setAttribute('popover', 'manual');
    (doc.body ?? doc.documentElement).append(host);
    try {
      host.showPopover(); // top layer: above the page's own stacking contexts
    } catch {
      /* no popover support: the fixed position and z-index still apply */
    }
    this.host = host;
    this.hoverMode = opts.hover;
    this.anchor = anchor;
    this.place();
    s.setProperty('visibility', 'visible', 'important');

    const view = doc.defaultView!;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') this.close();
    };
    const onPointerDown = (e: PointerEvent): void => {
      if (!e.composedPath().includes(host)) this.close();
    };
    let frame = 0;
    const onScroll = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.place());
    };
    view.addEventListener('keydown', onKey, true);
    view.addEventListener('pointerdown', onPointerDown, true);
    view.addEventListener('scroll', onScroll, { capture: true, passive: true });
    view.addEventListener('resize', onScroll, { passive: true });
    this.cleanups.push(() => {
      cancelAnimationFrame(frame);
      view.removeEventListener('keydown', onKey, true);
      view.removeEventListener('pointerdown', onPointerDown, true);
      view.removeEventListener('scroll', onScroll, true);
      view.removeEventListener('resize', onScroll);
    });
    if (opts.focus) (save ? bar.querySelector('button') : copy)?.focus();
  }

  close(): void {
    for (const undo of this.cleanups.splice(0)) undo();
    this.host?.remove();
    this.host = null;
    this.anchor = null;
    this.hoverMode = false;
  }

  /** Puts the card below the fact, or above it when there is no room; never over it. */
  private place(): void {
    const host = this.host;
    const anchor = this.anchor;
    if (!host || !anchor) return;
    const view = this.doc.defaultView!;
    const box = anchor.getBoundingClientRect();
    const first = anchor.getClientRects()[0] ?? box;
    const w = host.offsetWidth;
    const h = host.offsetHeight;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let top: number;
    if (box.bottom + GAP + h <= vh) top = box.bottom + GAP;
    else if (box.top - GAP - h >= 0) top = box.top - GAP - h;
    else top = first.bottom + GAP; // a sentence taller than the screen: below its first line
    const left = Math.max(GAP, Math.min(first.left, vw - w - GAP));
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(Math.max(GAP, top))}px`, 'important');
  }

  private async copy(text: string, shadow: ShadowRoot): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Fallback inside our own shadow root, so the page's DOM stays untouched.
      const buffer = this.doc.createElement('textarea');
      buffer.className = 'copybuf';
      buffer.value = text;
      shadow.append(buffer);
      buffer.select();
      let done = false;
      try {
        done = this.doc.execCommand('copy');
      } catch {
        done = false;
      }
      buffer.remove();
      return done;
    }
  }
}
