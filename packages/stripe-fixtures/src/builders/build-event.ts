import type Stripe from 'stripe';
import { API_VERSION } from '../constants.js';
import { FixtureError } from '../fixture-error.js';

export type AuthorizationEventType =
  | 'issuing_authorization.request'
  | 'issuing_authorization.created'
  | 'issuing_authorization.updated';
export type CardEventType = 'issuing_card.created' | 'issuing_card.updated';
export type CardholderEventType = 'issuing_cardholder.created' | 'issuing_cardholder.updated';
export type TransactionEventType = 'issuing_transaction.created' | 'issuing_transaction.updated';
export type IssuingEventType = AuthorizationEventType | CardEventType | CardholderEventType | TransactionEventType;

export type IssuingObject =
  | Stripe.Issuing.Authorization
  | Stripe.Issuing.Card
  | Stripe.Issuing.Cardholder
  | Stripe.Issuing.Transaction;

export interface EventOptions<T> {
  /** `evt_…` */
  id: string;
  /** Unix seconds. */
  created: number;
  /** Only on `*.updated`: the changed fields' previous values. */
  previous_attributes?: Partial<T>;
  /** `{id, idempotency_key}` of the API call that caused it; omitted for automatic events (nulls). */
  request?: { id: string | null; idempotency_key: string | null };
  pending_webhooks?: number;
}

/** The Stripe events this project handles, narrowed from `Stripe.Event`. */
export type IssuingEvent = Extract<Stripe.Event, { type: IssuingEventType }>;

type BuildEventArgs =
  | [AuthorizationEventType, Stripe.Issuing.Authorization, EventOptions<Stripe.Issuing.Authorization>]
  | [CardEventType, Stripe.Issuing.Card, EventOptions<Stripe.Issuing.Card>]
  | [CardholderEventType, Stripe.Issuing.Cardholder, EventOptions<Stripe.Issuing.Cardholder>]
  | [TransactionEventType, Stripe.Issuing.Transaction, EventOptions<Stripe.Issuing.Transaction>];

/** A snapshot `Stripe.Event` (API 2026-10-28.endive) carrying `object` as `data.object`. */
export function buildEvent(
  type: AuthorizationEventType,
  object: Stripe.Issuing.Authorization,
  options: EventOptions<Stripe.Issuing.Authorization>,
): IssuingEvent;
export function buildEvent(type: CardEventType, object: Stripe.Issuing.Card, options: EventOptions<Stripe.Issuing.Card>): IssuingEvent;
export function buildEvent(
  type: CardholderEventType,
  object: Stripe.Issuing.Cardholder,
  options: EventOptions<Stripe.Issuing.Cardholder>,
): IssuingEvent;
export function buildEvent(
  type: TransactionEventType,
  object: Stripe.Issuing.Transaction,
  options: EventOptions<Stripe.Issuing.Transaction>,
): IssuingEvent;
export function buildEvent(...args: BuildEventArgs): IssuingEvent {
  const [type, object, options] = args;
  if (!eventTypeMatchesObject(type, object)) {
    throw new FixtureError(`event type ${type} cannot carry a ${object.object}`);
  }
  const base = {
    id: options.id,
    object: 'event' as const,
    api_version: API_VERSION,
    created: options.created,
    livemode: false,
    pending_webhooks: options.pending_webhooks ?? 1,
    request: options.request ?? { id: null, idempotency_key: null },
  };
  switch (args[0]) {
    case 'issuing_authorization.request':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_authorization.created':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_authorization.updated':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_card.created':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_card.updated':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_cardholder.created':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_cardholder.updated':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_transaction.created':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
    case 'issuing_transaction.updated':
      return { ...base, type: args[0], data: withPrevious(args[1], args[2].previous_attributes) };
  }
}

/** `previous_attributes` appears only when given (Stripe sends it on `*.updated` events). */
function withPrevious<T>(object: T, previous: Partial<T> | undefined): { object: T; previous_attributes?: Partial<T> } {
  return previous === undefined ? { object } : { object, previous_attributes: previous };
}

const OBJECT_FOR_PREFIX: Readonly<Record<string, IssuingObject['object']>> = {
  issuing_authorization: 'issuing.authorization',
  issuing_card: 'issuing.card',
  issuing_cardholder: 'issuing.cardholder',
  issuing_transaction: 'issuing.transaction',
};

function eventTypeMatchesObject(type: IssuingEventType, object: IssuingObject): boolean {
  const prefix = type.slice(0, type.indexOf('.'));
  return OBJECT_FOR_PREFIX[prefix] === object.object;
}
