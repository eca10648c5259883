import { defineConfig } from 'vitest/config';

// One embedded PostgreSQL per test file; files run one after another on this 2-core machine.
export default defineConfig({
  test: {
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
