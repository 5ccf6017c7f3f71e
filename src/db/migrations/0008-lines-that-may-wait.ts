import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Nothing stranded (docs/domain.md#nothing-stranded): a line whose order may not release again
 * (a no_backorder order after its release, a max_one_backorder order after its second) can never
 * ship its remainder, so it leaves the queue: `may_wait` is false, the waiting index and the
 * demand counters leave it out, and the cancel-backorders job cancels what is left. Existing
 * orders past their last release are closed here (their unreleased stock, if any, is what the
 * job then cancels).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table order_lines add column may_wait boolean not null default true;

    drop index order_lines_waiting;
    create index order_lines_waiting on order_lines (item_id, priority desc, entry_seq, line_no)
      where backordered > 0 and may_wait;
    drop index order_lines_promised;
    create index order_lines_promised on order_lines (item_id)
      where expected_ship_date is not null and backordered > 0 and may_wait;

    create or replace function item_demand_change() returns trigger language plpgsql as $$
    begin
      insert into item_demand (item_id, backordered, waiting_lines)
      select item_id, sum(backordered), sum(waiting)
      from (
        select item_id, case when may_wait then backordered else 0 end as backordered,
               (backordered > 0 and may_wait)::int as waiting from new_lines
        union all
        select item_id, -(case when may_wait then backordered else 0 end), -(backordered > 0 and may_wait)::int from old_lines
      ) change
      group by item_id
      having sum(backordered) <> 0 or sum(waiting) <> 0
      on conflict (item_id) do update
        set backordered = item_demand.backordered + excluded.backordered,
            waiting_lines = item_demand.waiting_lines + excluded.waiting_lines;
      return null;
    end $$;
    create or replace function item_demand_insert() returns trigger language plpgsql as $$
    begin
      insert into item_demand (item_id, backordered, waiting_lines)
      select item_id, sum(case when may_wait then backordered else 0 end), sum((backordered > 0 and may_wait)::int)
      from new_lines group by item_id
      on conflict (item_id) do update
        set backordered = item_demand.backordered + excluded.backordered,
            waiting_lines = item_demand.waiting_lines + excluded.waiting_lines;
      return null;
    end $$;

    with releases as (
      select sl.order_id, count(distinct sl.release_no) as releases
      from shipment_lines sl join shipments s on s.id = sl.shipment_id and s.status <> 'voided'
      group by sl.order_id
    )
    update order_lines l set may_wait = false, expected_ship_date = null
    from orders o join releases r on r.order_id = o.id
    where o.id = l.order_id and o.ship_type <> 'complete'
      and ((o.backorder_strategy = 'no_backorder' and r.releases >= 1)
        or (o.backorder_strategy = 'max_one_backorder' and r.releases >= 2));
  `);
}
