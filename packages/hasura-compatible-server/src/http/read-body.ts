/** Reads a request body into memory, refusing bodies over a size limit. */
import type http from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/**
 * After refusing a body, this much more is read and dropped so that a client still sending can
 * read the 413; beyond it reading stops (the connection is closed after the answer).
 */
const DRAIN_BYTES = 1024 * 1024;

/** The request declares (Content-Length) a body over `maxBytes`: it will be refused unread. */
export function declaresBodyOver(req: http.IncomingMessage, maxBytes: number): boolean {
  return Number(req.headers['content-length']) > maxBytes;
}

/** The body as UTF-8 text; BodyError 413 once it exceeds `maxBytes`, 400 when the client leaves mid-body. */
export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let ended = false;
    let refusedAt = 0;
    const refuse = (message: string) => {
      ended = true;
      refusedAt = size;
      chunks.length = 0;
      reject(new BodyError(413, message));
    };
    if (declaresBodyOver(req, maxBytes)) refuse(`request body too large: ${req.headers['content-length']} bytes is over the limit of ${maxBytes} bytes (max request size)`);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (ended) {
        if (size - refusedAt > DRAIN_BYTES) req.pause();
        return;
      }
      if (size > maxBytes) {
        refuse(`request body too large: over the limit of ${maxBytes} bytes (max request size)`);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (ended) return;
      ended = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    // A client that goes away mid-body must not leave the request pending forever.
    req.on('close', () => {
      if (!ended) reject(new BodyError(400, 'request body was not completely received'));
    });
  });
}
