import type Stripe from 'stripe';
import { buildCard, cardSpendingControls } from '../builders/build-card.js';
import { buildCardholder } from '../builders/build-cardholder.js';
import { buildEvent } from '../builders/build-event.js';
import { writeAuthorizationStory, writeForceCapture, type Scenario } from './authorization-story.js';
import { BLOCKED_CATEGORIES, DOMESTIC_LOCATIONS } from './merchant-catalogue.js';
import { FIRST_NAMES, LAST_NAMES, STREETS } from './people.js';
import type { StoryContext } from './story-context.js';
import type { CardholderProfile, ResolvedStoryOptions } from './story-options.js';

const HOUR = 3600;
const DAY = 86400;
/** Per-authorization limit on every generated card; Stripe declines above it (`spending_controls`). */
const PER_AUTHORIZATION_LIMIT = 250000;

export interface CardholderStory {
  cardholder: Stripe.Issuing.Cardholder;
  /** Each card as it stands after activation. */
  cards: Stripe.Issuing.Card[];
}

function profileFor(ctx: StoryContext, given: CardholderProfile | undefined): CardholderProfile {
  if (given) return given;
  const first = ctx.rng.pick(FIRST_NAMES);
  const last = ctx.rng.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${first}.${last}.${ctx.story}@example.com`.toLowerCase() };
}

/** A purchase moment: a uniformly drawn day, at a waking hour in US time zones (13:00–02:00 UTC). */
function purchaseTime(ctx: StoryContext, from: number, to: number): number {
  const firstDay = Math.floor(from / DAY);
  const lastDay = Math.floor(to / DAY);
  for (let attempt = 0; attempt < 8; attempt++) {
    const t = ctx.rng.int(firstDay, lastDay) * DAY + 13 * HOUR + ctx.rng.int(0, 13 * HOUR);
    if (t >= from && t <= to) return t;
  }
  return ctx.rng.int(from, to);
}

/**
 * One cardholder's life in the window: created through the API, cards created (inactive) and
 * activated, then purchases on each card with their authorization lifecycles, plus a few force
 * captures.
 */
export function writeCardholderStory(
  ctx: StoryContext,
  options: ResolvedStoryOptions,
  given: CardholderProfile | undefined,
): CardholderStory {
  const { rng } = ctx;
  const profile = profileFor(ctx, given);
  const currency = profile.currency ?? 'usd';
  const home = rng.pick(DOMESTIC_LOCATIONS);
  const created = options.start + rng.int(0, 6 * HOUR);
  const [firstName = profile.name, ...rest] = profile.name.split(' ');
  const cardholder = buildCardholder({
    id: ctx.id('ich'),
    created,
    name: profile.name,
    email: profile.email,
    phone_number: profile.phoneNumber ?? `+1415555${rng.digits(4)}`,
    billing: {
      address: {
        city: home.city,
        country: home.country,
        line1: `${rng.int(1, 2999)} ${rng.pick(STREETS)}`,
        line2: null,
        postal_code: home.postalCode,
        state: home.state,
      },
    },
    individual: {
      card_issuing: { user_terms_acceptance: { date: created, ip: '127.0.0.1', user_agent: 'Mozilla/5.0' } },
      dob: { day: rng.int(1, 28), month: rng.int(1, 12), year: rng.int(1960, 2002) },
      first_name: firstName,
      last_name: rest.length > 0 ? rest.join(' ') : null,
      verification: { document: null },
    },
  });
  ctx.push(buildEvent('issuing_cardholder.created', cardholder, { id: ctx.eventId(), created, request: ctx.apiRequest() }));

  const cards: Stripe.Issuing.Card[] = [];
  const cardCount = profile.cards ?? options.cardsPerCardholder;
  const perCard = profile.authorizationsPerCard ?? options.authorizationsPerCard;
  let cardCreated = created;
  for (let index = 0; index < cardCount; index++) {
    cardCreated += rng.int(60, 30 * 60);
    const type = index === 0 ? 'physical' : 'virtual';
    const inactive = buildCard({
      id: ctx.id('ic'),
      created: cardCreated,
      cardholder,
      currency,
      exp_month: rng.int(1, 12),
      exp_year: rng.int(2028, 2031),
      last4: rng.digits(4),
      type,
      status: 'inactive',
      spending_controls: cardSpendingControls({
        blockedCategories: BLOCKED_CATEGORIES,
        perAuthorizationLimit: PER_AUTHORIZATION_LIMIT,
        currency,
      }),
    });
    ctx.push(buildEvent('issuing_card.created', inactive, { id: ctx.eventId(), created: cardCreated, request: ctx.apiRequest() }));
    // Physical cards are activated when they arrive; virtual ones right away.
    const activatedAt = cardCreated + (type === 'physical' ? rng.int(2 * DAY, 5 * DAY) : rng.int(60, 15 * 60));
    const card: Stripe.Issuing.Card = { ...inactive, status: 'active' };
    ctx.push(
      buildEvent('issuing_card.updated', card, {
        id: ctx.eventId(),
        created: activatedAt,
        previous_attributes: { status: 'inactive' },
        request: ctx.apiRequest(),
      }),
    );
    cards.push(card);

    const from = activatedAt + HOUR;
    const to = options.end - 60;
    if (from >= to) continue;
    const times = Array.from({ length: perCard }, () => purchaseTime(ctx, from, to)).sort((a, b) => a - b);
    const blocked = (card.spending_controls.blocked_categories ?? []).length > 0;
    const weights = Object.entries(options.weights).flatMap(([name, weight]): [Scenario, number][] =>
      isScenario(name) ? [[name === 'webhookDeclined' && !blocked ? 'stripeDeclined' : name, weight]] : [],
    );
    for (const at of times) {
      writeAuthorizationStory(ctx, {
        card,
        at,
        scenario: rng.weighted(weights),
        foreignRate: options.foreignRate,
        refundRate: options.refundRate,
      });
    }
    const expected = (perCard * options.forceCapturesPer100) / 100;
    const forceCaptures = Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0);
    for (let n = 0; n < forceCaptures; n++) writeForceCapture(ctx, card, purchaseTime(ctx, from, to), options.foreignRate);
  }
  return { cardholder, cards };
}

const SCENARIOS: readonly Scenario[] = [
  'captured', 'partialCapture', 'multiCapture', 'reversed', 'expired', 'webhookDeclined', 'stripeDeclined', 'incremental',
];

function isScenario(name: string): name is Scenario {
  return SCENARIOS.some((scenario) => scenario === name);
}
