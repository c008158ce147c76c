// The URL a page's annotations are filed under (its canonical link when present, no fragment,
// no tracking parameters). Its own module: the content entry asks with it whether the page has
// saved notes before it loads the annotation feature.
import { normalizePageUrl } from '../../../core/url/page-url';

export function pageUrlOf(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href ?? null;
  return normalizePageUrl(doc.location.href, canonical);
}
