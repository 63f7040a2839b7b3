import { defineConfig } from 'vitest/config';

// End-to-end tests against real system programs (Debian's chromium, libreoffice, poppler-utils), installed
// by .ci/run. They fail — never skip — when a program is missing. Run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
