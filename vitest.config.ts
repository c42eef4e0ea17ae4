import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { glossaryPlugin } from './src/glossary/vite-plugin';

/** Unit tests: pure logic, beside the code. DOM tests opt into happy-dom per file. */
export default defineConfig({
  plugins: [WxtVitest(), preact(), glossaryPlugin()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts', 'eslint-rules/**/*.test.js'],
    environment: 'node',
  },
});
