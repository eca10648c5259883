/**
 * Who may talk to the dev dashboard server: only pages it served itself, reached by a loopback
 * name. A non-loopback Host is what a DNS-rebinding page sends; a foreign Origin is another site
 * calling from the user's browser. Both are refused before anything else runs.
 */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Splits a Host header into name and port ("[::1]:3000" → "[::1]", "3000"). */
function splitHost(host: string): { name: string; port: string | undefined } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  return match?.[1] ? { name: match[1], port: match[2] } : { name: '', port: undefined };
}

/** The Host header names this machine's loopback interface on `port`. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const { name, port: given } = splitHost(host);
  return LOOPBACK_NAMES.has(name) && (given === undefined ? port === 80 : Number(given) === port);
}

/** The Origin header is absent (not a cross-site browser request) or is this server's own. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && url.origin === origin && isLoopbackHost(url.host, port);
}
