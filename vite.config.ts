// Builds the extension for one browser: TARGET=chrome (service worker) or TARGET=firefox
// (background scripts + browser_specific_settings.gecko), both from the one manifest.json.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export const FIREFOX_ID = 'claimlight@claimlight.dev';

/** The Firefox manifest: same extension, background as event-page scripts, gecko settings. */
function firefoxManifest(manifest: typeof baseManifest): ManifestV3Export {
  const { service_worker, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        // 140 shipped the CSS Custom Highlight API; 142 accepts data_collection_permissions.
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

/** Vite wraps every dynamic import() in a preload helper (~550 B gzipped) that, with
 *  modulePreload off, only adds <link> elements for CSS: in the content script that would
 *  touch the page's DOM, and its CSS is declared in the manifest. A bare `load()` keeps the
 *  script injected into every page small (docs/adr/in-page-loading.md). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const barePreload = {
  name: 'claimlight:bare-preload',
  enforce: 'pre' as const,
  load(id: string) {
    if (id !== PRELOAD_HELPER) return null;
    // deps are only CSS files when modulePreload is off: fail loudly rather than drop them.
    return `export const __vitePreload = (load, deps) => {
      if (deps && deps.length) throw new Error('a lazily loaded chunk has CSS: declare it statically');
      return load();
    };`;
  },
};

/** The modules the content script imports statically (filled once the module graph is built).
 *  Rolldown would spread them over one chunk per set of entries sharing them (six files, each
 *  a separate fetch and compile on every page); the group below puts them all in one chunk.
 *  Likewise the modules an article's session loads (session + fact actions and what they import
 *  statically, beyond the content-shared ones) go in ONE chunk: each extra ES module file costs
 *  the page a fetch and a compile (bench/non-article.ts measured ~4 ms a file in a session). */
const contentStatic = new Set<string>();
const sessionStatic = new Set<string>();
const SESSION_ENTRIES = ['/src/entries/content/session.ts', '/src/entries/content/fact-actions.ts'];
const contentGraph = {
  name: 'claimlight:content-graph',
  buildEnd(this: { getModuleIds(): IterableIterator<string>; getModuleInfo(id: string): { importedIds: readonly string[] } | null }) {
    const ids = [...this.getModuleIds()];
    const find = (suffix: string): string | undefined => ids.find((id) => id.replace(/\\/g, '/').endsWith(suffix));
    const reach = (roots: ReadonlyArray<string | undefined>, into: Set<string>, except: ReadonlySet<string>): void => {
      into.clear();
      const visit = (id: string): void => {
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) {
          if (into.has(next) || except.has(next)) continue;
          into.add(next);
          visit(next);
        }
      };
      for (const root of roots) if (root) visit(root);
    };
    reach([find('/src/entries/content/main.ts')], contentStatic, new Set());
    const sessionRoots = SESSION_ENTRIES.map(find);
    reach(sessionRoots, sessionStatic, contentStatic);
    for (const root of sessionRoots) if (root) sessionStatic.add(root);
  },
};

/**
 * crxjs injects a small classic "loader" that import()s the content entry as an ES module; that
 * module graph (two files: the entry and the chunk above) costs every page ~10× more main-thread
 * time than running the same code as a classic script (bench/non-article.ts). Once the files
 * are written, this replaces the loader with the entry and its static imports bundled as ONE
 * classic script; its lazy import()s (session, fact actions, annotation feature) load the ES
 * chunks by their extension URL, as the loader did. The lazy chunks import the shared chunk as
 * a module of their own: stateless code, but module state is not shared with the classic copy.
 * CLAIMLIGHT_CONTENT_MODULES=1 keeps crxjs's module loader.
 */
const classicContentScript = {
  name: 'claimlight:classic-content-script',
  async writeBundle(options: { dir?: string }) {
    if (process.env.CLAIMLIGHT_CONTENT_MODULES === '1' || !options.dir) return;
    const outDir = options.dir;
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
    const loader = manifest.content_scripts?.[0]?.js?.[0];
    const assets = join(outDir, 'assets');
    const entry = readdirSync(assets).find((f) => f.startsWith('src-entries-content-main.ts-') && f.endsWith('.js'));
    if (!loader || !entry) throw new Error('classic content script: loader or content entry not found');
    const staticImports = (code: string): string[] => [...code.matchAll(/(?:^|[;}])\s*import\s*[^()`'"]*?from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]!);
    const shared = new Set(staticImports(readFileSync(join(assets, entry), 'utf8')));
    const bundle = await rolldown({
      input: entry,
      logLevel: 'silent',
      plugins: [{
        name: 'built-chunks',
        resolveId(id: string, importer?: string) {
          const file = id.replace(/^\.\//, '');
          if (!importer) return join(assets, file);
          // statically imported chunks are inlined; lazily imported ones stay ES chunks
          return shared.has(file) || staticImports(readFileSync(importer, 'utf8')).includes(file) ? join(assets, file) : { id: `__CLAIMLIGHT_CHUNK__${file}`, external: true };
        },
      }],
    });
    const { output } = await bundle.generate({ format: 'iife', minify: true, codeSplitting: false });
    await bundle.close();
    const code = output[0].code.replace(/import\(\s*[`"']__CLAIMLIGHT_CHUNK__([^`"']+)[`"']\s*\)/g, (_, file: string) => `import(chrome.runtime.getURL(${JSON.stringify(`assets/${file}`)}))`);
    if (code.includes('__CLAIMLIGHT_CHUNK__')) throw new Error('classic content script: a chunk import was not rewritten');
    writeFileSync(join(outDir, loader), code);
  },
};

export default defineConfig({
  plugins: [
    barePreload,
    contentGraph,
    classicContentScript,
    preact(),
    crx({
      manifest: target === 'firefox' ? firefoxManifest(baseManifest) : (baseManifest as ManifestV3Export),
      browser: target,
    }),
  ],
  build: {
    // CLAIMLIGHT_OUT_DIR: the e2e suite builds its VITE_E2E=1 test build into dist/e2e/<target>.
    outDir: process.env.CLAIMLIGHT_OUT_DIR ?? `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    // No <link rel="modulepreload"> for dynamic imports: in a content script those links would
    // be added to the page's own <head>, and Claimlight must never change a page's DOM.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'content-shared', test: (id: string) => contentStatic.has(id) },
            { name: 'session', test: (id: string) => sessionStatic.has(id) },
          ],
        },
      },
    },
  },
  // No dev server is used for releases; keep it off the network if someone runs one.
  server: { host: '127.0.0.1', strictPort: true, port: 5173 },
});
