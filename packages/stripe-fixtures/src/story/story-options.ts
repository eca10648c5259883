import { FixtureError } from '../fixture-error.js';

/** Who a generated cardholder is; everything not given is drawn from the seed. */
export interface CardholderProfile {
  name: string;
  email: string;
  phoneNumber?: string;
  /** Number of cards (default: the story's `cardsPerCardholder`). */
  cards?: number;
  /** Authorizations on each card (default: the story's `authorizationsPerCard`). */
  authorizationsPerCard?: number;
  /** Card currency (default usd). */
  currency?: string;
}

/** How often each authorization lifecycle happens (relative weights). */
export interface ScenarioWeights {
  /** approved, captured once and closed (amount per merchant profile: tips, fuel, lodging) */
  captured: number;
  /** approved, captured for less than authorized */
  partialCapture: number;
  /** approved, captured twice (the first capture keeps it pending) */
  multiCapture: number;
  /** approved, then reversed by the merchant */
  reversed: number;
  /** approved, never captured in time: expired (sometimes captured later anyway) */
  expired: number;
  /** asked in real time at a blocked merchant category, declined */
  webhookDeclined: number;
  /** declined by Stripe before any real-time request (limits, funds, fraud) */
  stripeDeclined: number;
  /** approved, then an incremental request raises the hold, then captured */
  incremental: number;
}

export const DEFAULT_SCENARIO_WEIGHTS: ScenarioWeights = {
  captured: 70,
  partialCapture: 4,
  multiCapture: 3,
  reversed: 5,
  expired: 3,
  webhookDeclined: 3,
  stripeDeclined: 5,
  incremental: 3,
};

export interface CardStoriesOptions {
  seed: string | number;
  /** A count (people drawn from the seed) or explicit profiles. */
  cardholders: number | readonly CardholderProfile[];
  /** Cards per cardholder (default 2). */
  cardsPerCardholder?: number;
  authorizationsPerCard: number;
  /** Window of the stories; no event is later than `end`. Dates or unix seconds. */
  start: Date | number;
  end: Date | number;
  /** Share of purchases at merchants abroad, in another currency (default 0.05). */
  foreignRate?: number;
  /** Share of captured purchases later refunded (default 0.07). */
  refundRate?: number;
  /** Force captures (no authorization) per 100 authorizations (default 1). */
  forceCapturesPer100?: number;
  scenarioWeights?: Partial<ScenarioWeights>;
}

export interface ResolvedStoryOptions {
  seed: string;
  profiles: readonly CardholderProfile[] | null;
  cardholderCount: number;
  cardsPerCardholder: number;
  authorizationsPerCard: number;
  start: number;
  end: number;
  foreignRate: number;
  refundRate: number;
  forceCapturesPer100: number;
  weights: ScenarioWeights;
}

function toUnixSeconds(value: Date | number, name: string): number {
  const seconds = value instanceof Date ? Math.floor(value.getTime() / 1000) : value;
  if (!Number.isFinite(seconds)) throw new FixtureError(`${name} is not a valid time`);
  return Math.floor(seconds);
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new FixtureError(`${name} must be a non-negative integer, got ${value}`);
  return value;
}

function rate(value: number, name: string): number {
  if (!(value >= 0 && value <= 1)) throw new FixtureError(`${name} must be between 0 and 1, got ${value}`);
  return value;
}

/** Validates the options and fills in defaults. */
export function resolveStoryOptions(options: CardStoriesOptions): ResolvedStoryOptions {
  const start = toUnixSeconds(options.start, 'start');
  const end = toUnixSeconds(options.end, 'end');
  if (end - start < 86400) throw new FixtureError('end must be at least one day after start');
  const profiles = typeof options.cardholders === 'number' ? null : options.cardholders;
  const weights = { ...DEFAULT_SCENARIO_WEIGHTS, ...options.scenarioWeights };
  for (const [name, weight] of Object.entries(weights)) {
    if (!(weight >= 0)) throw new FixtureError(`scenario weight ${name} must be >= 0`);
  }
  return {
    seed: String(options.seed),
    profiles,
    cardholderCount: profiles ? profiles.length : count(typeof options.cardholders === 'number' ? options.cardholders : 0, 'cardholders'),
    cardsPerCardholder: count(options.cardsPerCardholder ?? 2, 'cardsPerCardholder'),
    authorizationsPerCard: count(options.authorizationsPerCard, 'authorizationsPerCard'),
    start,
    end,
    foreignRate: rate(options.foreignRate ?? 0.05, 'foreignRate'),
    refundRate: rate(options.refundRate ?? 0.07, 'refundRate'),
    forceCapturesPer100: Math.max(0, options.forceCapturesPer100 ?? 1),
    weights,
  };
}
