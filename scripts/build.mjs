// `npm run build`: builds dist/chrome and dist/firefox from the one manifest, then zips each
// into dist/claimlight-<browser>.zip, ready to load unpacked or to upload to a store.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of targets) {
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  if (vite.status !== 0) {
    console.error(`build for ${target} failed`);
    process.exit(vite.status ?? 1);
  }
  const dir = join('dist', target);
  const entries = Object.fromEntries(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f)]));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(join('dist', `claimlight-${target}.zip`), zip);
  console.log(`${target}: ${dir}/ (load unpacked from here) and dist/claimlight-${target}.zip (${(zip.length / 1024).toFixed(1)} KB)`);
}
