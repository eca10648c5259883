/** What the dashboard needs from a JWT it holds (read, not verified: the server verifies it). */
export interface TokenClaims {
  /** Expiry in milliseconds since the epoch. */
  readonly expiresAt: number | undefined;
  readonly userId: string | undefined;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The expiry and Hasura user id of a JWT; undefined fields when absent or unreadable. */
export function readTokenClaims(token: string): TokenClaims {
  try {
    const payload: unknown = JSON.parse(base64UrlDecode(token.split('.')[1] ?? ''));
    if (!isRecord(payload)) return { expiresAt: undefined, userId: undefined };
    const hasura = payload['https://hasura.io/jwt/claims'];
    const userId = isRecord(hasura) && typeof hasura['x-hasura-user-id'] === 'string' ? hasura['x-hasura-user-id'] : undefined;
    return { expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined, userId };
  } catch {
    return { expiresAt: undefined, userId: undefined };
  }
}
