/**
 * GraphiQL for GET /console, served from the installed npm packages (graphiql 3's UMD bundle with
 * React 18), never from a CDN. When the packages are missing, the small built-in page is used.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
};

const require = createRequire(import.meta.url);
const cache = new Map<string, Buffer>();

function assetPath(name: string): string | null {
  const asset = ASSETS[name];
  if (!asset) return null;
  try {
    return path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
  } catch {
    return null;
  }
}

/** True when every GraphiQL asset can be served. */
export function graphiqlAvailable(): boolean {
  return Object.keys(ASSETS).every((name) => assetPath(name) !== null);
}

/** The bytes and content type of a console asset, or null. */
export async function consoleAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = ASSETS[name];
  const file = assetPath(name);
  if (!asset || !file) return null;
  let body = cache.get(name);
  if (!body) {
    try {
      body = await readFile(file);
    } catch {
      return null;
    }
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

/** The GraphiQL page; the headers editor starts with the admin secret header to fill in (kept in sessionStorage). */
export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphiQL · hasura-compatible-server</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;height:100vh;overflow:hidden}#graphiql{height:100vh}</style>
<link rel="stylesheet" href="/console/assets/graphiql.css">
</head><body><div id="graphiql">Loading…</div>
<script src="/console/assets/react.js"></script>
<script src="/console/assets/react-dom.js"></script>
<script src="/console/assets/graphiql.js"></script>
<script>
  async function fetcher(params, opts) {
    const headers = Object.assign({ 'content-type': 'application/json' }, (opts && opts.headers) || {});
    const res = await fetch('/v1/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
    return res.json();
  }
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultHeaders: JSON.stringify({ 'x-hasura-admin-secret': '' }, null, 2),
    // The headers hold the admin secret: keep them (and the tabs that carry them) for this
    // browser session only, never in localStorage.
    storage: window.sessionStorage,
    shouldPersistHeaders: true,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers',
  }));
</script></body></html>`;
}
