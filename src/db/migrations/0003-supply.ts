import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Preorders, promise dates and supply with dates (issue 4): item preorder terms, the preorder
 * flag and promise date of order lines; purchase orders, transfer orders and the uploaded on-hand change schedule;
 * allocation pegged to a line by the supply linked to it; stock-arrival events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table items
      add column preorder_launch_date date,
      add column preorder_cap integer check (preorder_cap > 0),
      add column supplier text,
      add column lead_time_days integer not null default 0 check (lead_time_days >= 0),
      add column min_level integer not null default 0 check (min_level >= 0),
      add column reorder_quantity integer not null default 0 check (reorder_quantity >= 0),
      add column replenish_location_id integer references locations (id);

    -- The policy an order switches to when it waits for a purchase order raised for it (cross-dock).
    alter table fulfillment_policies
      add column cross_dock_policy_id integer references fulfillment_policies (id),
      add column cross_dock_window_days integer check (cross_dock_window_days >= 0);

    -- location: the order's own location (allocated from first, the destination of its transfers).
    -- split_from: the order this one holds the unfilled remainder of (the third way).
    alter table orders
      add column location_id integer references locations (id),
      add column split_from bigint references orders (id);
    create index orders_split_from on orders (split_from) where split_from is not null;

    -- expected_ship_date: the promise date of the backordered part (recomputed under the item lock).
    alter table order_lines
      add column preorder boolean not null default false,
      add column expected_ship_date date,
      add column preferred_location_id integer references locations (id);
    -- Preorder lines waiting for their launch day (the preorder-launch job finds them here).
    create index order_lines_preorder on order_lines (item_id) where preorder;
    -- Lines filled since their date was set: the only ones a recomputation clears.
    create index order_lines_promise_settled on order_lines (item_id)
      where expected_ship_date is not null and backordered = 0;

    -- Allocation that came from supply linked to the line (a purchase order or transfer raised for
    -- it): the line keeps it when others rank ahead. Released units come out of the pegged ones
    -- first, so the part others may take is quantity - greatest(released, pegged).
    alter table line_allocations
      add column pegged integer not null default 0,
      add constraint line_allocations_pegged check (pegged >= 0 and pegged <= quantity);

    create table purchase_orders (
      id bigserial primary key,
      supplier text not null,
      location_id integer references locations (id),
      drop_ship boolean not null default false,
      status text not null check (status in ('draft', 'open', 'partially_received', 'received', 'cancelled')),
      expected_date date not null,
      reference text,
      created_at timestamptz not null,
      check (drop_ship or location_id is not null)
    );
    create index purchase_orders_status on purchase_orders (status) where status in ('draft', 'open', 'partially_received');

    create table purchase_order_lines (
      id bigserial primary key,
      purchase_order_id bigint not null references purchase_orders (id),
      line_no integer not null,
      item_id integer not null references items (id),
      quantity integer not null check (quantity > 0),
      received integer not null default 0 check (received >= 0 and received <= quantity),
      order_line_id bigint references order_lines (id),
      unique (purchase_order_id, line_no)
    );
    create index purchase_order_lines_open on purchase_order_lines (item_id) where received < quantity;
    create index purchase_order_lines_linked on purchase_order_lines (order_line_id) where order_line_id is not null;

    create table transfer_orders (
      id bigserial primary key,
      from_location_id integer not null references locations (id),
      to_location_id integer not null references locations (id),
      status text not null check (status in ('open', 'shipped', 'received', 'cancelled')),
      expected_date date not null,
      reference text,
      created_at timestamptz not null,
      check (from_location_id <> to_location_id)
    );

    create table transfer_order_lines (
      id bigserial primary key,
      transfer_order_id bigint not null references transfer_orders (id),
      line_no integer not null,
      item_id integer not null references items (id),
      quantity integer not null check (quantity > 0),
      shipped integer not null default 0 check (shipped >= 0 and shipped <= quantity),
      received integer not null default 0 check (received >= 0 and received <= shipped),
      order_line_id bigint references order_lines (id),
      unique (transfer_order_id, line_no)
    );
    create index transfer_order_lines_open on transfer_order_lines (item_id) where received < quantity;
    create index transfer_order_lines_linked on transfer_order_lines (order_line_id) where order_line_id is not null;

    -- Things worth telling someone about (stock arrived for waiting orders), paged by id; ready for webhooks.
    create table events (
      id bigserial primary key,
      at timestamptz not null,
      type text not null,
      item_id integer references items (id),
      location_id integer references locations (id),
      reference text,
      payload jsonb not null
    );

    -- The uploaded on-hand change schedule: units expected at a location on a date.
    create table supply_schedule (
      item_id integer not null references items (id),
      location_id integer not null references locations (id),
      date date not null,
      quantity integer not null check (quantity > 0),
      primary key (item_id, location_id, date)
    );
  `);
}
