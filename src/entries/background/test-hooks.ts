// TEST-ONLY hooks for the end-to-end suite (test/e2e). The background imports this module only
// when the build is made with VITE_E2E=1, so release builds carry none of it.
//
// Firefox refuses to navigate a tab to a moz-extension:// URL over WebDriver BiDi, so a test
// asks from inside the extension instead: it opens
//   http://127.0.0.1:PORT/__claimlight-e2e/open?page=<path in the build>&for=<url of a tab>
// and this hook sends that tab to <extension origin>/<page>?tab=<id of the tab showing "for">.
// Only loopback pages are obeyed, and only paths inside the extension.

interface HookTab {
  id?: number;
  url?: string;
}

interface HookApi {
  runtime: { getURL(path: string): string };
  tabs: {
    query(query: object): Promise<HookTab[]>;
    update(tabId: number, props: { url: string }): Promise<unknown>;
    onUpdated: { addListener(cb: (tabId: number, change: { url?: string }, tab: HookTab) => void): void };
  };
}

const HOOK_PATH = '/__claimlight-e2e/open';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function extensionApi(): HookApi {
  const g = globalThis as unknown as { browser?: HookApi; chrome?: HookApi };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('no extension API in this context');
  return api;
}

/** The request a hook URL carries, or null when the URL is not a hook request. */
export function parseHookUrl(raw: string): { page: string; forUrl: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname) || url.pathname !== HOOK_PATH) return null;
  const page = url.searchParams.get('page') ?? '';
  const forUrl = url.searchParams.get('for') ?? '';
  if (!/^[\w\-/.]+\.html$/.test(page) || page.includes('..') || forUrl === '') return null;
  return { page, forUrl };
}

async function openExtensionPage(api: HookApi, hookTabId: number, page: string, forUrl: string): Promise<void> {
  const tabs = await api.tabs.query({});
  const target = tabs.find((t) => t.url === forUrl);
  const tabParam = target?.id === undefined ? '' : `?tab=${target.id}`;
  await api.tabs.update(hookTabId, { url: api.runtime.getURL(page) + tabParam });
}

export function installTestHooks(): void {
  const api = extensionApi();
  const handled = new Set<string>();
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    const request = parseHookUrl(change.url ?? tab.url ?? '');
    if (!request) return;
    const key = `${tabId} ${change.url ?? tab.url}`;
    if (handled.has(key)) return;
    handled.add(key);
    openExtensionPage(api, tabId, request.page, request.forUrl).catch((e: unknown) =>
      console.error('[claimlight e2e] could not open', request.page, e),
    );
  });
  console.debug('[claimlight e2e] test hooks installed');
}

installTestHooks();
