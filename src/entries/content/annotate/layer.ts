// The one element the annotation feature adds to a page: a host in a closed shadow root that
// holds the floating "Annotate" button, the editor and the note card, positioned in document
// coordinates next to the text they belong to. Created on first use and kept; re-attached if
// the page removes it. Keystrokes typed into it do not reach the page's own shortcuts.
import { luminance } from '../../../dom/card/card';
import { ANNOTATE_CSS } from './styles';

export const LAYER_HOST_TAG = 'claimlight-annotate';
const GAP = 8;

export class Layer {
  private host: HTMLElement | null = null;
  private root: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** Is this node the layer's host? (Nodes inside the closed shadow root are not visible to the page.) */
  owns(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  /** The layer's container inside the shadow root. */
  container(): HTMLElement {
    if (!this.host || !this.root) {
      const host = this.doc.createElement(LAYER_HOST_TAG);
      host.style.setProperty('position', 'absolute', 'important');
      host.style.setProperty('top', '0', 'important');
      host.style.setProperty('left', '0', 'important');
      host.style.setProperty('z-index', '2147483646', 'important');
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
    this.root.classList.toggle('dark', pageIsDark(this.doc));
    return this.root;
  }

  /** Shows `el` next to `anchor` (below it, or above when there is no room), in document coordinates. */
  place(el: HTMLElement, anchor: DOMRect, where: 'end' | 'below' = 'below'): void {
    const view = this.doc.defaultView!;
    el.classList.add('float');
    el.style.visibility = 'hidden';
    el.style.left = '0px';
    el.style.top = '0px';
    if (!el.isConnected) this.container().append(el);
    const box = el.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let x: number;
    let y: number;
    if (where === 'end') {
      x = anchor.right - box.width / 2;
      y = anchor.bottom + GAP;
      if (y + box.height > vh) y = anchor.top - box.height - GAP;
    } else {
      x = anchor.left;
      y = anchor.bottom + GAP;
      if (y + box.height > vh && anchor.top - box.height - GAP > 0) y = anchor.top - box.height - GAP;
    }
    x = Math.max(GAP, Math.min(x, vw - box.width - GAP));
    el.style.left = `${x + view.scrollX}px`;
    el.style.top = `${Math.max(GAP, y) + view.scrollY}px`;
    el.style.visibility = '';
  }
}

function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const node of [doc.body, doc.documentElement]) {
    if (!node) continue;
    const l = luminance(view.getComputedStyle(node).backgroundColor);
    if (l !== null) return l < 0.2;
  }
  return false; // transparent all the way down: the browser's white canvas
}
