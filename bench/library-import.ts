// `npx tsx bench/library-import.ts [N]`: importing a Claimlight JSON file of N synthetic notes
// (10,000 by default) through the library's file input, in Chromium with the test build
// (dist/bench/chrome, BENCH_DIST=dir for another) and its real IndexedDB: time from choosing
// the file to the library's "Imported …" message, for a fresh profile and for the same file
// again (every note a duplicate). No assertions.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toClaimlightJson } from '../src/core/export';
import { launchChromiumContext } from '../test/e2e/harness/browsers';
import { REPO_ROOT } from '../test/e2e/harness/paths';
import { syntheticAnnotations } from './synthetic-notes';

const n = Number(process.argv[2] ?? 10_000);
const file = join(tmpdir(), `claimlight-import-${n}.json`);
writeFileSync(file, toClaimlightJson(syntheticAnnotations(n), { exportedAt: new Date().toISOString() }));
const chromium = await launchChromiumContext(process.env.BENCH_DIST ?? resolve(REPO_ROOT, 'dist/bench/chrome'));
try {
  const page = await chromium.context.newPage();
  await page.goto(`${chromium.extensionOrigin}/src/entries/library/index.html`);
  await page.waitForSelector('#import-file', { state: 'attached' });
  for (const run of ['fresh profile', 'same file again']) {
    const t0 = Date.now();
    await page.setInputFiles('#import-file', file);
    await page.waitForFunction(() => /^(Imported |Nothing imported)/.test(document.querySelector('.toast span')?.textContent ?? ''), undefined, { timeout: 600_000, polling: 100 });
    const message = await page.evaluate(() => document.querySelector('.toast span')?.textContent);
    console.log(`${run.padEnd(16)} ${String(Date.now() - t0).padStart(6)} ms   ${message}`);
  }
} finally {
  await chromium.close();
  rmSync(file, { force: true });
}
