// Builds the extension for one browser: TARGET=chrome (service worker) or TARGET=firefox
// (background scripts + browser_specific_settings.gecko), both from the one manifest.json.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { contentChunkGroups, contentGraph, classicContentScript } from './scripts/content-chunks.ts';
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
      output: { codeSplitting: { groups: contentChunkGroups } },
    },
  },
  // No dev server is used for releases; keep it off the network if someone runs one.
  server: { host: '127.0.0.1', strictPort: true, port: 5173 },
});
