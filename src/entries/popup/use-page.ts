// The popup's view of its tab: which tab (?tab=ID, else the active tab), the content
// script's PageState (polled while analysing), the settings, and the actions on them.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { tabs } from '../../platform/browser';
import { askTab, UNREACHABLE } from '../../platform/ask';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  saveSettings,
  withGlobal,
  withSite,
  type Settings,
} from '../../platform/settings';
import type { PageState } from '../../protocol';

export type View =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'failed'; error: string }
  | { kind: 'page'; state: PageState };

const POLL_MS = 250;

/** The tab this popup is about: `?tab=<id>` when opened as a page, else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return tabs.activeTabId();
}

export function usePage() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState(false);
  const poll = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback((reply: Awaited<ReturnType<typeof askTab<'facts/get'>>>) => {
    clearTimeout(poll.current);
    if (!reply.ok) {
      setView(reply.error === UNREACHABLE ? { kind: 'unreachable' } : { kind: 'failed', error: reply.error });
      return;
    }
    setView({ kind: 'page', state: reply.value });
    return reply.value.status === 'analysing';
  }, []);

  const refresh = useCallback(
    async (id: number) => {
      const again = show(await askTab(id, 'facts/get', {}));
      if (again) poll.current = setTimeout(() => void refresh(id), POLL_MS);
    },
    [show],
  );

  useEffect(() => {
    let alive = true;
    void (async () => {
      const id = await resolveTabId(location.search);
      if (!alive) return;
      setTabId(id);
      setSettings(await loadSettings());
      if (id === null) setView({ kind: 'unreachable' });
      else await refresh(id);
    })();
    const stop = onSettingsChanged(setSettings);
    return () => {
      alive = false;
      stop();
      clearTimeout(poll.current);
    };
  }, [refresh]);

  const analyzeAnyway = useCallback(async () => {
    if (tabId === null) return;
    setBusy(true);
    setView((v) => (v.kind === 'page' ? { kind: 'page', state: { ...v.state, status: 'analysing' } } : v));
    const again = show(await askTab(tabId, 'facts/analyze', {}));
    setBusy(false);
    if (again) poll.current = setTimeout(() => void refresh(tabId), POLL_MS);
  }, [tabId, show, refresh]);

  const reveal = useCallback(
    (start: number, end: number) => {
      if (tabId !== null) void askTab(tabId, 'facts/reveal', { start, end });
    },
    [tabId],
  );

  const setSite = useCallback(
    async (site: string, on: boolean) => {
      const next = withSite(await loadSettings(), site, on);
      setSettings(next);
      await saveSettings(next);
      if (tabId !== null) setTimeout(() => void refresh(tabId), 50);
    },
    [tabId, refresh],
  );

  const setGlobal = useCallback(
    async (on: boolean) => {
      const next = withGlobal(await loadSettings(), on);
      setSettings(next);
      await saveSettings(next);
      if (tabId !== null) setTimeout(() => void refresh(tabId), 50);
    },
    [tabId, refresh],
  );

  return { tabId, view, settings, busy, analyzeAnyway, reveal, setSite, setGlobal };
}
