// Issue 4, in real browsers: notes saved in one profile are exported from the library as a
// dated Claimlight JSON file (a real download), imported into a fresh profile through the
// library's file input (same records in that browser's IndexedDB), re-imported without
// duplicates, and a malformed file is refused whole, naming what and where, store unchanged.
//
// Each browser needs two profiles and its download captured, which the shared TestBrowser does
// not expose, so this file launches them with the harness's lower-level launchers:
//   Chromium: launchChromiumContext (playwright persistent context) twice; the download is
//             Playwright's `download` event, read from the file it saved.
//   Firefox:  launchFirefoxWithAddon with download prefs pointing at a temp dir, so the blob
//             <a download> lands there as a real file; the library tab is opened through the
//             VITE_E2E background hook (openFirefoxExtensionPage: Firefox refuses
//             moz-extension:// navigation over BiDi).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { ElementHandle, Page as PptrPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../src/core/export';
import type { AnnotationDraft } from '../../src/core/model/annotation';
import { BROWSERS, browserMissingReason, launchChromiumContext, launchFirefoxWithAddon, openFirefoxExtensionPage } from './harness/browsers';
import { E2E_DIST } from './harness/paths';
import { startServer, type StaticServer } from './harness/server';

const LIBRARY_PATH = 'src/entries/library/index.html';
const ARTICLE_URL = 'https://www.example-gazette.com/2026/11/chipmaker-buyback';

const DRAFTS: AnnotationDraft[] = [
  {
    page: { url: ARTICLE_URL, title: 'Chipmaker weighs a buyback | E2E Gazette', site: 'www.example-gazette.com' },
    target: { quote: { exact: 'revenue of $12.4 billion', prefix: 'The chipmaker reported ', suffix: ' for the quarter' }, position: { start: 40, end: 64 } },
    note: 'compare with last year',
    label: 'important',
    tags: ['earnings', 'chips'],
    color: 'blue',
  },
  {
    page: { url: ARTICLE_URL, title: 'Chipmaker weighs a buyback | E2E Gazette', site: 'www.example-gazette.com' },
    target: { quote: { exact: 'the board had discussed a buyback', prefix: 'familiar with the matter said ', suffix: ' of roughly' }, position: { start: 180, end: 213 } },
    note: 'who are these people?',
    label: 'needs-source',
    tags: ['buyback'],
    color: 'orange',
  },
  {
    page: { url: 'https://news.example.org/ai-spending', title: 'Can the AI boom last?', site: 'news.example.org' },
    target: { quote: { exact: 'the boom in artificial intelligence spending', prefix: 'arguing about whether ', suffix: ' can last' }, position: { start: 12, end: 56 } },
    note: '',
    label: null,
    tags: [],
    color: 'yellow',
  },
];

// ------------------------------------------------------------------ in-page functions

/** In an extension page: saves each draft through the background, as the content script does. */
async function saveDrafts(drafts: AnnotationDraft[]): Promise<string[]> {
  type Runtime = { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; value?: { id: string } }> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome)!.runtime;
  const ids: string[] = [];
  for (const draft of drafts) {
    const reply = await runtime.sendMessage({ type: 'annotations/add', payload: { draft } });
    if (!reply.ok || !reply.value) throw new Error(`annotations/add failed: ${reply.error ?? '?'}`);
    ids.push(reply.value.id);
  }
  return ids;
}

/** In an extension page: every stored row of the real IndexedDB, sorted by id. */
function readStoredRows(): Promise<Array<Record<string, unknown> & { id: string }>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('claimlight');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('annotations', 'readonly').objectStore('annotations').getAll();
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        db.close();
        const rows = get.result as Array<Record<string, unknown> & { id: string }>;
        resolve(rows.sort((a, b) => (a.id < b.id ? -1 : 1)));
      };
    };
  });
}

