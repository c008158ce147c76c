#!/usr/bin/env node
// `claimlight extract FILE.html ...`: runs the TypeScript CLI (src/cli/main.ts) through
// tsx's loader, so no build step is needed in a checkout.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
