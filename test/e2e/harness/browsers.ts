// Launches the built extension in a real browser and hides the two drivers behind one small
// interface: Chromium through playwright-core (persistent context, unpacked extension), Firefox
// through puppeteer-core over WebDriver BiDi (temporary add-on with a pinned UUID).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PptrBrowser, type KeyInput, type Page as PptrPage } from 'puppeteer-core';
import { E2E_DIST, FIREFOX_ADDON_ID, FIREFOX_ADDON_UUID } from './paths';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CLAIMLIGHT_CHROMIUM ?? '/usr/lib/chromium/chromium',
  firefox: process.env.CLAIMLIGHT_FIREFOX ?? '/usr/bin/firefox-esr',
};
const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'sudo apt-get install chromium',
  firefox: 'sudo apt-get install firefox-esr',
};

export const VIEWPORT = { width: 1280, height: 800 } as const;

export function browserInstalled(name: BrowserName): boolean {
  return existsSync(EXECUTABLES[name]);
}

/** Why a browser's tests are skipped, or null when it is there. Under CI a missing browser throws. */
export function browserMissingReason(name: BrowserName): string | null {
  if (browserInstalled(name)) return null;
  const reason = `${name} not found at ${EXECUTABLES[name]} — its e2e tests are skipped; install it with \`${INSTALL_HINT[name]}\``;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  return reason;
}

export interface NewPageOptions {
  /** source of a script run in every document of the page before the page's own scripts */
  initScript?: string;
}

/** One tab, driven the same way in both browsers. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** polls fn(arg) in the page until it returns something truthy */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  /** a real mouse click at viewport coordinates */
  clickAt(x: number, y: number): Promise<void>;
  /** types text into whatever has focus */
  type(text: string): Promise<void>;
  /** presses a key with modifiers, e.g. "Control+Enter" */
  press(combo: string): Promise<void>;
  /** console errors and uncaught exceptions seen so far, as "text @ url" */
  errors: string[];
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** the extension's origin, e.g. chrome-extension://abc… or moz-extension://uuid */
  extensionOrigin: string;
  newPage(opts?: NewPageOptions): Promise<TestPage>;
  /**
   * Opens an extension page (path inside the build, e.g. src/entries/popup/index.html) in a tab
   * of its own, with ?tab=<id of the tab showing forUrl>.
   */
  openExtensionPage(path: string, forUrl: string, serverOrigin: string): Promise<TestPage>;
  close(): Promise<void>;
}

export async function launch(name: BrowserName): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(E2E_DIST.chromium) : launchFirefox(E2E_DIST.firefox);
}

// ---------------------------------------------------------------- Chromium (playwright-core)

function wrapPlaywrightPage(page: PwPage): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(`${e.message} @ ${e.stack ?? ''}`));
  return {
    errors,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (combo) => page.keyboard.press(combo),
    close: () => page.close(),
  };
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  /** the extension's service worker */
  worker: Worker;
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Chromium with the unpacked extension in `dist`, flags as toolchain.md says, fresh profile. */
export async function launchChromiumContext(dist: string): Promise<ChromiumWithExtension> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'claimlight-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLES.chromium,
    headless: false, // the real flag is below, as toolchain.md says
    viewport: VIEWPORT,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // (Node's URL gives origin "null" for chrome-extension:, so cut it by hand)
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  // the persistent context opens with one blank tab; close it so it does not linger
  for (const p of context.pages()) await p.close();
  return {
    context,
    worker,
    extensionOrigin,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(dist: string): Promise<TestBrowser> {
  const { context, worker, extensionOrigin, close } = await launchChromiumContext(dist);

  // tabs.query hides URLs from an extension without the "tabs" permission, so find the tab by
  // its window: ask CDP which window the page is in, then the extension for that window's tab.
  const tabIdFor = async (url: string): Promise<number | null> => {
    const page = [...context.pages()].reverse().find((p) => p.url() === url);
    if (!page) return null;
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
    await cdp.detach();
    return worker.evaluate(async (id) => {
      type Tabs = { query(q: object): Promise<Array<{ id?: number }>> };
      const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({ windowId: id, active: true });
      return tabs[0]?.id ?? null;
    }, windowId);
  };

  return {
    name: 'chromium',
    extensionOrigin,
    newPage: async (opts = {}) => {
      const page = await context.newPage();
      if (opts.initScript) await page.addInitScript(opts.initScript);
      return wrapPlaywrightPage(page);
    },
    openExtensionPage: async (path, forUrl) => {
      const tabId = await tabIdFor(forUrl);
      if (tabId === null) throw new Error(`no tab shows ${forUrl}`);
      const page = await context.newPage();
      const wrapped = wrapPlaywrightPage(page);
      await wrapped.goto(`${extensionOrigin}/${path}?tab=${tabId}`);
      return wrapped;
    },
    close,
  };
}

// ---------------------------------------------------------------- Firefox (puppeteer-core)

function wrapPuppeteerPage(page: PptrPage): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // over BiDi an Error argument prints as "JSHandle@error": ask the page for its stack
    void Promise.all(
      m.args().map((a) => a.evaluate((v: unknown) => (v instanceof Error ? `${v.message} ${v.stack ?? ''}` : String(v))).catch(() => '?')),
    ).then((parts) => {
      const where = m.stackTrace()[0]?.url ?? m.location().url ?? '';
      errors.push(`${m.text()} ${parts.join(' ')} @ ${where}`);
    });
  });
  page.on('pageerror', (e) => errors.push(`${e instanceof Error ? `${e.message} @ ${e.stack ?? ''}` : String(e)}`));
  return {
    errors,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
    },
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: async (combo) => {
      const keys = combo.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(key);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    close: () => page.close(),
  };
}

