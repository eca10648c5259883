/** Reading the raw body and the signature header from an API Gateway proxy event (pure). */
import { WebhookRejectedError } from './verify-signature.js';

/** The parts of REST (v1) and HTTP API (v2) proxy events the webhook reads. */
export interface ProxyRequest {
  body?: string | null;
  isBase64Encoded?: boolean;
  headers?: Record<string, string | undefined> | null;
  multiValueHeaders?: Record<string, string[] | undefined> | null;
}

export interface WebhookRequest {
  rawBody: Buffer;
  signatureHeader: string | undefined;
}

const SIGNATURE_HEADER = 'stripe-signature';

function valuesOf<T>(record: Record<string, T | undefined> | null | undefined, name: string): T[] {
  if (!record) return [];
  const found: T[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() === name && value !== undefined) found.push(value);
  }
  return found;
}

/**
 * The Stripe-Signature value, looked up case-insensitively (HTTP APIs lower-case names). REST
 * APIs repeat a header in `headers` (last value) and `multiValueHeaders` (all values); more than
 * one distinct value is refused rather than guessed.
 */
export function signatureHeaderOf(request: ProxyRequest): string | undefined {
  const values = new Set<string>();
  for (const value of valuesOf(request.headers, SIGNATURE_HEADER)) values.add(value);
  for (const list of valuesOf(request.multiValueHeaders, SIGNATURE_HEADER)) {
    for (const value of list) values.add(value);
  }
  if (values.size > 1) throw new WebhookRejectedError('more than one Stripe-Signature header');
  const [only] = values;
  return only;
}

/** The exact bytes Stripe signed: base64-decoded when API Gateway says so. */
export function rawBodyOf(request: ProxyRequest): Buffer {
  if (request.body === undefined || request.body === null || request.body === '') {
    throw new WebhookRejectedError('empty body');
  }
  return request.isBase64Encoded === true
    ? Buffer.from(request.body, 'base64')
    : Buffer.from(request.body, 'utf8');
}

export function readWebhookRequest(request: ProxyRequest): WebhookRequest {
  return { rawBody: rawBodyOf(request), signatureHeader: signatureHeaderOf(request) };
}
