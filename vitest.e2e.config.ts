// End-to-end tests: test/e2e/**/*.e2e.ts drive the built extension (dist/e2e/*, built by the
// global setup with VITE_E2E=1) in real Chromium and Firefox, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
