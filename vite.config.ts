// Builds the extension for one browser: TARGET=chrome (service worker) or TARGET=firefox
// (background scripts + browser_specific_settings.gecko), both from the one manifest.json.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
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

export default defineConfig({
  plugins: [
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
  },
  // No dev server is used for releases; keep it off the network if someone runs one.
  server: { host: '127.0.0.1', strictPort: true, port: 5173 },
});
