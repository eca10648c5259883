/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 3000, strictPort: true },
  build: { outDir: 'dist', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // graphql-ws' server (live-updates test) must share the test's copy of graphql: graphql 16 ships
    // CommonJS and ESM builds, and a schema from one is refused by the other.
    server: { deps: { inline: ['graphql-ws'] } },
    testTimeout: 20_000,
  },
});
