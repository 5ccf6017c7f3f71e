import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/** The core schema: master data, the stock ledger and counters, orders, the record log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    create table locations (
      id serial primary key,
      code text not null unique,
      name text not null,
      priority integer not null default 0,
      created_at timestamptz not null default now()
    );

    create table fulfillment_policies (
      id serial primary key,
      code text not null unique,
      backorder_strategy text not null
        check (backorder_strategy in ('backorder_allowed', 'max_one_backorder', 'deliver_in_full', 'no_backorder')),
      prevent_partial_delivery boolean not null default false,
      rate_value_type text not null default 'none' check (rate_value_type in ('none', 'quantity', 'price')),
      rate_min_percent numeric(5, 2) not null default 0 check (rate_min_percent between 0 and 100),
      violation text not null default 'info' check (violation in ('info', 'warning', 'error')),
      cancel_after_days integer check (cancel_after_days >= 0),
      created_at timestamptz not null default now()
    );

    create table customers (
      id serial primary key,
      code text not null unique,
      name text not null,
      priority integer not null default 0,
      ship_type text not null default 'partial_ok' check (ship_type in ('partial_ok', 'complete')),
      fulfillment_policy_id integer references fulfillment_policies (id),
      created_at timestamptz not null default now()
    );

    create table items (
      id serial primary key,
      sku text not null unique,
      name text not null,
      unit_price numeric(14, 4) not null default 0 check (unit_price >= 0),
      service boolean not null default false,
      created_at timestamptz not null default now()
    );

    -- Counters per (item, location), kept in the same transaction as the ledger rows that move them.
    create table stock_levels (
      item_id integer not null references items (id),
      location_id integer not null references locations (id),
      on_hand bigint not null default 0,
      allocated bigint not null default 0,
      primary key (item_id, location_id),
      check (allocated >= 0),
      check (allocated <= on_hand)
    );

    create table stock_ledger (
      id bigserial primary key,
      item_id integer not null references items (id),
      location_id integer not null references locations (id),
      kind text not null check (kind in ('receipt', 'return', 'adjustment', 'allocation', 'deallocation', 'issue')),
      on_hand_delta integer not null,
      allocated_delta integer not null,
      line_id bigint,
      reference text,
      reason text,
      actor text not null,
      at timestamptz not null
    );
    create index stock_ledger_item on stock_ledger (item_id, location_id);

    create sequence order_entry_seq;

    create table orders (
      id bigserial primary key,
      customer_id integer not null references customers (id),
      priority integer not null,
      ship_type text not null check (ship_type in ('partial_ok', 'complete')),
      fulfillment_policy_id integer references fulfillment_policies (id),
      requested_ship_date date,
      reference text,
      entry_seq bigint not null unique,
      entered_at timestamptz not null,
      warnings jsonb not null default '[]'
    );
    create index orders_customer on orders (customer_id);

    -- priority and entry_seq are copied from the order so that the queue is one index scan.
    create table order_lines (
      id bigserial primary key,
      order_id bigint not null references orders (id),
      line_no integer not null,
      item_id integer not null references items (id),
      quantity integer not null check (quantity > 0),
      unit_price numeric(14, 4) not null check (unit_price >= 0),
      prevent_partial_delivery boolean not null,
      allocated integer not null default 0 check (allocated >= 0),
      released integer not null default 0 check (released >= 0 and released <= allocated),
      shipped integer not null default 0 check (shipped >= 0),
      cancelled integer not null default 0 check (cancelled >= 0),
      backordered integer generated always as (quantity - allocated - shipped - cancelled) stored,
      priority integer not null,
      entry_seq bigint not null,
      unique (order_id, line_no),
      check (quantity - allocated - shipped - cancelled >= 0)
    );
    create index order_lines_waiting on order_lines (item_id, priority desc, entry_seq, line_no)
      where backordered > 0;
    create index order_lines_holding on order_lines (item_id, priority, entry_seq desc, line_no desc)
      where allocated > released;

    -- Written on every allocation; no foreign keys on purpose: their per-row triggers cost four
    -- times the insert (docs/design.md). Rows are written only under the item lock, and the
    -- invariant tests check them against the lines and the counters.
    -- Demand per item (backordered units, waiting lines), kept by statement triggers on
    -- order_lines in the same transaction, so reading an item's demand does not walk its queue.
    create table item_demand (
      item_id integer primary key,
      backordered bigint not null default 0,
      waiting_lines bigint not null default 0
    );
    create function item_demand_change() returns trigger language plpgsql as $$
    begin
      insert into item_demand (item_id, backordered, waiting_lines)
      select item_id, sum(backordered), sum(waiting)
      from (
        select item_id, backordered, (backordered > 0)::int as waiting from new_lines
        union all
        select item_id, -backordered, -(backordered > 0)::int from old_lines
      ) change
      group by item_id
      having sum(backordered) <> 0 or sum(waiting) <> 0
      on conflict (item_id) do update
        set backordered = item_demand.backordered + excluded.backordered,
            waiting_lines = item_demand.waiting_lines + excluded.waiting_lines;
      return null;
    end $$;
    create function item_demand_insert() returns trigger language plpgsql as $$
    begin
      insert into item_demand (item_id, backordered, waiting_lines)
      select item_id, sum(backordered), sum((backordered > 0)::int) from new_lines group by item_id
      on conflict (item_id) do update
        set backordered = item_demand.backordered + excluded.backordered,
            waiting_lines = item_demand.waiting_lines + excluded.waiting_lines;
      return null;
    end $$;
    create trigger order_lines_demand_insert after insert on order_lines
      referencing new table as new_lines for each statement execute function item_demand_insert();
    create trigger order_lines_demand_update after update on order_lines
      referencing old table as old_lines new table as new_lines for each statement execute function item_demand_change();

    create table line_allocations (
      line_id bigint not null,
      location_id integer not null,
      quantity integer not null check (quantity >= 0),
      released integer not null default 0 check (released >= 0 and released <= quantity),
      primary key (line_id, location_id)
    );

    create table record_log (
      id bigserial primary key,
      at timestamptz not null,
      actor text not null,
      entity text not null,
      order_id bigint,
      item_id integer,
      line_no integer,
      action text not null,
      quantity integer,
      reason text
    );
    create index record_log_order on record_log (order_id, id) where order_id is not null;
    create index record_log_item on record_log (item_id, id) where item_id is not null;

    create table idempotency_keys (
      key text primary key,
      fingerprint text not null,
      status integer,
      body jsonb,
      created_at timestamptz not null default now()
    );

    -- Scheduled fill mode: units waiting for the primary (receipts) or secondary process.
    create table pending_fills (
      item_id integer not null references items (id),
      process text not null check (process in ('primary', 'secondary')),
      quantity bigint not null check (quantity >= 0),
      primary key (item_id, process)
    );

    -- The ledger and the record log are append-only: history is never rewritten.
    create function refuse_history_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$;
    create trigger stock_ledger_append_only before update or delete on stock_ledger
      for each row execute function refuse_history_change();
    create trigger record_log_append_only before update or delete on record_log
      for each row execute function refuse_history_change();

    create table job_runs (
      id bigserial primary key,
      job text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      status text not null,
      processed integer not null default 0,
      actor text not null
    );
  `);
}
