// Content script entry, injected into every http(s) page at document_idle. Kept small (under
// 5 KB gzipped with its static imports, which vite.config.ts bundles into ONE classic script:
// an ES module graph costs every page far more; docs/adr/in-page-loading.md): it runs the cheap
// "is this an article?" check, reads the settings and whether the page has saved notes from
// storage.local in one call, and answers the popup. Only for articles (or when the reader
// asks) does it load the session chunk with the DOM reader, highlights and cards; the
// annotation feature loads only when the page needs it (./annotate/on-demand).
import { isProbablyArticle } from '../../dom/article/probably';
import { watchContent } from '../../dom/watch/mutations';
import { highlightsOnFor, onSettingsChanged, type Settings, DEFAULT_SETTINGS } from '../../platform/settings';
import { readPageStart } from '../../platform/page-start';
import { self, serve } from '../../platform/messaging';
import { contentRequests, type ContentRequests } from '../../protocol/content';
import { createRouter, type Handlers } from '../../protocol/define';
import type { PageState } from '../../protocol/facts';
import type { Session } from './session';
import { annotationsOnDemand } from './annotate/on-demand';
import { pageUrlOf } from './annotate/page-key';
import { benchChunkEnd, benchStart, benchStep } from './bench-marks';

const site = location.hostname;
let settings: Settings = DEFAULT_SETTINGS;
/** the toggle-highlights command's choice for this tab, until the settings change */
let tabOverride: boolean | null = null;
let looksLikeArticle = false;
let session: Session | null = null;
let loading: Promise<Session> | null = null;
/** why the session chunk could not be loaded (the page is going away, or the extension was updated) */
let loadError: string | null = null;
const annotations = annotationsOnDemand(document);

const siteEnabled = (): boolean => highlightsOnFor(settings, site);
const highlightsWanted = (): boolean => tabOverride ?? siteEnabled();

function loadSession(): Promise<Session> {
  loading ??= import('./session').then(
    ({ createSession, onSaveFact }) => {
      loadError = null;
      onSaveFact(annotations.saveFact); // "Save" on a card loads the annotation feature
      benchStep('session loaded');
      session = createSession(document, () => session?.setPainted(highlightsWanted()));
      benchStep('session created');
      session.setPainted(highlightsWanted());
      return session;
    },
    (e: unknown) => {
      // Firefox refuses to load a module for a document that is being unloaded (the reader
      // left or reloaded the page while it was read). Forget the failed load, so a later
      // request can try again, and let the caller decide what to say.
      loading = null;
      loadError = e instanceof Error ? e.message : String(e);
      throw e;
    },
  );
  return loading;
}

async function analyse(): Promise<Session> {
  const s = await loadSession();
  if (s.status !== 'ready') await s.analyse();
  return s;
}

/** Starts an analysis nobody waits for. A failure is kept for the popup (state().error), not
 *  thrown: most often the page is being left, and an unhandled rejection would be logged. */
function analyseUnwaited(): void {
  analyse().catch(() => undefined);
}

function state(): PageState {
  const s = session;
  return {
    page: { url: location.href, title: document.title, site },
    status: s ? s.status : loadError ? 'error' : looksLikeArticle ? 'analysing' : 'not-article',
    highlights: !!s && highlightsWanted(),
    siteEnabled: siteEnabled(),
    facts: s?.facts ?? null,
    error: s?.error ?? loadError,
  };
}

const handlers: Handlers<Pick<ContentRequests, 'facts/get' | 'facts/analyze' | 'facts/reveal' | 'highlights/toggle'>> = {
  'facts/get': () => {
    // Opening the popup on an article whose site is switched off still lists its facts.
    if (looksLikeArticle && !session) analyseUnwaited();
    return state();
  },
  'facts/analyze': async () => {
    await analyse();
    return state();
  },
  'facts/reveal': async ({ start, end }) => (await analyse()).reveal(start, end),
  'highlights/toggle': async () => {
    tabOverride = !(session ? highlightsWanted() : false);
    const s = tabOverride ? await analyse() : session;
    s?.setPainted(highlightsWanted());
    return { highlights: !!s && highlightsWanted() };
  },
};

// The annotation messages go in the same router (one listener per tab): it checks the sender
// and validates the payload; their handlers load the annotation feature on first use.
serve(createRouter(contentRequests, { ...handlers, ...annotations.handlers }, self()));

async function start(): Promise<void> {
  benchStart(); // test build only: timings for bench:browser
  looksLikeArticle = isProbablyArticle(document); // first, so the popup never sees a stale "no"
  benchStep('isProbablyArticle');
  const pageUrl = pageUrlOf(document);
  benchChunkEnd();
  // One storage.local read for the settings and "does this page have saved notes?" (no
  // message to the background, which would wake its service worker on every page visit).
  try {
    const start = await readPageStart(pageUrl);
    settings = start.settings;
    void annotations.checkSavedNotes(start.hasNotes).catch(() => undefined);
  } catch {
    return; // the extension's storage is out of reach: the page is being left, or the extension was updated
  }
  session?.setPainted(highlightsWanted()); // the popup may have started a session meanwhile
  onSettingsChanged((next) => {
    settings = next;
    tabOverride = null;
    if (highlightsWanted() && looksLikeArticle && !session) analyseUnwaited();
    session?.setPainted(highlightsWanted());
  });
  if (looksLikeArticle) {
    if (highlightsWanted()) analyseUnwaited();
    return;
  }
  // Not an article yet: an SPA may still navigate to one. Look again when content settles.
  const stop = watchContent(document.documentElement, () => {
    if (session || !isProbablyArticle(document)) return;
    stop();
    looksLikeArticle = true;
    if (highlightsWanted()) analyseUnwaited();
  }, { debounceMs: 1500, isOurs: () => false });
}

void start();
