// normalizePageUrl: canonical link, tracking parameters, fragment, host case.
import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizePageUrl, siteOf } from './page-url';

describe('normalizePageUrl', () => {
  it('drops tracking parameters and the fragment, keeps meaningful parameters in order', () => {
    expect(
      normalizePageUrl('https://www.example.com/news/story?id=42&utm_source=tw&utm_medium=social&fbclid=abc&page=2&gclid=x&mc_cid=1&ref=home#comments'),
    ).toBe('https://www.example.com/news/story?id=42&page=2');
  });

  it('removes an emptied query and fragment entirely', () => {
    expect(normalizePageUrl('https://example.com/a?utm_campaign=x#top')).toBe('https://example.com/a');
    expect(normalizePageUrl('https://example.com/a?#')).toBe('https://example.com/a');
  });

  it('lower-cases the host but not the path', () => {
    expect(normalizePageUrl('HTTPS://News.Example.COM/Tech/Story')).toBe('https://news.example.com/Tech/Story');
  });

  it('prefers the canonical link, resolved against the page address', () => {
    expect(normalizePageUrl('https://m.example.com/s/1?utm_source=x', 'https://www.example.com/story/1')).toBe('https://www.example.com/story/1');
    expect(normalizePageUrl('https://example.com/amp/story/1', '/story/1?utm_medium=amp')).toBe('https://example.com/story/1');
  });

  it('ignores a canonical link that is not http(s) and a page address it cannot parse', () => {
    expect(normalizePageUrl('https://example.com/a#x', 'javascript:alert(1)')).toBe('https://example.com/a');
    expect(normalizePageUrl('not a url')).toBe('not a url');
    expect(normalizePageUrl('file:///home/me/a.html')).toBe('file:///home/me/a.html');
  });

  it('recognises tracking parameter names case-insensitively', () => {
    expect(isTrackingParam('UTM_Source')).toBe(true);
    expect(isTrackingParam('fbclid')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('q')).toBe(false);
  });
});

describe('siteOf', () => {
  it('gives the lower-case host name, or empty for non-web URLs', () => {
    expect(siteOf('https://WWW.TheVerge.com:443/a')).toBe('www.theverge.com');
    expect(siteOf('about:blank')).toBe('');
  });
});
