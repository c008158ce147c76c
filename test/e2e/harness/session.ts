// One browser + one static server per describe block, for each of the two browsers; a browser
// that is not installed skips its block with a message saying how to install it (and fails
// under CI=true).
import { afterAll, beforeAll, describe } from 'vitest';
import { BROWSERS, browserMissingReason, launch, type BrowserName, type TestBrowser } from './browsers';
import { startServer, type StaticServer } from './server';

export interface Session {
  browser: TestBrowser;
  server: StaticServer;
}

/** Starts a server and launches the browser before the block's tests; closes both after. */
export function useSession(name: BrowserName): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launch(name);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** describe(title) once per browser, skipped with a reason where the browser is missing. */
export function describeInBrowsers(title: string, body: (session: Session, name: BrowserName) => void): void {
  for (const name of BROWSERS) {
    const missing = browserMissingReason(name);
    const label = missing ? `${title} [${name}] — SKIPPED: ${missing}` : `${title} [${name}]`;
    describe.skipIf(missing !== null)(label, () => {
      const session = useSession(name);
      body(session, name);
    });
  }
}
