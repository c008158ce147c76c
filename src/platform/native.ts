// The extension APIs the content script needs (runtime messaging, storage.local), over the
// browser's own namespace instead of webextension-polyfill: Chrome MV3 and Firefox both
// return promises from these calls, and replies use sendResponse, which both support. This
// keeps the script injected into every page small (the polyfill alone is ~3 KB gzipped).
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;
const api = (): Api => ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export const nativeRuntime = {
  get id(): string {
    return api().runtime.id;
  },
  getURL: (path: string): string => api().runtime.getURL(path),
  /** Sends a message to the background (its reply, or a rejection when nobody answers). */
  sendMessage: (message: unknown): Promise<unknown> => api().runtime.sendMessage(message),
  /** Listens for messages; the listener's promise becomes the reply. */
  onMessage(listener: (message: unknown, sender: Sender) => Promise<unknown>): () => void {
    const wrapped = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true => {
      listener(message, sender).then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: String(e) }));
      return true; // the reply comes asynchronously
    };
    const onMessage = api().runtime.onMessage as unknown as {
      addListener(l: typeof wrapped): void;
      removeListener(l: typeof wrapped): void;
    };
    onMessage.addListener(wrapped);
    return () => onMessage.removeListener(wrapped);
  },
};

export const nativeStorage = {
  async get<T>(key: string): Promise<T | undefined> {
    const got = await api().storage.local.get(key);
    return got[key] as T | undefined;
  },
  /** Several keys in one call (one round trip to the browser): the values found, by key. */
  getMany: (keys: readonly string[]): Promise<Record<string, unknown>> => api().storage.local.get([...keys]),
  set: (key: string, value: unknown): Promise<void> => api().storage.local.set({ [key]: value }),
  setMany: (items: Record<string, unknown>): Promise<void> => api().storage.local.set(items),
  remove: (keys: readonly string[]): Promise<void> => api().storage.local.remove([...keys]),
  onChanged(key: string, listener: (value: unknown) => void): () => void {
    const wrapped = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const change = changes[key];
      if (area === 'local' && change) listener(change.newValue);
    };
    api().storage.onChanged.addListener(wrapped);
    return () => api().storage.onChanged.removeListener(wrapped);
  },
};
