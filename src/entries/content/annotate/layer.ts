// The one element the annotation feature adds to a page: a host in a closed shadow root that
// holds the floating "Annotate" button, the editor and the note card. The host is a manual
// popover, so it sits in the top layer above the page (and above a fact card opened before
// it); panels are positioned in viewport coordinates next to the text they belong to and
// follow it when the page scrolls. Created on first use and kept; re-attached if the page
// removes it. Keystrokes typed into it do not reach the page's own shortcuts.
import { pageIsDark } from '../../../dom/page-theme';
import { ANNOTATE_CSS } from './styles';

export const LAYER_HOST_TAG = 'claimlight-annotate';
const GAP = 8;

export type Placement = 'above-end' | 'below';

const HOST_STYLE: ReadonlyArray<[string, string]> = [
  ['position', 'fixed'],
  ['inset', 'auto'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['background', 'transparent'],
  ['overflow', 'visible'],
  ['z-index', '2147483646'],
  ['display', 'block'],
];

export class Layer {
  private host: HTMLElement | null = null;
  private root: HTMLElement | null = null;
  private shown: { el: HTMLElement; anchor: () => DOMRect | null; where: Placement } | null = null;
  private frame = 0;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView;
    const follow = (): void => {
      if (!this.shown) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.reposition());
    };
    view?.addEventListener('scroll', follow, { capture: true, passive: true });
    view?.addEventListener('resize', follow, { passive: true });
  }

  /** Is this node the layer's host? (Nodes inside the closed shadow root are not visible to the page.) */
  owns(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  private container(): HTMLElement {
    if (!this.host || !this.root) {
      const host = this.doc.createElement(LAYER_HOST_TAG);
      for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
      if ('popover' in host) host.setAttribute('popover', 'manual');
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = ANNOTATE_CSS;
      const root = this.doc.createElement('div');
      root.className = 'layer';
      shadow.append(style, root);
      for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
      this.host = host;
      this.root = root;
    }
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.raise();
    this.root.classList.toggle('dark', pageIsDark(this.doc));
    return this.root;
  }

  /** To the top of the top layer (showing again puts it above popovers opened since). */
  private raise(): void {
    const host = this.host as (HTMLElement & { showPopover?: () => void; hidePopover?: () => void }) | null;
    if (!host?.showPopover) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover?.();
      host.showPopover();
    } catch {
      // not in a document that allows popovers; the fixed position and z-index still apply
    }
  }

  /** Shows `el` next to the text `anchor` measures (re-measured as the page scrolls). */
  show(el: HTMLElement, anchor: () => DOMRect | null, where: Placement): void {
    this.hide();
    el.classList.add('float');
    this.container().append(el);
    this.shown = { el, anchor, where };
    this.reposition();
  }

  hide(): void {
    this.shown?.el.remove();
    this.shown = null;
  }

  private reposition(): void {
    if (!this.shown) return;
    const { el, anchor, where } = this.shown;
    const rect = anchor();
    const view = this.doc.defaultView!;
    if (!rect) return;
    const box = el.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let x: number;
    let y: number;
    if (where === 'above-end') {
      x = rect.right - box.width / 2;
      y = rect.top - box.height - 2;
      if (y < GAP) y = rect.bottom + 2;
    } else {
      x = rect.left;
      y = rect.bottom + GAP;
      if (y + box.height > vh - GAP && rect.top - box.height - GAP > GAP) y = rect.top - box.height - GAP;
    }
    x = Math.max(GAP, Math.min(x, vw - box.width - GAP));
    el.style.left = `${Math.round(x)}px`;
    el.style.top = `${Math.round(y)}px`;
  }
}

