// Reads whether a page is light or dark, so our cards and buttons in the page match it.
// Read-only: looks at computed background colours, changes nothing.

/** Relative luminance of a CSS rgb()/rgba() colour, or null when transparent/unknown. */
export function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && parseFloat(m[4]) === 0) return null;
  const lin = (c: string): number => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/** True when the page's body (or root) background is dark. */
export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const node of [doc.body, doc.documentElement]) {
    if (!node) continue;
    const l = luminance(view.getComputedStyle(node).backgroundColor);
    if (l !== null) return l < 0.2;
  }
  return false; // transparent all the way down: the browser's white canvas
}
