/** What a simulation run sent and what the webhook answered. */
export interface SimulationSummary {
  url: string;
  seed: string;
  stories: number;
  /** Distinct Stripe events generated. */
  events: number;
  /** HTTP requests made (events plus redeliveries). */
  sent: number;
  /** Redeliveries of an already sent event id. */
  duplicates: number;
  /** 2xx answers. */
  accepted: number;
  /** Non-2xx answers. */
  rejected: number;
  /** Synchronous answers to `issuing_authorization.request`. */
  approved: number;
  declined: number;
  /** Authorization requests answered 2xx without a valid `{"approved": bool}` body. */
  unanswered: number;
  /** Count per HTTP status. */
  statuses: Record<string, number>;
  durationMs: number;
  eventsPerSecond: number;
}

/** A short human-readable summary (one line per fact). */
export function formatSummary(summary: SimulationSummary): string {
  const seconds = summary.durationMs / 1000;
  return [
    `simulated ${summary.stories} card stories (seed ${summary.seed}) against ${summary.url}`,
    `sent       ${summary.sent} (${summary.events} events, ${summary.duplicates} duplicates)`,
    `accepted   ${summary.accepted}`,
    `rejected   ${summary.rejected}${summary.rejected > 0 ? `  statuses ${JSON.stringify(summary.statuses)}` : ''}`,
    `approved   ${summary.approved}`,
    `declined   ${summary.declined}${summary.unanswered > 0 ? `  (${summary.unanswered} requests without a valid answer)` : ''}`,
    `duration   ${seconds.toFixed(1)} s (${summary.eventsPerSecond.toFixed(1)} requests/s)`,
  ].join('\n');
}
