import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Master data is deactivated, never deleted (history keeps it): an inactive item or customer
 * takes no new orders. The order list pages by entry or by priority and filters by customer and
 * reference (exact or prefix); its indexes are on `orders` only, which is written once at entry:
 * an index on `order_lines` would cost an entry on every fill (no line update is HOT, see
 * docs/design.md), so the SKU filter probes each order's lines by `(order_id, line_no)` instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table items add column active boolean not null default true;
    alter table locations add column active boolean not null default true;
    alter table customers add column active boolean not null default true;
    alter table fulfillment_policies add column active boolean not null default true;
    create index orders_entry on orders (entry_seq, id);
    create index orders_by_priority on orders (priority desc, entry_seq, id);
    drop index orders_customer;
    create index orders_customer on orders (customer_id, entry_seq, id);
    create index orders_reference on orders (reference text_pattern_ops) where reference is not null;
    `,
  );
}