/** Waits until a tab that was sent to the test hook has landed on the extension page. */
async function waitForExtensionDocument(page: PptrPage, origin: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const ready = await page.evaluate(
        (o) => location.origin === o && document.readyState === 'complete',
        origin,
      );
      if (ready) return;
    } catch {
      // the document is being replaced; try again
    }
    if (Date.now() > deadline) {
      throw new Error(
        `the extension page did not open within ${timeoutMs} ms — is src/entries/background/test-hooks.ts ` +
          'imported by the background in the VITE_E2E build?',
      );
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Firefox ESR over WebDriver BiDi with the add-on in `dist` installed under its pinned UUID
 *  (so its origin is known), plus any further preferences (e.g. where downloads go). */
export async function launchFirefoxWithAddon(dist: string, extraPrefs: Record<string, unknown> = {}): Promise<PptrBrowser> {
  const browser: PptrBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      ...extraPrefs,
    },
  });
  await browser.installExtension(dist);
  return browser;
}

export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_ADDON_UUID}`;

/** Opens an extension page in a new window of `browser`. Firefox refuses to navigate to
 *  moz-extension:// over BiDi, so the VITE_E2E build's background hook does it: it watches for
 *  the hook URL and sends the tab to the page. A window of its own keeps other tabs visible
 *  (hidden tabs do not animate scrolls). */
export async function openFirefoxExtensionPage(browser: PptrBrowser, path: string, forUrl: string, serverOrigin: string): Promise<PptrPage> {
  const page = await browser.newPage({ type: 'window' });
  const hook = new URL('/__claimlight-e2e/open', serverOrigin);
  hook.searchParams.set('page', path);
  hook.searchParams.set('for', forUrl);
  await page.goto(hook.href, { waitUntil: 'load' });
  await waitForExtensionDocument(page, FIREFOX_EXTENSION_ORIGIN);
  return page;
}

export async function launchFirefox(dist: string): Promise<TestBrowser> {
  const browser = await launchFirefoxWithAddon(dist);
  const extensionOrigin = FIREFOX_EXTENSION_ORIGIN;
  return {
    name: 'firefox',
    extensionOrigin,
    newPage: async (opts = {}) => {
      const page = await browser.newPage();
      if (opts.initScript) await page.evaluateOnNewDocument(opts.initScript);
      return wrapPuppeteerPage(page);
    },
    // errors are collected from the extension page on: what the short-lived hook page logged
    // (the content script cut off by the navigation) is not the extension page's doing
    openExtensionPage: async (path, forUrl, serverOrigin) => wrapPuppeteerPage(await openFirefoxExtensionPage(browser, path, forUrl, serverOrigin)),
    close: () => browser.close(),
  };
}
