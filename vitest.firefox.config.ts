import { defineConfig } from 'vitest/config';

/** Firefox tests: the built Firefox (MV2) extension in Debian's Firefox ESR, over WebDriver BiDi. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
