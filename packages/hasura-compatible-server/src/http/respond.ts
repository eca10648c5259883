/** Writing responses: one place for headers, Server-Timing and both of Hasura's error shapes. */
import type http from 'node:http';

/** When each in-flight request arrived, for its Server-Timing header. */
const requestStarts = new WeakMap<http.ServerResponse, bigint>();

/** Remembers when the request behind `res` arrived. */
export function markRequestStart(res: http.ServerResponse, started: bigint): void {
  requestStarts.set(res, started);
}

/** Sends a complete response with its length and Server-Timing. */
export function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  const headers: http.OutgoingHttpHeaders = { 'content-type': type, 'content-length': Buffer.byteLength(body) };
  // W3C Server-Timing: the server's own time from arrival to answer, so a client can tell it
  // from the network and its own HTTP stack (the bench compares it with the bare SQL).
  const started = requestStarts.get(res);
  if (started !== undefined) headers['server-timing'] = `total;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(3)}`;
  res.writeHead(status, headers);
  res.end(body);
}

/** The error shape of Hasura's non-GraphQL APIs: `{"path","error","code"}` with a real HTTP status. */
export function sendApiError(res: http.ServerResponse, status: number, code: string, message: string, path = '$', extra: Record<string, unknown> = {}): void {
  send(res, status, JSON.stringify({ path, error: message, code, ...extra }));
}

/** The GraphQL error body: `{"errors":[{"message","extensions":{"path","code"}}]}` (sent with HTTP 200). */
export function graphqlErrorBody(message: string, code: string, path = '$'): string {
  return JSON.stringify({ errors: [{ message, extensions: { path, code } }] });
}
