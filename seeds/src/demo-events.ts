import { generateCardStories, type CardStories } from '@issuing/stripe-fixtures';
import { DEMO_USERS } from './demo-users.js';

/** Fixed seed and window: the demo data is the same on every machine and every run. */
export const DEMO_SEED = 'stripe-issuing-reference-demo-v1';
export const DEMO_WINDOW = {
  start: new Date('2026-06-01T00:00:00Z'),
  end: new Date('2026-11-20T00:00:00Z'),
} as const;

/** The Stripe events of the demo card programs, in canonical order (pure). */
export function generateDemoEvents(): CardStories {
  return generateCardStories({
    seed: DEMO_SEED,
    cardholders: DEMO_USERS.map((user) => user.profile),
    authorizationsPerCard: 0,
    start: DEMO_WINDOW.start,
    end: DEMO_WINDOW.end,
  });
}
