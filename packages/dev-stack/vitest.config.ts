import { defineConfig } from 'vitest/config';

// Each test file starts whole stacks (PostgreSQL, serverless offline, the GraphQL server):
// one file at a time on a small machine.
export default defineConfig({
  test: {
    fileParallelism: false,
  },
});
