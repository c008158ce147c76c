// The library's TellTabs in the browser: one 'annotations/refresh' to every open tab. Tabs
// without our content script (browser pages, tabs opened before install) just do not answer.
import { askTab } from '../../platform/ask';
import { tabs } from '../../platform/browser';
import type { TellTabs } from './tell-tabs';

export const tellOpenTabs: TellTabs = (urls) => {
  void tabs
    .allTabIds()
    .then((ids) => Promise.all(ids.map((id) => askTab(id, 'annotations/refresh', { urls }))))
    .catch(() => undefined);
};
