import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface ScheduleEntry {
  readonly itemId: number;
  readonly locationId: number;
  readonly date: string;
  /** 0 removes the entry. */
  readonly quantity: number;
}

/** Sets the expected quantity per (item, location, date); a quantity of 0 removes the entry. */
export async function putScheduleEntries(db: Executor, entries: readonly ScheduleEntry[]): Promise<void> {
  const kept = entries.filter((e) => e.quantity > 0);
  const removed = entries.filter((e) => e.quantity === 0);
  if (kept.length > 0) {
    await sql`
      insert into supply_schedule (item_id, location_id, date, quantity)
      select * from unnest(${kept.map((e) => e.itemId)}::int[], ${kept.map((e) => e.locationId)}::int[],
                           ${kept.map((e) => e.date)}::date[], ${kept.map((e) => e.quantity)}::int[])
      on conflict (item_id, location_id, date) do update set quantity = excluded.quantity`.execute(db);
  }
  if (removed.length > 0) {
    await sql`
      delete from supply_schedule s
      using unnest(${removed.map((e) => e.itemId)}::int[], ${removed.map((e) => e.locationId)}::int[],
                   ${removed.map((e) => e.date)}::date[]) as d(item_id, location_id, date)
      where s.item_id = d.item_id and s.location_id = d.location_id and s.date = d.date`.execute(db);
  }
}

export async function scheduleOf(db: Executor, itemIds: readonly number[] | undefined, from: string) {
  const { rows } = await sql<{ sku: string; location: string; date: string; quantity: number }>`
    select i.sku, l.code as location, s.date, s.quantity
    from supply_schedule s join items i on i.id = s.item_id join locations l on l.id = s.location_id
    where s.date >= ${from} ${itemIds === undefined ? sql`` : sql`and s.item_id = any(${[...itemIds]}::int[])`}
    order by i.sku, s.date, l.code
    limit 1000`.execute(db);
  return rows;
}
