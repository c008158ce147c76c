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
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: true,
  },
  // No dev server is used for releases; keep it off the network if someone runs one.
  server: { host: '127.0.0.1', strictPort: true, port: 5173 },
});
