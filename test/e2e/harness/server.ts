// A tiny static file server on 127.0.0.1 (random port) for the e2e pages:
//   /fixtures/...  → test/fixtures/pages/   (the DOM adapter's fixture pages)
//   /e2e/...       → test/e2e/fixtures/     (the e2e suite's own pages)
//   /corpus/...    → ../shared/corpus/      (served with a CSP that blocks the saved pages'
//                                             own scripts, so only the extension can touch the DOM)
//   /generated/NAME  → in-memory pages given to startServer (e.g. the benchmark's 1 MB article)
//   /__claimlight-e2e/... → a blank page; the test hook in the background watches for it.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CORPUS_DIR, E2E_FIXTURES_DIR, FIXTURE_PAGES_DIR } from './paths';

const MOUNTS: ReadonlyArray<{ prefix: string; dir: string; headers: Record<string, string> }> = [
  { prefix: '/fixtures/', dir: FIXTURE_PAGES_DIR, headers: {} },
  { prefix: '/e2e/', dir: E2E_FIXTURES_DIR, headers: {} },
  { prefix: '/corpus/', dir: CORPUS_DIR, headers: { 'content-security-policy': "script-src 'none'" } },
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  /** the in-memory pages under /generated/ — change them and the next request sees it */
  generated: Record<string, string>;
  url(path: string): string;
  close(): Promise<void>;
}

/** Resolves a request path inside one mount, refusing anything that climbs out of it. */
function resolveFile(pathname: string): { file: string; headers: Record<string, string> } | null {
  for (const mount of MOUNTS) {
    if (!pathname.startsWith(mount.prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)));
    const file = join(mount.dir, rel);
    if (!file.startsWith(mount.dir + sep)) return null;
    return { file, headers: mount.headers };
  }
  return null;
}

export async function startServer(initial: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const generated: Record<string, string> = { ...initial };
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pathname.startsWith('/generated/') ? generated[pathname.slice('/generated/'.length)] : undefined;
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    if (pathname.startsWith('/__claimlight-e2e/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>claimlight e2e hook</title><p>opening an extension page…</p>');
      return;
    }
    const found = resolveFile(pathname);
    if (!found) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(found.file).then(
      (body) => {
        const type = TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...found.headers });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    generated,
    url: (path) => origin + path,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
