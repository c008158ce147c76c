// A cheap check, run on every page: is there enough prose here to be an article? Counts
// long visible paragraphs, as Readability's isProbablyReaderable does. Reads only.

const UNLIKELY_BOX = /-ad-|banner|breadcrumb|combx|comment|community|disqus|footer|header|menu|related|remark|rss|shoutbox|sidebar|skyscraper|social|sponsor|pagination|pager|popup/i;
const MAYBE_ARTICLE = /and|article|body|column|content|main|shadow/i;

function visible(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const style = el.getAttribute('style');
  return !style || !/display\s*:\s*none/i.test(style);
}

export function isProbablyArticle(doc: Document, minLength = 140, minScore = 20): boolean {
  const nodes = doc.querySelectorAll('p, pre, article');
  let score = 0;
  for (const el of nodes) {
    if (!visible(el)) continue;
    const hint = (el.getAttribute('class') ?? '') + ' ' + (el.id ?? '');
    if (UNLIKELY_BOX.test(hint) && !MAYBE_ARTICLE.test(hint)) continue;
    if (el.matches('li p')) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length < minLength) continue;
    score += Math.sqrt(length - minLength);
    if (score > minScore) return true;
  }
  return false;
}
