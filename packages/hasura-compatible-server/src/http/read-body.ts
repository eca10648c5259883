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

/** The body as UTF-8 text; BodyError 413 once it exceeds `maxBytes`, 400 when the client leaves mid-body. */
export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      reject(new BodyError(413, `request body too large: ${declared} bytes is over the limit of ${maxBytes} bytes (max request size)`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let ended = false;
    req.on('data', (chunk: Buffer) => {
      if (ended) return;
      size += chunk.length;
      if (size > maxBytes) {
        ended = true;
        chunks.length = 0;
        reject(new BodyError(413, `request body too large: over the limit of ${maxBytes} bytes (max request size)`));
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
