import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, highlightsOnFor, parseSettings, withGlobal, withSite } from './settings';

describe('settings', () => {
  it('parses what storage holds, dropping junk', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: false, sites: { 'a.com': false, 'b.com': 'no', '': true }, extra: 1 })).toEqual({
      enabled: false,
      sites: { 'a.com': false },
    });
  });

  it('is on everywhere by default; a site can be switched off and on again', () => {
    const s0 = parseSettings(undefined);
    expect(highlightsOnFor(s0, 'news.example')).toBe(true);
    const s1 = withSite(s0, 'news.example', false);
    expect(highlightsOnFor(s1, 'news.example')).toBe(false);
    expect(highlightsOnFor(s1, 'other.example')).toBe(true);
    const s2 = withSite(s1, 'news.example', true);
    expect(highlightsOnFor(s2, 'news.example')).toBe(true);
    expect(s2.sites).toEqual({});
  });

  it('the global switch off wins over every site', () => {
    const off = withGlobal(withSite(DEFAULT_SETTINGS, 'a.com', false), false);
    expect(highlightsOnFor(off, 'b.com')).toBe(false);
    const on = withGlobal(off, true);
    expect(highlightsOnFor(on, 'b.com')).toBe(true);
    expect(highlightsOnFor(on, 'a.com')).toBe(false); // the site's own choice is kept
  });
});
