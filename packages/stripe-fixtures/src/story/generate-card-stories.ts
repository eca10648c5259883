import type Stripe from 'stripe';
import type { IssuingEvent } from '../builders/build-event.js';
import { createRng } from '../rng.js';
import { writeCardholderStory } from './cardholder-story.js';
import { StoryContext, type TimedEvent } from './story-context.js';
import { resolveStoryOptions, type CardStoriesOptions } from './story-options.js';

export interface CardStories {
  /** Every event, in canonical causal order (by `created`, causes before effects). */
  events: IssuingEvent[];
  cardholders: Stripe.Issuing.Cardholder[];
  /** Cards as they stand once activated. */
  cards: Stripe.Issuing.Card[];
}

function canonicalOrder(a: TimedEvent, b: TimedEvent): number {
  return a.event.created - b.event.created || a.story - b.story || a.seq - b.seq;
}

/**
 * Generates the Stripe Issuing events of realistic card programs. Pure and deterministic: the
 * same options give byte-identical events. Each cardholder's story draws from its own
 * generator (seed + position), so adding cardholders does not change the existing ones.
 */
export function generateCardStories(options: CardStoriesOptions): CardStories {
  const resolved = resolveStoryOptions(options);
  const timed: TimedEvent[] = [];
  const cardholders: Stripe.Issuing.Cardholder[] = [];
  const cards: Stripe.Issuing.Card[] = [];
  for (let index = 0; index < resolved.cardholderCount; index++) {
    const ctx = new StoryContext(createRng(`${resolved.seed}/cardholder/${index}`), index, resolved.end);
    const story = writeCardholderStory(ctx, resolved, resolved.profiles?.[index]);
    cardholders.push(story.cardholder);
    cards.push(...story.cards);
    timed.push(...ctx.events);
  }
  timed.sort(canonicalOrder);
  return { events: timed.map(({ event }) => event), cardholders, cards };
}
