// A cheap check, run on every page: is there enough prose here to be an article? Counts
// long visible paragraphs, as Readability's isProbablyReaderable does, reading only as much
// of each as the score needs. Reads only.

const UNLIKELY_BOX = /-ad-|banner|breadcrumb|combx|comment|community|disqus|footer|header|menu|related|remark|rss|shoutbox|sidebar|skyscraper|social|sponsor|pagination|pager|popup/i;
const MAYBE_ARTICLE = /and|article|body|column|content|main|shadow/i;

function visible(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const style = el.getAttribute('style');
  return !style || !/display\s*:\s*none/i.test(style);
}

const NON_SPACE = /\S/;
const LAST_NON_SPACE = /\S\s*$/;

/** `el.textContent.trim().length`, read text node by text node and stopping once it reaches
 *  `cap` (the result is then some number >= cap). */
function trimmedTextLength(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let pos = 0;
  let first = -1; // where the trimmed text starts, in the concatenated text
  let end = 0; // and where it ends so far
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    const last = data.search(LAST_NON_SPACE);
    if (last >= 0) {
      if (first < 0) first = pos + data.search(NON_SPACE);
      end = pos + last + 1;
      if (end - first >= cap) return end - first;
    }
    pos += data.length;
  }
  return first < 0 ? 0 : end - first;
}

/** `el.matches('li p')` without a selector (whose first use costs ~1 ms in a fresh page). */
function insideListItem(el: Element): boolean {
  if (el.tagName !== 'P') return false;
  for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName === 'LI') return true;
  return false;
}

export function isProbablyArticle(doc: Document, minLength = 140, minScore = 20): boolean {
  const nodes = doc.querySelectorAll('p, pre, article');
  let score = 0;
  for (const el of nodes) {
    if (!visible(el)) continue;
    const hint = (el.getAttribute('class') ?? '') + ' ' + (el.id ?? '');
    if (UNLIKELY_BOX.test(hint) && !MAYBE_ARTICLE.test(hint)) continue;
    if (insideListItem(el)) continue;
    // enough text to pass the score is all that matters: never read a whole <article> of 1 MB
    const enough = minLength + Math.ceil((minScore - score) ** 2) + 1;
    const length = trimmedTextLength(el, enough);
    if (length < minLength) continue;
    score += Math.sqrt(length - minLength);
    if (score > minScore) return true;
  }
  return false;
}
