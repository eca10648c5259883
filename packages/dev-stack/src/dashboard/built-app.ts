/**
 * The ui/ app as `npm start` serves it by default: an optimized Vite build (React's production
 * build, minified chunks, charts lazy) in mode `dev-stack`, which keeps the development sign-in
 * that a plain `npm run build` leaves out. Vite watches ui/ and rebuilds on every edit (reload the
 * page to see it); each finished build is served by a fresh sirv handler over its own file list.
 * A first paint from a few bundled chunks is what a cardholder will see, where Vite's dev server
 * sends hundreds of modules and React's development build (`DASHBOARD_HMR=true` keeps that path).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import { build, type Rolldown } from 'vite';
import { NamedError, errorMessage } from '@issuing/kernel';
import { REPO_ROOT } from '@issuing/dev-defaults';
import type { AppHandler } from './dashboard-server.js';

const UI_ROOT = path.join(REPO_ROOT, 'ui');

/** The build mode ui/ recognises as "served by the dev stack" (it turns the dev sign-in on). */
const DEV_STACK_MODE = 'dev-stack';

class DashboardBuildError extends NamedError {}

export interface BuiltAppOptions {
  readonly graphqlUrl: string;
  /** The Vite project to build (its vite.config.ts is used); ui/ by default. */
  readonly root?: string;
  /** A later build failure (an edit that does not compile): the last good build stays served. */
  readonly onRebuildError?: (message: string) => void;
}

/** Builds ui/ into a temporary folder, watches it, and serves the latest good build. */
export async function createBuiltApp(options: BuiltAppOptions): Promise<{ handle: AppHandler; close(): Promise<void> }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-dashboard-'));
  let serve: AppHandler | undefined;
  const serveBuild = (): AppHandler =>
    sirv(outDir, {
      single: true, // an unknown path is the app's (index.html): filters live in the URL
      etag: true,
      setHeaders: (res, pathname) => {
        // Hashed chunk names change with their content; index.html must be fetched again.
        res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });

  const root = options.root ?? UI_ROOT;
  let watcher: Rolldown.RolldownWatcher;
  try {
    const started = await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      mode: DEV_STACK_MODE,
      logLevel: 'silent',
      clearScreen: false,
      define: {
        'import.meta.env.VITE_GRAPHQL_URL': JSON.stringify(options.graphqlUrl),
        'import.meta.env.VITE_GRAPHQL_WS_URL': JSON.stringify(options.graphqlUrl.replace(/^http/, 'ws')),
      },
      build: { outDir, emptyOutDir: true, watch: {} },
    });
    if (!('on' in started)) throw new DashboardBuildError('vite build returned no watcher');
    watcher = started;
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw new DashboardBuildError(`the dashboard did not build: ${errorMessage(error)}`);
  }

  // The first build decides whether the dashboard starts; later ones replace what is served.
  const firstBuild = new Promise<void>((resolve, reject) => {
    watcher.on('event', (event) => {
      if (event.code === 'END') {
        serve = serveBuild();
        resolve();
      } else if (event.code === 'ERROR') {
        const message = `the dashboard did not build: ${errorMessage(event.error)}`;
        if (serve) options.onRebuildError?.(message);
        else reject(new DashboardBuildError(message));
      }
    });
  });
  const close = async (): Promise<void> => {
    await watcher.close();
    await rm(outDir, { recursive: true, force: true });
  };
  try {
    await firstBuild;
  } catch (error) {
    await close();
    throw error;
  }
  return {
    // Set by the first build, awaited above; each later good build replaces it.
    handle: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => (serve ? serve(req, res, next) : next()),
    close,
  };
}
