import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** A derived value that did not match what it is derived from, as it was and as it is now. */
export interface Repaired {
  readonly itemId: number;
  readonly locationId: number | null;
  readonly what: string;
  readonly was: string;
  readonly now: string;
}

/**
 * Per-location counters of these items rebuilt from the ledger, where they differ (a missing
 * counter row is added). The ledger itself is never rewritten. Call under the items' locks.
 */
export async function rebuildCounters(db: Executor, itemIds: readonly number[]): Promise<Repaired[]> {
  const { rows } = await sql<Repaired>`
    with ledger as (
      select item_id, location_id, sum(on_hand_delta) as on_hand, sum(allocated_delta) as allocated
      from stock_ledger where item_id = any(${[...itemIds]}::int[]) group by item_id, location_id
    ), old as (
      select l.item_id, l.location_id, s.on_hand as old_on_hand, s.allocated as old_allocated, l.on_hand, l.allocated
      from ledger l left join stock_levels s on s.item_id = l.item_id and s.location_id = l.location_id
      where s.item_id is null or s.on_hand <> l.on_hand or s.allocated <> l.allocated
    ), rebuilt as (
      insert into stock_levels (item_id, location_id, on_hand, allocated)
      select item_id, location_id, on_hand, allocated from old
      on conflict (item_id, location_id) do update set on_hand = excluded.on_hand, allocated = excluded.allocated
      returning item_id
    )
    select o.item_id as "itemId", o.location_id as "locationId", 'stock counters' as what,
           'on hand ' || coalesce(o.old_on_hand::text, 'none') || ', allocated ' || coalesce(o.old_allocated::text, 'none') as was,
           'on hand ' || o.on_hand || ', allocated ' || o.allocated as now
    from old o`.execute(db);
  return rows;
}

/** Per-item demand counters of these items rebuilt from their lines, where they differ. Call under the items' locks. */
export async function rebuildDemand(db: Executor, itemIds: readonly number[]): Promise<Repaired[]> {
  const { rows } = await sql<Repaired>`
    with lines as (
      select i.id as item_id,
             coalesce(sum(l.backordered) filter (where l.may_wait), 0) as backordered,
             count(l.id) filter (where l.backordered > 0 and l.may_wait) as waiting
      from items i left join order_lines l on l.item_id = i.id
      where i.id = any(${[...itemIds]}::int[]) group by i.id
    ), old as (
      select l.item_id, d.backordered as old_backordered, d.waiting_lines as old_waiting, l.backordered, l.waiting
      from lines l left join item_demand d on d.item_id = l.item_id
      where coalesce(d.backordered, 0) <> l.backordered or coalesce(d.waiting_lines, 0) <> l.waiting
    ), rebuilt as (
      insert into item_demand (item_id, backordered, waiting_lines)
      select item_id, backordered, waiting from old
      on conflict (item_id) do update set backordered = excluded.backordered, waiting_lines = excluded.waiting_lines
      returning item_id
    )
    select o.item_id as "itemId", null as "locationId", 'demand counters' as what,
           'backordered ' || coalesce(o.old_backordered, 0) || ' on ' || coalesce(o.old_waiting, 0) || ' lines' as was,
           'backordered ' || o.backordered || ' on ' || o.waiting || ' lines' as now
    from old o`.execute(db);
  return rows;
}

/** Dates on lines that do not wait (filled, or out of the queue) are cleared. Call under the items' locks. */
export async function clearDatesOfLinesNotWaiting(db: Executor, itemIds: readonly number[]): Promise<number> {
  const result = await db
    .updateTable('order_lines')
    .set({ expected_ship_date: null })
    .where('item_id', 'in', [...itemIds])
    .where('expected_ship_date', 'is not', null)
    .where((w) => w.or([w('backordered', '=', 0), w('may_wait', '=', false)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Item ids in id order after `afterId` (the pages a repair walks). */
export async function itemIdsAfter(db: Executor, afterId: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('items').select('id').where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}
