// Where the "pages with notes" index lives in storage.local (./noted-pages keeps it): one key
// per page that has saved notes, named by the page's normalised URL, and one key saying the
// index has been built. Its own tiny module: the content script reads these keys on every page,
// in the same storage.local.get as the settings, instead of asking the background.

/** Present (true) once every page with notes in the database has its key. */
export const NOTED_PAGES_READY_KEY = 'claimlight.notedPages.ready';

const NOTED_PAGE_PREFIX = 'claimlight.noted:';

/** The key of one page (url as normalised by normalizePageUrl). */
export const notedPageKey = (url: string): string => NOTED_PAGE_PREFIX + url;
