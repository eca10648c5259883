import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { generateCardStories, signedHeader } from '@issuing/stripe-fixtures';
import { createWebhookHandler } from './src/handlers/webhook.js';
import { createEventPublisher } from './src/adapters/event-publisher.js';
import { createLogger } from './src/logger.js';
const client = new EventBridgeClient({ region: 'us-east-1', credentials: { accessKeyId: 'b', secretAccessKey: 'b' } });
mockClient(client).on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'x' }] });
const h = createWebhookHandler({ getSecret: async () => 'whsec_b', getPublisher: () => createEventPublisher(client, 'bus'), log: createLogger({}, { level: 'error', sink: () => undefined }) });
const events = generateCardStories({ seed: 'b', cardholders: 20, cardsPerCardholder: 2, authorizationsPerCard: 30, start: new Date('2026-09-01T00:00:00Z'), end: new Date('2026-10-01T00:00:00Z') }).events;
const reqs = events.map((e) => { const body = JSON.stringify(e); return { type: e.type, body, isBase64Encoded: false, headers: { 'stripe-signature': signedHeader(body, 'whsec_b') } }; });
const lat: [number, string][] = [];
for (const [i, r] of reqs.entries()) { const s = performance.now(); await h(r); if (i > 300) lat.push([performance.now() - s, r.type]); }
lat.sort((a, b) => a[0] - b[0]);
console.log('p50', lat[Math.floor(lat.length / 2)]?.[0].toFixed(3), 'p99', lat[Math.floor(lat.length * 0.99)]?.[0].toFixed(3));
const slow = lat.slice(Math.floor(lat.length * 0.985));
const byType = new Map<string, number>(); for (const [, t] of slow) byType.set(t, (byType.get(t) ?? 0) + 1);
console.log(byType, slow.slice(0, 5), slow.slice(-3));
