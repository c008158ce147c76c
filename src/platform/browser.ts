// The one place that imports webextension-polyfill: a narrow, promise-based view of the
// extension APIs the popup, library and background use (runtime, tabs, commands, menus).
// The content script uses ./native instead, to stay small; storage goes through ./native
// everywhere, since storage.local returns promises natively in both browsers.
import browser from 'webextension-polyfill';

export type { Sender as MessageSender } from './native';
export { nativeStorage as storage } from './native';

export const runtime = {
  get id(): string {
    return browser.runtime.id;
  },
  getURL: (path: string): string => browser.runtime.getURL(path),
  openOptionsPage: (): Promise<void> => browser.runtime.openOptionsPage(),
  sendMessage: (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message),
};

export const tabs = {
  sendMessage: (tabId: number, message: unknown): Promise<unknown> => browser.tabs.sendMessage(tabId, message),
  /** Ids of every open tab (no "tabs" permission needed for ids). */
  async allTabIds(): Promise<number[]> {
    return (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  },
  async activeTabId(): Promise<number | null> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
};

export const commands = {
  onCommand(listener: (command: string, tabId: number | null) => void): void {
    browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => listener(command, tab?.id ?? null));
  },
};

export const menus = {
  create: (props: browser.Menus.CreateCreatePropertiesType): void => {
    browser.contextMenus.create(props);
  },
  /** Removes this extension's menu items (before creating them again on start-up). */
  removeAll: (): Promise<void> => browser.contextMenus.removeAll(),
  onClicked(listener: (info: browser.Menus.OnClickData, tabId: number | null) => void): void {
    browser.contextMenus.onClicked.addListener((info, tab) => listener(info, tab?.id ?? null));
  },
};
