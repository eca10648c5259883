import type { ProjectionPlan } from '../domain/projection-plan.js';
import type { Queryable } from './db.js';
import { linkUserToCardholder } from './link-user.js';
import { upsertAuthorization } from './upsert-authorization.js';
import { upsertCard } from './upsert-card.js';
import { upsertCardholder } from './upsert-cardholder.js';
import { upsertTransaction } from './upsert-transaction.js';

export interface PlanOutcome {
  /** Rows written (a snapshot not newer than the stored one writes nothing). */
  written: number;
  skipped: number;
}

/** Applies every row of the plan on one connection (the caller owns the transaction). */
export async function applyProjectionPlan(db: Queryable, plan: Partial<ProjectionPlan>): Promise<PlanOutcome> {
  const outcome: PlanOutcome = { written: 0, skipped: 0 };
  const count = (written: boolean): void => {
    if (written) outcome.written += 1;
    else outcome.skipped += 1;
  };
  for (const row of plan.cardholders ?? []) {
    count(await upsertCardholder(db, row));
    // Linked after every cardholder snapshot, also an older one: linking is idempotent.
    await linkUserToCardholder(db, row);
  }
  for (const row of plan.cards ?? []) count(await upsertCard(db, row));
  for (const row of plan.authorizations ?? []) count(await upsertAuthorization(db, row));
  for (const row of plan.transactions ?? []) count(await upsertTransaction(db, row));
  return outcome;
}
