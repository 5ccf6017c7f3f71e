import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Release to warehouse and shipments: the order's header strategy and the customer's policy at
 * entry (for the 100 % exception), pending/shipped/voided shipments, and the seam through which
 * supply documents (purchase orders, transfers, drop ships) mark lines the cancellation jobs skip.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table orders add column backorder_strategy text not null default 'backorder_allowed'
      check (backorder_strategy in ('backorder_allowed', 'max_one_backorder', 'deliver_in_full', 'no_backorder'));
    alter table orders add column customer_policy_id integer references fulfillment_policies (id);
    update orders o set backorder_strategy = p.backorder_strategy
      from fulfillment_policies p where p.id = o.fulfillment_policy_id;
    update orders o set customer_policy_id = c.fulfillment_policy_id
      from customers c where c.id = o.customer_id;

    create table shipments (
      id bigserial primary key,
      location_id integer not null references locations (id),
      customer_id integer not null references customers (id),
      status text not null default 'pending' check (status in ('pending', 'shipped', 'voided')),
      created_at timestamptz not null,
      closed_at timestamptz
    );
    create index shipments_pending on shipments (customer_id, location_id) where status = 'pending';
    create index shipments_status on shipments (status, id);

    -- One row per order line and release: a shipment may hold several releases of the same line
    -- (appending), and the releases of an order still in force are counted from these rows.
    create table shipment_lines (
      id bigserial primary key,
      shipment_id bigint not null references shipments (id),
      order_id bigint not null references orders (id),
      line_id bigint not null references order_lines (id),
      release_no integer not null check (release_no > 0),
      quantity integer not null check (quantity > 0),
      shipped integer not null default 0 check (shipped >= 0 and shipped <= quantity)
    );
    create index shipment_lines_shipment on shipment_lines (shipment_id);
    create index shipment_lines_order on shipment_lines (order_id);
    create index shipment_lines_line on shipment_lines (line_id);

    create index order_lines_releasable on order_lines (order_id) where allocated > released;

    alter table record_log add column shipment_id bigint;
    create index record_log_shipment on record_log (shipment_id, id) where shipment_id is not null;

    -- Lines tied to supply (a purchase order, transfer or drop ship): the cancel-backorders job
    -- skips them. Empty until supply documents exist; a later migration replaces this view with
    -- one that selects the links (same columns).
    create view line_supply_links as
      select null::bigint as line_id, null::text as kind where false;
  `);
}
