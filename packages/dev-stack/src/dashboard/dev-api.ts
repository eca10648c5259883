/**
 * The dev sign-in endpoints of `npm start`'s dashboard server:
 *   GET  /dev/users  → {"users": [{id, email, name}]} of every user in the database
 *   POST /dev/token  {"userId": "<uuid>"} → {"token": "<12-hour dev JWT, role cardholder>"}
 */
import type http from 'node:http';

export const MAX_BODY_BYTES = 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DevUser {
  readonly id: string;
  readonly email: string | null;
  readonly name: string | null;
}

export interface DevApiBackend {
  listUsers(): Promise<DevUser[]>;
  /** A token for the user, or undefined when no such user exists. */
  mintToken(userId: string): Promise<string | undefined>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, `body larger than ${MAX_BODY_BYTES} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, `body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function tokenRequestUserId(req: http.IncomingMessage): Promise<string> {
  // Requiring JSON also makes a cross-site form post impossible without a CORS preflight.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'content-type must be application/json');
  const text = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
  const userId = typeof body === 'object' && body !== null && 'userId' in body ? body.userId : undefined;
  if (typeof userId !== 'string' || !UUID.test(userId)) throw new HttpError(400, 'userId must be a user uuid');
  return userId;
}

/** Answers a /dev/ request; `path` is the URL path. */
export async function handleDevApi(req: http.IncomingMessage, res: http.ServerResponse, path: string, backend: DevApiBackend): Promise<void> {
  try {
    if (path === '/dev/users') {
      if (req.method !== 'GET') throw new HttpError(405, 'use GET');
      send(res, 200, { users: await backend.listUsers() });
    } else if (path === '/dev/token') {
      if (req.method !== 'POST') throw new HttpError(405, 'use POST');
      const userId = await tokenRequestUserId(req);
      const token = await backend.mintToken(userId);
      if (!token) throw new HttpError(404, `no user ${userId}`);
      send(res, 200, { token });
    } else {
      throw new HttpError(404, `no dev endpoint ${path}`);
    }
  } catch (error) {
    if (error instanceof HttpError) send(res, error.status, { error: error.message });
    else send(res, 500, { error: error instanceof Error ? error.message : String(error) });
  }
}
