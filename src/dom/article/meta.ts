// The article's title, language and address, read from the document's metadata in one
// pass over <head> (selector queries over a whole page cost more than the rest).

export interface PageMeta {
  title: string;
  lang: string;
  url: string;
}

export function readPageMeta(doc: Document): PageMeta {
  let ogTitle = '';
  let canonical = '';
  let ogUrl = '';
  let contentLang = '';
  const head = doc.head;
  if (head) {
    for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.tagName;
      if (tag === 'META') {
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
        const content = el.getAttribute('content')?.trim() ?? '';
        if (!content) continue;
        if ((key === 'og:title' || key === 'twitter:title') && !ogTitle) ogTitle = content;
        else if (key === 'og:url' && !ogUrl) ogUrl = content;
        else if ((el.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language') contentLang = content;
      } else if (tag === 'LINK' && !canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') {
        canonical = el.getAttribute('href') ?? '';
      }
    }
  }
  return {
    title: ogTitle || headlineOf(doc),
    lang: (doc.documentElement.getAttribute('lang') || contentLang).trim(),
    url: webUrl(doc, canonical) ?? webUrl(doc, ogUrl) ?? doc.URL,
  };
}

function headlineOf(doc: Document): string {
  const h1 = doc.getElementsByTagName('h1')[0]?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  // "Headline | Site" -> "Headline"
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const cut = title.search(/\s[|\-–—»:]\s[^|\-–—»:]*$/);
  return cut > 15 ? title.slice(0, cut) : title;
}

function webUrl(doc: Document, href: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The base for the article's relative links: the document's own base when it is on the
 *  web, else (a saved page) the page's canonical address. */
export function linkBase(doc: Document, url: string): string {
  const base = doc.baseURI;
  return /^https?:/i.test(base) ? base : url;
}
