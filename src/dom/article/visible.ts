// Whether an element is hidden, judged from its attributes only (no layout, no computed
// style), so it is cheap in a live page and works the same on jsdom.

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** The class and id of an element as one string, for the hint word lists. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls ? (id ? cls + ' ' + id : cls) : (id ?? '');
}
