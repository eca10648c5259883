/**
 * Real-time authorization requests answered over HTTP by the Docker-free stack (serverless
 * offline in front of the webhook Lambda), one at a time as Stripe sends them. Target: p99 < 50 ms
 * (Stripe's budget is 2 s).
 */
import { signedHeader } from '@issuing/stripe-fixtures';
import { below, info, type Log, type SectionResult } from '../result.js';
import { now, summarize } from '../stats.js';
import { benchEvents } from './events.js';
import { BENCH_WEBHOOK_SECRET, startOfflineStack } from './offline-stack.js';

const SECTION = 'authorization request over HTTP';

export async function benchAuthorizationHttp(options: { log: Log }): Promise<SectionResult> {
  const requests = benchEvents('bench/authorization-http', 12_000).filter((event) => event.type === 'issuing_authorization.request');
  if (requests.length < 600) throw new Error(`only ${requests.length} authorization requests generated`);
  const stack = await startOfflineStack();
  try {
    const warmup = 100;
    const samples: number[] = [];
    let approved = 0;
    let declined = 0;
    for (const [index, event] of requests.entries()) {
      const body = JSON.stringify(event);
      const headers = { 'content-type': 'application/json', accept: 'application/json', 'stripe-signature': signedHeader(body, BENCH_WEBHOOK_SECRET) };
      const started = now();
      const response = await fetch(stack.webhookUrl, { method: 'POST', body, headers });
      const text = await response.text();
      const elapsed = now() - started;
      let answer: unknown;
      try {
        answer = JSON.parse(text);
      } catch {
        throw new Error(`authorization request ${event.id} answered ${response.status} with a body that is not JSON: "${text.slice(0, 200)}"`);
      }
      if (response.status !== 200 || typeof answer !== 'object' || answer === null || !('approved' in answer)) {
        throw new Error(`authorization request ${event.id} answered ${response.status} ${JSON.stringify(answer)}`);
      }
      if (answer.approved === true) approved += 1;
      else declined += 1;
      if (index >= warmup) samples.push(elapsed);
    }
    const latency = summarize(samples);
    options.log(`  ${SECTION}: p50 ${latency.p50} ms, p99 ${latency.p99} ms over ${latency.count} requests`);
    return {
      section: SECTION,
      measurements: [info(SECTION, 'p50', latency.p50, 'ms'), below(SECTION, 'p99', latency.p99, 'ms', 50)],
      details: { latencyMs: latency, approved, declined, warmupRequests: warmup },
    };
  } finally {
    await stack.stop();
  }
}
