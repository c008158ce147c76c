// What the content script reads from storage.local when it starts on a page, in ONE call: the
// settings and whether this page has saved notes (the index that storage/noted-pages keeps
// whenever notes are written). Asking storage.local does not wake the background, which a
// message on every page visit did.
import { NOTED_PAGES_READY_KEY, notedPageKey } from '../storage/noted-pages-keys';
import { nativeStorage } from './native';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export interface PageStart {
  settings: Settings;
  /** whether the page has saved notes; null while the index is not built yet (ask the background) */
  hasNotes: boolean | null;
}

/** The keys to read for the page at `pageUrl` (normalised, as notes are filed). */
export const pageStartKeys = (pageUrl: string): string[] => [SETTINGS_KEY, NOTED_PAGES_READY_KEY, notedPageKey(pageUrl)];

/** What storage.local held under pageStartKeys(pageUrl), made sense of. */
export function pageStartFrom(got: Record<string, unknown>, pageUrl: string): PageStart {
  const indexed = got[NOTED_PAGES_READY_KEY] === true;
  return { settings: parseSettings(got[SETTINGS_KEY]), hasNotes: indexed ? got[notedPageKey(pageUrl)] === true : null };
}

export async function readPageStart(pageUrl: string): Promise<PageStart> {
  return pageStartFrom(await nativeStorage.getMany(pageStartKeys(pageUrl)), pageUrl);
}
