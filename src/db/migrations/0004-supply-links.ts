import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Joins the two halves built side by side: the supply documents (0003) now feed the
 * `line_supply_links` seam of the cancellation jobs (0002), and promise dates get an index for
 * "does any waiting line of this item carry a date?", so a fill need not read the queue to know.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    create or replace view line_supply_links as
      select order_line_id as line_id, case when p.drop_ship then 'drop_ship' else 'purchase_order' end as kind
      from purchase_order_lines l join purchase_orders p on p.id = l.purchase_order_id
      where l.order_line_id is not null and p.status in ('draft', 'open', 'partially_received')
      union all
      select order_line_id, 'transfer_order'
      from transfer_order_lines l join transfer_orders t on t.id = l.transfer_order_id
      where l.order_line_id is not null and t.status in ('open', 'shipped');

    create index order_lines_promised on order_lines (item_id)
      where expected_ship_date is not null and backordered > 0;
  `);
}
