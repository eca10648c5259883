/** The ui/ app through Vite's dev server in middleware mode, pointed at this stack's GraphQL server. */
import type http from 'node:http';
import path from 'node:path';
import { createServer } from 'vite';
import { REPO_ROOT } from '@issuing/dev-defaults';
import type { AppHandler } from './dashboard-server.js';

const UI_ROOT = path.join(REPO_ROOT, 'ui');

/** Vite in middleware mode; HMR rides on `server`'s own port. */
export async function createViteApp(server: http.Server, graphqlUrl: string): Promise<{ handle: AppHandler; close(): Promise<void> }> {
  const vite = await createServer({
    root: UI_ROOT,
    configFile: path.join(UI_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    appType: 'spa',
    server: { middlewareMode: true, ws: { server }, warmup: { clientFiles: ['./src/main.tsx'] } },
    define: {
      'import.meta.env.VITE_GRAPHQL_URL': JSON.stringify(graphqlUrl),
      'import.meta.env.VITE_GRAPHQL_WS_URL': JSON.stringify(graphqlUrl.replace(/^http/, 'ws')),
    },
  });
  return { handle: vite.middlewares, close: () => vite.close() };
}
