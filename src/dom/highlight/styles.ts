// Our ::highlight() style rules, in a page only while something of ours is painted there.
// Any ::highlight() rule makes the browser work out highlight styles for every element at
// every style recalculation: a full one on the cnet corpus page took 2.4 ms without and
// 19.8 ms with the rules we used to declare in the manifest for every page (Chromium 156,
// bench/style-cost.ts; the table in the ADR below). So the rules are added when highlights are shown and removed when
// they go, as constructed style sheets adopted by the document: no DOM node is added or
// changed (docs/adr/highlight-styles.md).

const sheets = new Map<string, CSSStyleSheet>();
const sheetText = new WeakMap<CSSStyleSheet, string>();

function supported(doc: Document): boolean {
  return typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && Array.isArray(doc.adoptedStyleSheets);
}

/** Puts the rules `css` on the page under `key` (replacing what that key had), or takes the
 *  key's rules off the page when `css` is null. Safe to call again with the same rules: a page
 *  that replaced its adopted sheets since gets ours back. */
export function setHighlightStyles(doc: Document, key: string, css: string | null): void {
  if (!supported(doc)) return;
  let sheet = sheets.get(key);
  const adopted = doc.adoptedStyleSheets;
  if (css === null) {
    if (sheet && adopted.includes(sheet)) doc.adoptedStyleSheets = adopted.filter((s) => s !== sheet);
    return;
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(key, sheet);
  }
  if (sheetText.get(sheet) !== css) {
    sheet.replaceSync(css);
    sheetText.set(sheet, css);
  }
  if (!adopted.includes(sheet)) doc.adoptedStyleSheets = [...adopted, sheet];
}