/** In the library: the notes listed, as the reader sees them. */
function listedNotes(): Array<{ quote: string; note: string; label: string; tags: string[] }> {
  return [...document.querySelectorAll('li.item')].map((li) => ({
    quote: li.querySelector('.item-quote')?.textContent?.trim() ?? '',
    note: li.querySelector('.item-note')?.textContent?.trim() ?? '',
    label: li.querySelector('.label-chip')?.textContent?.trim() ?? '',
    tags: [...li.querySelectorAll('.tag-chip')].map((t) => (t.textContent?.trim() ?? '').replace(/^#/, '')), // shown as "#tag"
  }));
}

/** In the library: the first page and the saved count are on screen (so the DB is open). */
function libraryReady(): boolean {
  return document.querySelector('.top-count') !== null && !document.querySelector('.bulk-range')?.textContent?.includes('Loading');
}

function toastText(): string {
  return document.querySelector('.toast span')?.textContent ?? '';
}

// ------------------------------------------------------------------ one profile per driver

interface Download {
  name: string;
  text: string;
}

interface LibraryTab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  /** clicks Export → "Claimlight JSON" and returns the file the browser downloaded */
  exportClaimlightJson(): Promise<Download>;
  /** chooses `file` in the library's import file input */
  importFile(file: string): Promise<void>;
}

interface Profile {
  openLibrary(): Promise<LibraryTab>;
  close(): Promise<void>;
}

async function launchChromiumProfile(): Promise<Profile> {
  const chromium = await launchChromiumContext(E2E_DIST.chromium);
  const wrap = (page: PwPage): LibraryTab => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 30_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    exportClaimlightJson: async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Claimlight JSON', exact: true }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    },
    importFile: (file) => page.setInputFiles('#import-file', file),
  });
  return {
    openLibrary: async () => {
      const page = await chromium.context.newPage();
      await page.goto(`${chromium.extensionOrigin}/${LIBRARY_PATH}`, { waitUntil: 'load' });
      return wrap(page);
    },
    close: () => chromium.close(),
  };
}

