// Background entry (service worker in Chrome, event page in Firefox): turns the
// toggle-highlights command into a message to the active tab, and answers protocol requests
// addressed to the background: the engine's (./engine) and the annotations' (./annotations). Listeners are registered synchronously at start, as an
// event page / service worker must.
import { commands } from '../../platform/browser';
import { askTab } from '../../platform/ask';
import { self, serve } from '../../platform/messaging';
import { backgroundRequests, createRouter, type BackgroundRequests, type Handlers } from '../../protocol';
import * as annotations from './annotations';
import * as engine from './engine';

/** What a background feature module may export. */
export interface BackgroundFeature {
  /** handlers for its request types in src/protocol (merged into the one router) */
  handlers?: Partial<Handlers<BackgroundRequests>>;
  /** registers its own listeners (menus, commands); called once at start */
  start?: () => void;
}

const features: BackgroundFeature[] = [engine, annotations];

const handlers: Partial<Handlers<BackgroundRequests>> = {};
for (const feature of features) Object.assign(handlers, feature.handlers ?? {});
serve(createRouter(backgroundRequests, handlers, self()));
for (const feature of features) feature.start?.();

commands.onCommand((command, tabId) => {
  if (command === 'toggle-highlights' && tabId !== null) void askTab(tabId, 'highlights/toggle', {});
});

if (import.meta.env.VITE_E2E === '1') {
  // Test-only hooks (written by the e2e suite); release builds carry none of this.
  void import('./test-hooks');
}
