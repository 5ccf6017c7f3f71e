import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * The backorder workbench's first page without reading the whole backlog (measured on 1,000,000
 * waiting lines: 9 s before, the page alone after). Each sort of `GET /v1/backorders` walks an
 * index in its own order and stops at the page: the queue order over every item on a partial
 * index of waiting lines (an entry per waiting line, none for lines filled in full, like
 * `order_lines_waiting`), the age and priority sorts on orders by entry time (orders are written
 * once at entry), one customer's queue on its orders in queue order (the order's priority and
 * entry are its lines'), the customer sort on each customer's orders by entry time (the SKU sort
 * takes each item's first lines from `order_lines_waiting`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    create index order_lines_queue on order_lines (priority desc, entry_seq, line_no)
      where backordered > 0 and may_wait;
    create index orders_entered on orders (entered_at, id);
    create index orders_priority_entered on orders (priority desc, entered_at, id);
    create index orders_customer_queue on orders (customer_id, priority desc, entry_seq);
    create index orders_customer_entered on orders (customer_id, entered_at, id);
    `,
  );
}
