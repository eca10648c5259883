/**
 * `npm start`'s dashboard on http://127.0.0.1:<port>: the ui/ app (a watched optimized build by
 * default, see built-app.ts; Vite's dev server with DASHBOARD_HMR=true) inside this node:http
 * server, plus the dev sign-in endpoints (/dev/users, /dev/token).
 */
import http from 'node:http';
import { handleDevApi, type DevApiBackend } from './dev-api.js';
import { isLoopbackHost, isOwnOrigin } from './request-guard.js';

/** A connect-style handler for everything that is not /dev/ (the app). */
export type AppHandler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export interface DashboardServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly backend: DevApiBackend;
  /** Serves the app; receives the http server so it can attach websockets (Vite HMR). */
  readonly createApp: (server: http.Server, port: number) => Promise<{ handle: AppHandler; close(): Promise<void> }>;
}

export interface DashboardServer {
  readonly url: string;
  close(): Promise<void>;
}

function refuse(res: http.ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error }));
}

/** Starts the server on 127.0.0.1 only. */
export async function startDashboardServer(options: DashboardServerOptions): Promise<DashboardServer> {
  let app: AppHandler | undefined;
  let port = options.port;
  const server = http.createServer((req, res) => {
    if (!isLoopbackHost(req.headers.host, port)) {
      refuse(res, 403, 'Host must be 127.0.0.1, localhost or [::1] on this port');
      return;
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/dev' || path.startsWith('/dev/')) {
      if (!isOwnOrigin(req.headers.origin, port)) {
        refuse(res, 403, 'Origin is not this dashboard');
        return;
      }
      void handleDevApi(req, res, path, options.backend);
      return;
    }
    if (!app) {
      refuse(res, 503, 'the dashboard is starting');
      return;
    }
    app(req, res, () => refuse(res, 404, `nothing at ${path}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  const closeServer = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  let appServer: { handle: AppHandler; close(): Promise<void> };
  try {
    appServer = await options.createApp(server, port);
  } catch (error) {
    await closeServer();
    throw error;
  }
  app = appServer.handle;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await appServer.close();
      await closeServer();
    },
  };
}
