import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs only Node and npm. Tests that drive system programs (Chromium,
// LibreOffice) live in test/e2e/ and run with `npm run test:e2e` (vitest.e2e.config.ts), which .ci/run
// runs after installing those programs from Debian.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
