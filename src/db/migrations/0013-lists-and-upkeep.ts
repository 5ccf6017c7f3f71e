import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Master data is deactivated, never deleted (history keeps it): an inactive item or customer
 * takes no new orders. The order list pages by entry or by priority and filters by customer and
 * reference (exact or prefix). `entry_seq` is unique, so it orders by entry alone (its unique
 * index serves the default sort). The indexes are on `orders`, which is written once at entry.
 * An index on `order_lines` would cost an entry on every fill (no line update is HOT, see
 * docs/design.md), so the SKU filter reads `order_items`: which orders have a line of which item,
 * one row per pair, written by a statement trigger as lines are inserted (a line never changes its
 * order or item, and nothing deletes lines), so a fill never touches it. Measured on 300,000
 * orders: the SKU filter probing each order's lines took ~1.5 s for a rare SKU.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table items add column active boolean not null default true;
    alter table locations add column active boolean not null default true;
    alter table customers add column active boolean not null default true;
    alter table fulfillment_policies add column active boolean not null default true;
    create index orders_by_priority on orders (priority desc, entry_seq);
    drop index orders_customer;
    create index orders_customer on orders (customer_id, entry_seq);
    create index orders_reference on orders (reference text_pattern_ops) where reference is not null;

    create table order_items (
      item_id integer not null,
      order_id bigint not null,
      primary key (item_id, order_id)
    );
    insert into order_items (item_id, order_id) select distinct item_id, order_id from order_lines;
    create function order_items_of_new_lines() returns trigger language plpgsql as $$
    begin
      insert into order_items (item_id, order_id) select distinct item_id, order_id from new_lines
      on conflict do nothing;
      return null;
    end $$;
    create trigger order_lines_order_items after insert on order_lines
      referencing new table as new_lines for each statement execute function order_items_of_new_lines();
    `,
  );
}
