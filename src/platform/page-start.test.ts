// The content script's one storage.local read at start: settings plus "does this page have
// saved notes?" from the noted-pages index, and "ask the background" while it is not built.
import { describe, expect, it } from 'vitest';
import { NOTED_PAGES_READY_KEY, notedPageKey } from '../storage/noted-pages-keys';
import { pageStartFrom, pageStartKeys } from './page-start';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './settings';

const URL_A = 'https://news.example/a';

describe('pageStartFrom', () => {
  it('reads the settings, the ready key and the page key', () => {
    expect(pageStartKeys(URL_A)).toEqual([SETTINGS_KEY, NOTED_PAGES_READY_KEY, notedPageKey(URL_A)]);
  });

  it('says null (ask the background) while the index is not built', () => {
    expect(pageStartFrom({ [notedPageKey(URL_A)]: true }, URL_A)).toEqual({ settings: DEFAULT_SETTINGS, hasNotes: null });
  });

  it('answers from the index once it is built', () => {
    const settings = { enabled: false, sites: {} };
    expect(pageStartFrom({ [SETTINGS_KEY]: settings, [NOTED_PAGES_READY_KEY]: true, [notedPageKey(URL_A)]: true }, URL_A)).toEqual({ settings, hasNotes: true });
    expect(pageStartFrom({ [NOTED_PAGES_READY_KEY]: true }, URL_A)).toEqual({ settings: DEFAULT_SETTINGS, hasNotes: false });
  });
});
