/**
 * The webhook Lambda's handler in this process: signature verification, parsing and PutEvents
 * to a stub EventBridge client (aws-sdk-client-mock), per event. Target: p99 < 2 ms.
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { signedHeader } from '@issuing/stripe-fixtures';
import { createWebhookHandler } from '@issuing/ingestion-service/webhook';
import { createEventPublisher } from '@issuing/ingestion-service/event-publisher';
import { createLogger } from '@issuing/ingestion-service/logger';
import { below, info, type Log, type SectionResult } from '../result.js';
import { now, summarize } from '../stats.js';
import { benchEvents } from './events.js';

const SECTION = 'webhook in process';
const SECRET = 'whsec_bench_only_not_a_real_secret';

export async function benchWebhookInProcess(options: { log: Log }): Promise<SectionResult> {
  const client = new EventBridgeClient({ region: 'us-east-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  mockClient(client).on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'bench' }] });
  const publisher = createEventPublisher(client, 'bench-bus');
  const handler = createWebhookHandler({
    getSecret: () => Promise.resolve(SECRET),
    getPublisher: () => publisher,
    log: createLogger({}, { level: 'error', sink: () => undefined }),
  });

  const events = benchEvents('bench/webhook', 6000);
  const requests = events.map((event) => {
    const body = JSON.stringify(event);
    return { body, isBase64Encoded: false, headers: { 'stripe-signature': signedHeader(body, SECRET) } };
  });
  const warmup = 500;
  const samples: number[] = [];
  let rejected = 0;
  for (const [index, request] of requests.entries()) {
    const started = now();
    const response = await handler(request);
    const elapsed = now() - started;
    if (response.statusCode !== 200) rejected += 1;
    if (index >= warmup) samples.push(elapsed);
  }
  if (rejected > 0) throw new Error(`${rejected} correctly signed events were not answered 200`);
  const latency = summarize(samples);
  const bytes = requests.reduce((sum, request) => sum + request.body.length, 0) / requests.length;
  options.log(`  ${SECTION}: p50 ${latency.p50} ms, p99 ${latency.p99} ms over ${latency.count} events`);
  return {
    section: SECTION,
    measurements: [
      info(SECTION, 'p50 per event', latency.p50, 'ms'),
      below(SECTION, 'p99 per event', latency.p99, 'ms', 2),
    ],
    details: { latencyMs: latency, warmupEvents: warmup, meanBodyBytes: Math.round(bytes) },
  };
}
