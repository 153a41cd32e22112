import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build tests run `astro build` in a child process; property tests run thousands of cases.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
