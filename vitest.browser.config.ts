import { defineConfig } from 'vitest/config';

/** Browser tests: the built extension in real Chromium against fixture pages under real host names. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for a fact the page or the extension gives; its default 1 s ran out in CI
    // while the options page erased storage (a busy two-core machine). A poll still fails when the
    // fact never comes, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
