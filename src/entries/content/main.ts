// Content script entry, injected into every http(s) page at document_idle. Kept small (under
// 5 KB gzipped with its static imports; docs/adr/in-page-loading.md): it reads the settings,
// runs the cheap "is this an article?" check and answers the popup. Only for articles (or
// when the reader asks) does it load the session chunk with the engine, the DOM reader,
// highlights and cards; the annotation feature loads only when the page needs it
// (./annotate/on-demand).
import { isProbablyArticle } from '../../dom/article/probably';
import { watchContent } from '../../dom/watch/mutations';
import { highlightsOnFor, loadSettings, onSettingsChanged, type Settings, DEFAULT_SETTINGS } from '../../platform/settings';
import { self, serve } from '../../platform/messaging';
import { contentRequests, type ContentRequests } from '../../protocol/content';
import { createRouter, type Handlers } from '../../protocol/define';
import type { PageState } from '../../protocol/facts';
import type { Session } from './session';
import { annotationsOnDemand } from './annotate/on-demand';
import { benchChunkEnd, benchStart, benchStep } from './bench-marks';

const site = location.hostname;
let settings: Settings = DEFAULT_SETTINGS;
/** the toggle-highlights command's choice for this tab, until the settings change */
let tabOverride: boolean | null = null;
let looksLikeArticle = false;
let session: Session | null = null;
let loading: Promise<Session> | null = null;
const annotations = annotationsOnDemand(document);

const siteEnabled = (): boolean => highlightsOnFor(settings, site);
const highlightsWanted = (): boolean => tabOverride ?? siteEnabled();

function loadSession(): Promise<Session> {
  loading ??= Promise.all([import('./session'), import('./fact-actions')]).then(([{ createSession }, { onSaveFact }]) => {
    onSaveFact(annotations.saveFact); // "Save" on a card loads the annotation feature
    benchStep('session loaded');
    session = createSession(document, () => session?.setPainted(highlightsWanted()));
    benchStep('session created');
    session.setPainted(highlightsWanted());
    return session;
  });
  return loading;
}

async function analyse(): Promise<Session> {
  const s = await loadSession();
  if (s.status !== 'ready') await s.analyse();
  return s;
}

function state(): PageState {
  const s = session;
  return {
    page: { url: location.href, title: document.title, site },
    status: s ? s.status : looksLikeArticle ? 'analysing' : 'not-article',
    highlights: !!s && highlightsWanted(),
    siteEnabled: siteEnabled(),
    facts: s?.facts ?? null,
    error: s?.error ?? null,
  };
}

const handlers: Handlers<Pick<ContentRequests, 'facts/get' | 'facts/analyze' | 'facts/reveal' | 'highlights/toggle'>> = {
  'facts/get': () => {
    // Opening the popup on an article whose site is switched off still lists its facts.
    if (looksLikeArticle && !session) void analyse();
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
  void annotations.checkSavedNotes().catch(() => undefined);
  benchStep('checkSavedNotes');
  benchChunkEnd();
  settings = await loadSettings();
  session?.setPainted(highlightsWanted()); // the popup may have started a session meanwhile
  onSettingsChanged((next) => {
    settings = next;
    tabOverride = null;
    if (highlightsWanted() && looksLikeArticle && !session) void analyse();
    session?.setPainted(highlightsWanted());
  });
  if (looksLikeArticle) {
    if (highlightsWanted()) await analyse();
    return;
  }
  // Not an article yet: an SPA may still navigate to one. Look again when content settles.
  const stop = watchContent(document.documentElement, () => {
    if (session || !isProbablyArticle(document)) return;
    stop();
    looksLikeArticle = true;
    if (highlightsWanted()) void analyse();
  }, { debounceMs: 1500, isOurs: () => false });
}

void start();
