// vitest globalSetup for the e2e suite: builds the VITE_E2E test build once, and under
// CI=true fails straight away when a browser is missing (elsewhere the tests skip).
import { BROWSERS, browserMissingReason } from './browsers';
import { buildE2eDist } from './build-e2e';

export default function setup(): void {
  for (const name of BROWSERS) {
    const missing = browserMissingReason(name); // throws under CI
    if (missing) console.warn(`[e2e] ${missing}`);
  }
  if (process.env.CLAIMLIGHT_E2E_SKIP_BUILD !== '1') buildE2eDist();
}
