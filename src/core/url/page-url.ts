// The URL annotations of a page are stored under: the canonical link when the page gives one,
// else the address itself, without the fragment and tracking parameters, with a lower-case
// host. Pure: uses the WHATWG URL class every runtime provides (browsers, workers, Node).

/** The slice of the WHATWG URL API used here (core has no DOM lib). */
interface WhatwgUrl {
  protocol: string;
  hostname: string;
  host: string;
  hash: string;
  search: string;
  readonly searchParams: { forEach(cb: (value: string, name: string) => void): void; delete(name: string): void; sort(): void; toString(): string };
  toString(): string;
}
type WhatwgUrlConstructor = new (url: string, base?: string) => WhatwgUrl;
const URLClass = (globalThis as unknown as { URL: WhatwgUrlConstructor }).URL;

/** Query parameters that only track where a click came from. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'ncid', 'soc_src', 'soc_trk', 'ocid',
  'sr_share', 'spm', 'smid', '_ga', '_gl', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'ito', 'at_medium',
  'at_campaign', 'taid', 'tpcc', 'via', 'feature',
]);
/** Parameter name prefixes that only track (utm_source, mc_cid, pk_campaign …). */
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'hsa_', 'oly_', '__hs', 'vero_', 'stm_', 'itm_'];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * The normalised page URL. `canonical` (the page's <link rel=canonical>, possibly relative)
 * wins when it is an http(s) URL. Returns the input unchanged when it cannot be parsed.
 */
export function normalizePageUrl(url: string, canonical?: string | null): string {
  const chosen = (canonical && parseHttp(canonical, url)) || parseHttp(url);
  if (!chosen) return url;
  chosen.hash = '';
  // forEach, not keys(): in a Firefox content script the iterator keys() returns is not iterable.
  const names = new Set<string>();
  chosen.searchParams.forEach((_value, name) => names.add(name));
  for (const name of names) if (isTrackingParam(name)) chosen.searchParams.delete(name);
  if (chosen.searchParams.toString() === '') chosen.search = '';
  // URL already lower-cases the host; drop an explicit empty "?" or "#" left over.
  return chosen.toString().replace(/[?#]$/, '');
}

/** The site an annotation is filed under: the lower-case host name ("www.theverge.com"). */
export function siteOf(url: string): string {
  const parsed = parseHttp(url);
  return parsed ? parsed.hostname : '';
}

function parseHttp(url: string, base?: string): WhatwgUrl | null {
  try {
    const parsed = new URLClass(url.trim(), base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
