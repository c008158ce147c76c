// Build plugins that decide how the content script's code is cut into files. Each ES module
// file a page loads costs its main thread a fetch and a compile (bench/non-article.ts measured
// several ms a file in a reading session), so:
//   - everything the content entry imports statically goes in one chunk (content-shared), and
//     the entry plus that chunk become ONE classic script, injected into every page;
//   - everything an article's session needs (session, fact actions and what they import
//     beyond content-shared) goes in one chunk, made self-contained after the build, so an
//     article page loads ONE more file.
// Used by vite.config.ts. CLAIMLIGHT_CONTENT_MODULES=1 keeps crxjs's module loader instead.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';

/** The modules the content script imports statically (filled once the module graph is built).
 *  Rolldown would spread them over one chunk per set of entries sharing them (six files, each
 *  a separate fetch and compile on every page); the group below puts them all in one chunk.
 *  Likewise the modules an article's session loads (session + fact actions and what they import
 *  statically, beyond the content-shared ones) go in ONE chunk: each extra ES module file costs
 *  the page a fetch and a compile (bench/non-article.ts measured ~4 ms a file in a session). */
const contentStatic = new Set<string>();
const sessionStatic = new Set<string>();
const SESSION_ENTRIES = ['/src/entries/content/session.ts', '/src/entries/content/fact-actions.ts'];
export const contentGraph = {
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
export const classicContentScript = {
  name: 'claimlight:classic-content-script',
  async writeBundle(options: { dir?: string }) {
    if (process.env.CLAIMLIGHT_CONTENT_MODULES === '1' || !options.dir) return;
    const outDir = options.dir;
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[] }> };
    const loader = manifest.content_scripts?.[0]?.js?.[0];
    const assets = join(outDir, 'assets');
    const entry = readdirSync(assets).find((f) => f.startsWith('src-entries-content-main.ts-') && f.endsWith('.js'));
    if (!loader || !entry) throw new Error('classic content script: loader or content entry not found');
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
    const session = readdirSync(assets).find((f) => f.startsWith('session-') && f.endsWith('.js'));
    if (!session) throw new Error('content chunks: the session chunk was not found');
    await inlineStaticImports(assets, session);
  },
};

/** The rolldown groups that make the two chunks above. */
export const contentChunkGroups = [
  { name: 'content-shared', test: (id: string): boolean => contentStatic.has(id) },
  { name: 'session', test: (id: string): boolean => sessionStatic.has(id) },
];

/** The chunk files a built chunk imports statically (`import {…} from "./x.js"`). */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}])\s*import\s*[^()`'"]*?from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * Rewrites the built chunk `file` with the chunks it imports statically inlined: one file to
 * fetch. Its exports keep their names (other chunks import them), and its dynamic import()s
 * stay as they are. Chunks that also import the inlined ones get their own instance of those
 * modules: they are stateless helpers (messaging, protocol, settings), except the test build's
 * timing marks, which each copy keeps for itself.
 */
async function inlineStaticImports(assets: string, file: string): Promise<void> {
  const bundle = await rolldown({
    input: join(assets, file),
    logLevel: 'silent',
    plugins: [{
      name: 'built-chunks',
      resolveId(id: string, importer?: string) {
        if (!importer) return id;
        const dep = id.replace(/^\.\//, '');
        return staticImports(readFileSync(importer, 'utf8')).includes(dep) ? join(assets, dep) : { id, external: true };
      },
    }],
  });
  const { output } = await bundle.generate({ format: 'es', minify: true, codeSplitting: false });
  await bundle.close();
  if (staticImports(output[0].code).length > 0) throw new Error(`content chunks: ${file} still imports other chunks`);
  writeFileSync(join(assets, file), output[0].code);
}
