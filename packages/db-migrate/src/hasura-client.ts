/**
 * The two admin endpoints of a Hasura v2 server that its CLI uses for migrations and metadata:
 * `POST /v1/metadata` and `POST /v2/query`, authenticated with the admin secret.
 */
export class HasuraApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HasuraApiError';
  }
}

export interface HasuraClient {
  metadata(body: Record<string, unknown>): Promise<unknown>;
  query(body: Record<string, unknown>): Promise<unknown>;
}

/** A short reason from Hasura's `{path, error, code}` body, or the raw text. */
function reasonOf(body: unknown, fallback: string): string {
  if (body !== null && typeof body === 'object' && 'error' in body && typeof body.error === 'string') {
    const code = 'code' in body && typeof body.code === 'string' ? ` (${body.code})` : '';
    return `${body.error}${code}`;
  }
  return fallback;
}

export function createHasuraClient(endpoint: string, adminSecret: string | undefined): HasuraClient {
  const base = endpoint.replace(/\/+$/, '');
  async function post(apiPath: string, body: Record<string, unknown>): Promise<unknown> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (adminSecret) headers['x-hasura-admin-secret'] = adminSecret;
    const what = typeof body.type === 'string' ? body.type : apiPath;
    let response: Response;
    try {
      response = await fetch(`${base}${apiPath}`, { method: 'POST', headers, body: JSON.stringify(body) });
    } catch (cause) {
      throw new HasuraApiError(`${what}: cannot reach Hasura at ${base}`, 0, undefined, { cause });
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // keep the text: Hasura answers JSON, anything else is reported as is
    }
    if (!response.ok) {
      throw new HasuraApiError(`${what}: HTTP ${response.status} ${reasonOf(parsed, text.slice(0, 200))}`, response.status, parsed);
    }
    return parsed;
  }
  return {
    metadata: (body) => post('/v1/metadata', body),
    query: (body) => post('/v2/query', body),
  };
}
