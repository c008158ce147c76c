// The shape of the built content script, in both test builds (dist/e2e/*): what every page
// loads is ONE classic script of at most 5 KB gzipped, and what an article adds is ONE
// self-contained module file of at most 30 KB gzipped (the size budgets; each extra
// module file costs the page a fetch and a compile — docs/adr/in-page-loading.md). And no
// style sheet goes into every page: any ::highlight() rule slows each style recalculation of
// the page, so the rules come only with our highlights (docs/adr/highlight-styles.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { E2E_DIST } from './harness/paths';

/** Static `import … from "./x.js"` statements of a built chunk. */
const staticImports = (code: string): string[] => [...code.matchAll(/(?:^|[;}])\s*import\s*[^()`'"]*?from\s*["'](\.\/[^"']+)["']/g)].map((m) => m[1]!);

for (const [browser, dist] of Object.entries(E2E_DIST)) {
  describe(`${browser} build: the content script's files`, () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[]; css?: string[] }> };
    const assets = join(dist, 'assets');

    it('injects one classic script of at most 5 KB gzipped into every page', () => {
      const files = manifest.content_scripts.flatMap((c) => c.js);
      expect(files).toHaveLength(1);
      const code = readFileSync(join(dist, files[0]!), 'utf8');
      expect(() => new Function(code)).not.toThrow(); // parses as a classic script: no static import/export
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(5_000);
      expect(code).toMatch(/import\(chrome\.runtime\.getURL\("assets\/session-[^"]+\.js"\)\)/);
    });

    it('injects no style sheet into every page', () => {
      expect(manifest.content_scripts.flatMap((c) => c.css ?? [])).toEqual([]);
    });

    it('loads one self-contained module of at most 30 KB gzipped for an article', () => {
      const session = readdirSync(assets).filter((f) => /^session-.*\.js$/.test(f));
      expect(session).toHaveLength(1);
      const code = readFileSync(join(assets, session[0]!), 'utf8');
      expect(staticImports(code)).toEqual([]);
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(30_000);
    });
  });
}
