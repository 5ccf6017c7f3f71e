import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Intercompany orders (docs/domain.md#intercompany-orders): a customer that is another company of
 * the group, with its "sync backorder strategy" setting, and an order's link to the original order
 * it supplies (direct delivery or not). No foreign key: entry writes orders without them (0005).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table customers add column intercompany boolean not null default false;
    alter table customers add column sync_backorder_strategy boolean not null default false;
    alter table orders add column intercompany_of bigint;
    alter table orders add column direct_delivery boolean not null default false;
    create index orders_intercompany_of on orders (intercompany_of) where intercompany_of is not null;
    `,
  );
}
