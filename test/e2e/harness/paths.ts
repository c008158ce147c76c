// Where the e2e suite finds things: the repo root, the e2e builds, the shared corpus, fixtures
// and the folder screenshots go to. Every path is absolute and derived from this file's place.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Test builds (VITE_E2E=1) live here, apart from the release build in dist/chrome|firefox. */
export const E2E_DIST = {
  chromium: resolve(REPO_ROOT, 'dist/e2e/chrome'),
  firefox: resolve(REPO_ROOT, 'dist/e2e/firefox'),
} as const;

/** The shared corpus next to the repo (../shared/corpus); absent on a bare clone. */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');
export const corpusPresent = (): boolean => existsSync(resolve(CORPUS_DIR, 'seed/amazon-openai.html'));
export const CORPUS_MISSING =
  `shared corpus not found at ${CORPUS_DIR} — corpus e2e tests skipped (put ../shared beside the repo to run them)`;

/** The DOM adapter's fixture pages and the e2e suite's own. */
export const FIXTURE_PAGES_DIR = resolve(REPO_ROOT, 'test/fixtures/pages');
export const E2E_FIXTURES_DIR = resolve(REPO_ROOT, 'test/e2e/fixtures');

/** Screenshots and other artefacts (gitignored). */
export const RESULTS_DIR = resolve(REPO_ROOT, 'test-results/e2e');

/** The Firefox add-on id (vite.config.ts) and the UUID its moz-extension:// origin is pinned to. */
export const FIREFOX_ADDON_ID = 'claimlight@claimlight.dev';
export const FIREFOX_ADDON_UUID = 'c1a1411e-e2e0-4e2e-8e2e-000000000001';