/** Polls `dir` until a finished claimlight-*.json is there (Firefox writes NAME.part first). */
async function waitForDownloadedFile(dir: string, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let lastSize = -1;
  for (;;) {
    const names = readdirSync(dir);
    const done = names.find((n) => /^claimlight-.*\.json$/.test(n));
    if (done && !names.some((n) => n.endsWith('.part'))) {
      const size = statSync(join(dir, done)).size;
      if (size > 0 && size === lastSize) return done;
      lastSize = size;
    }
    if (Date.now() > deadline) throw new Error(`no finished download in ${dir} after ${timeoutMs} ms (saw: ${names.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function launchFirefoxProfile(server: StaticServer): Promise<Profile> {
  const downloadDir = mkdtempSync(join(tmpdir(), 'claimlight-ff-downloads-'));
  // save every download straight into downloadDir, without asking
  const browser = await launchFirefoxWithAddon(E2E_DIST.firefox, {
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.manager.showWhenStarting': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json',
  });

  const wrap = (page: PptrPage): LibraryTab => ({
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 30_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
    },
    exportClaimlightJson: async () => {
      for (const old of readdirSync(downloadDir)) rmSync(join(downloadDir, old), { force: true });
      const button = await page.waitForSelector('::-p-xpath(//button[normalize-space()="Claimlight JSON"])', { timeout: 30_000 });
      await button!.click();
      const name = await waitForDownloadedFile(downloadDir);
      return { name, text: readFileSync(join(downloadDir, name), 'utf8') };
    },
    importFile: async (file) => {
      const input = (await page.waitForSelector('#import-file', { timeout: 30_000 })) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
  });

  return {
    openLibrary: async () => wrap(await openFirefoxExtensionPage(browser, LIBRARY_PATH, server.url('/none'), server.origin)),
    close: async () => {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------ the tests

/** Waits for the library's message to match `pattern`, returns it. */
async function waitForToast(tab: LibraryTab, pattern: RegExp): Promise<string> {
  await tab
    .waitFor((src) => new RegExp(src).test(document.querySelector('.toast span')?.textContent ?? ''), pattern.source, 30_000)
    .catch(async () => {
      throw new Error(`no message matching ${pattern} — the library shows «${await tab.evaluate(toastText, undefined)}»`);
    });
  return tab.evaluate(toastText, undefined);
}

async function openReadyLibrary(profile: Profile): Promise<LibraryTab> {
  const tab = await profile.openLibrary();
  await tab.waitFor(libraryReady, undefined, 30_000);
  return tab;
}

const comparable = (notes: ReturnType<typeof listedNotes>): string[] =>
  notes.map((n) => JSON.stringify(n)).sort();

for (const name of BROWSERS) {
  const missing = browserMissingReason(name);
  const label = missing ? `export and import [${name}] — SKIPPED: ${missing}` : `export and import [${name}]`;

  describe.skipIf(missing !== null)(label, () => {
    let server: StaticServer;
    const profiles: Profile[] = [];
    let fileDir = '';
    const launchProfile = async (): Promise<Profile> => {
      const p = name === 'chromium' ? await launchChromiumProfile() : await launchFirefoxProfile(server);
      profiles.push(p);
      return p;
    };

    beforeAll(async () => {
      server = await startServer();
      fileDir = mkdtempSync(join(tmpdir(), 'claimlight-transfer-'));
    });
    afterAll(async () => {
      for (const p of profiles) await p.close().catch(() => undefined);
      await server?.close();
      if (fileDir) rmSync(fileDir, { recursive: true, force: true });
    });

    it('exports from one profile, imports into a fresh one, skips duplicates, refuses malformed files whole', { timeout: 300_000 }, async () => {
      // ---- profile A: three notes, then Export → Claimlight JSON
      const profileA = await launchProfile();
      const saver = await openReadyLibrary(profileA);
      await saver.evaluate(saveDrafts, DRAFTS);
      // a library opened after the saves lists them (Firefox will not reload a moz-extension
      // page over BiDi, so a second tab rather than a reload)
      const libraryA = await openReadyLibrary(profileA);
      await libraryA.waitFor((n) => document.querySelectorAll('li.item').length === n, DRAFTS.length, 30_000);
      await libraryA.waitFor(libraryReady, undefined, 30_000);
      const rowsA = await libraryA.evaluate(readStoredRows, undefined);
      expect(rowsA).toHaveLength(DRAFTS.length);
      const listedA = await libraryA.evaluate(listedNotes, undefined);

      const download = await libraryA.exportClaimlightJson();
      expect(download.name).toMatch(/^claimlight-\d{4}-\d{2}-\d{2}\.json$/);
      const parsed = parseImport(download.text);
      if (!parsed.ok) throw new Error(`the exported file does not parse: ${parsed.error}`);
      expect(parsed.format).toBe('claimlight');
      const exportedDoc = JSON.parse(download.text) as { schema: string; count: number };
      expect(exportedDoc.schema).toMatch(/^claimlight\.annotations\//);
      expect(exportedDoc.count).toBe(DRAFTS.length);
      // the file holds exactly the stored annotations (the rows without their index-only fields)
      const storedAnnotations = rowsA.map(({ words: _w, tagKeys: _t, labelKey: _l, ...annotation }) => annotation);
      expect([...parsed.annotations].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(storedAnnotations);
      for (const draft of DRAFTS) {
        expect(parsed.annotations).toContainEqual(expect.objectContaining({ target: draft.target, note: draft.note, label: draft.label, tags: draft.tags }));
      }
      const exportedFile = join(fileDir, download.name);
      writeFileSync(exportedFile, download.text);

      // ---- profile B (fresh): import the file through the file input
      const profileB = await launchProfile();
      const libraryB = await openReadyLibrary(profileB);
      expect(await libraryB.evaluate(readStoredRows, undefined)).toEqual([]);
      await libraryB.importFile(exportedFile);
      const added = await waitForToast(libraryB, /^Imported /);
      expect(added).toBe(`Imported ${DRAFTS.length}: ${DRAFTS.length} added, 0 updated, 0 skipped as duplicates`);
      await libraryB.waitFor((n) => document.querySelectorAll('li.item').length === n, DRAFTS.length, 30_000);
      expect(comparable(await libraryB.evaluate(listedNotes, undefined))).toEqual(comparable(listedA));
      for (const draft of DRAFTS) {
        expect(listedA).toContainEqual(expect.objectContaining({ quote: draft.target.quote.exact, note: draft.note, tags: draft.tags }));
      }
      expect(listedA.map((n) => n.label).sort()).toEqual(['Important', 'Needs source', 'No label']);
      const rowsB = await libraryB.evaluate(readStoredRows, undefined);
      expect(rowsB).toEqual(rowsA);

      // ---- the same file again: nothing new
      await libraryB.importFile(exportedFile);
      const again = await waitForToast(libraryB, /0 added/);
      expect(again).toBe(`Imported ${DRAFTS.length}: 0 added, 0 updated, ${DRAFTS.length} skipped as duplicates`);
      expect(await libraryB.evaluate(readStoredRows, undefined)).toEqual(rowsA);

      // ---- malformed: the 2nd annotation has no target.quote.exact
      const broken = JSON.parse(download.text) as { annotations: Array<{ target: { quote: Record<string, unknown> } }> };
      delete broken.annotations[1]!.target.quote.exact;
      const brokenFile = join(fileDir, 'transfer-missing-exact.json');
      writeFileSync(brokenFile, JSON.stringify(broken, null, 2));
      await libraryB.importFile(brokenFile);
      const refused = await waitForToast(libraryB, /^Nothing imported from transfer-missing-exact\.json/);
      expect(refused).toContain('annotations[1].target.quote.exact');
      expect(await libraryB.evaluate(readStoredRows, undefined)).toEqual(rowsA);

      // ---- malformed: not JSON at all
      const notJsonFile = join(fileDir, 'transfer-not-json.json');
      writeFileSync(notJsonFile, 'quote,note\n"revenue of $12.4 billion",compare\n');
      await libraryB.importFile(notJsonFile);
      const notJson = await waitForToast(libraryB, /^Nothing imported from transfer-not-json\.json/);
      expect(notJson).toContain('Not a JSON file');
      expect(await libraryB.evaluate(readStoredRows, undefined)).toEqual(rowsA);
      expect(await libraryB.evaluate((n) => document.querySelectorAll('li.item').length === n, DRAFTS.length)).toBe(true);
    });
  });
}
