import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in real Chromium against fixture pages under real host names. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
