// Builds the test build of the extension (VITE_E2E=1, so the background loads its test hooks)
// into dist/e2e/chrome and dist/e2e/firefox, leaving the release build in dist/ untouched.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { E2E_DIST, REPO_ROOT } from './paths';

export function buildE2eDist(): void {
  const targets = [
    ['chrome', E2E_DIST.chromium],
    ['firefox', E2E_DIST.firefox],
  ] as const;
  for (const [target, outDir] of targets) {
    const vite = spawnSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, TARGET: target, VITE_E2E: '1', CLAIMLIGHT_OUT_DIR: outDir },
    });
    if (vite.status !== 0) throw new Error(`e2e build for ${target} failed (exit ${vite.status})`);
  }
}
