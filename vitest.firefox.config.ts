import { defineConfig } from 'vitest/config';

/** Firefox tests: the built Firefox (MV2) extension in Debian's Firefox ESR, over WebDriver BiDi. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // expect.poll waits for a fact the page or the extension gives; its default 1 s ran out in CI
    // while the options page erased storage (a busy two-core machine). A poll still fails when the
    // fact never comes, only later.
    expect: { poll: { timeout: 10_000 } },
  },
});
