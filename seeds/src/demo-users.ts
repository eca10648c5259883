import { DEMO_USER_ID } from '@issuing/dev-defaults';
import type { CardholderProfile } from '@issuing/stripe-fixtures';

/** A user of the dashboard, seeded before the Stripe events so the pipeline links it by email. */
export interface DemoUser {
  id: string;
  name: string;
  email: string;
  /** The cardholder Stripe will have for this user. */
  profile: CardholderProfile;
}

/** The design's three users; the first is the default one, with the large history. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: DEMO_USER_ID,
    name: 'Jordan Avery',
    email: 'jordan.avery@example.com',
    profile: { name: 'Jordan Avery', email: 'jordan.avery@example.com', phoneNumber: '+14155550123', cards: 3, authorizationsPerCard: 520 },
  },
  {
    id: 'c642670b-327c-4c2c-85cd-e01bcefa0331',
    name: 'Sam Rivera',
    email: 'sam.rivera@example.com',
    profile: { name: 'Sam Rivera', email: 'sam.rivera@example.com', phoneNumber: '+14155550187', cards: 2, authorizationsPerCard: 70 },
  },
  {
    id: '139b9f47-f9f6-4a58-92d0-9b1f571a4523',
    name: 'Priya Natarajan',
    email: 'priya.natarajan@example.com',
    profile: { name: 'Priya Natarajan', email: 'priya.natarajan@example.com', phoneNumber: '+14155550142', cards: 1, authorizationsPerCard: 90 },
  },
];
