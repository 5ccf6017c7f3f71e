import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Rationing (docs/domain.md#rationing): an item's allocation rule (`queue`, the default, or
 * `fair_share`) and an optional per-customer cap, in units or as a percent of the item's receipts
 * over a period of days. The database keeps the shapes the API checks: a cap is positive, one kind.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table items add column allocation_rule text not null default 'queue' check (allocation_rule in ('queue', 'fair_share'));
    alter table items add column customer_cap_units integer check (customer_cap_units > 0);
    alter table items add column customer_cap_percent integer check (customer_cap_percent between 1 and 100);
    alter table items add column customer_cap_period_days integer check (customer_cap_period_days > 0);
    alter table items add constraint items_one_customer_cap check (
      (customer_cap_units is null or customer_cap_percent is null)
      and ((customer_cap_percent is null) = (customer_cap_period_days is null)));
    `,
  );
}
