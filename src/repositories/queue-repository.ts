import { sql, type RawBuilder } from 'kysely';
import type { Grant, Holding, WaitingLine } from '../domain/allocation/allocation-plan.js';
import { groupBy } from '../domain/group-by.js';
import type { QueueRank } from '../domain/allocation/queue-rank.js';
import type { Executor } from './executor.js';
import { numberArray } from './number-array.js';

/**
 * The front of several items' queues at once: for each item, its first `limit` waiting lines,
 * best first (one bounded scan of the waiting index per item).
 */
export async function queueFronts(
  db: Executor,
  fronts: readonly { readonly itemId: number; readonly limit: number }[],
): Promise<Map<number, WaitingLine[]>> {
  const { rows } = await sql<WaitingLine & { itemId: number }>`
    select f.item_id as "itemId", w.*
    from unnest(${fronts.map((f) => f.itemId)}::int[], ${fronts.map((f) => f.limit)}::int[]) as f(item_id, lim)
    cross join lateral (
      select id as "lineId", order_id as "orderId", line_no as "lineNo", priority, entry_seq as "entrySeq", backordered,
           preferred_location_id as "preferredLocationId"
      from order_lines
      where item_id = f.item_id and backordered > 0 and may_wait
      order by priority desc, entry_seq, line_no
      limit f.lim
    ) w`.execute(db);
  return groupBy(rows, (row) => row.itemId, ({ itemId: _itemId, ...line }): WaitingLine => line);
}

const aheadOf = (rank: QueueRank) => sql`(priority > ${rank.priority}
  or (priority = ${rank.priority} and (entry_seq < ${rank.entrySeq}
    or (entry_seq = ${rank.entrySeq} and line_no < ${rank.lineNo}))))`;

/**
 * Waiting lines that rank ahead of `rank`, best first, after the first `covered` units of
 * demand (those that free stock already covers); the first line returned lacks only what is
 * not covered. A plain index scan when nothing is covered. `from`: the page after that line (the
 * units covered still count from the front).
 */
export async function waitingAhead(
  db: Executor,
  itemId: number,
  rank: QueueRank,
  covered: number,
  limit: number,
  from?: QueueRank,
): Promise<WaitingLine[]> {
  const { rows } = await sql<WaitingLine & { through: number }>`
    select * from (
      select id as "lineId", order_id as "orderId", line_no as "lineNo", priority, entry_seq as "entrySeq", backordered,
             preferred_location_id as "preferredLocationId",
             ${covered > 0 ? sql`sum(backordered) over (order by priority desc, entry_seq, line_no)` : sql`0`} as through
      from order_lines
      where item_id = ${itemId} and backordered > 0 and may_wait and ${aheadOf(rank)}
    ) w
    where ${covered > 0 ? sql`through > ${covered}` : sql`true`}
      and ${from === undefined ? sql`true` : sql`(priority < ${from.priority} or (priority = ${from.priority} and ("entrySeq" > ${from.entrySeq} or ("entrySeq" = ${from.entrySeq} and "lineNo" > ${from.lineNo}))))`}
    order by priority desc, "entrySeq", "lineNo"
    limit ${limit}`.execute(db);
  return rows.map(({ through, ...line }) => ({
    ...line,
    backordered: covered > 0 ? Math.min(line.backordered, Number(through) - covered) : line.backordered,
  }));
}

/** Units still owed to the lines that wait ahead of `rank`. */
export async function owedAhead(db: Executor, itemId: number, rank: QueueRank): Promise<number> {
  const { rows } = await sql<{ owed: number }>`
    select coalesce(sum(backordered), 0) as owed
    from order_lines
    where item_id = ${itemId} and backordered > 0 and may_wait and ${aheadOf(rank)}`.execute(db);
  return Number(rows[0]?.owed ?? 0);
}

const after = (rank: QueueRank) => sql`(priority < ${rank.priority}
  or (priority = ${rank.priority} and (entry_seq > ${rank.entrySeq}
    or (entry_seq = ${rank.entrySeq} and line_no > ${rank.lineNo}))))`;

/**
 * One page of the queue's front: waiting lines after `from` (exclusive; the very front when
 * undefined) and not behind `through`, best first.
 */
export async function waitingBetween(
  db: Executor,
  itemId: number,
  from: QueueRank | undefined,
  through: QueueRank,
  limit: number,
): Promise<WaitingLine[]> {
  const { rows } = await sql<WaitingLine>`
    select id as "lineId", order_id as "orderId", line_no as "lineNo", priority, entry_seq as "entrySeq", backordered,
           preferred_location_id as "preferredLocationId"
    from order_lines
    where item_id = ${itemId} and backordered > 0 and may_wait and not ${after(through)}
      ${from === undefined ? sql`` : sql`and ${after(from)}`}
    order by priority desc, entry_seq, line_no
    limit ${limit}`.execute(db);
  return rows;
}

/** The rank of the worst-ranked line holding unreleased stock (one probe of the holding index). */
export const worstHolderQuery = (itemId: number | RawBuilder<unknown>) => sql<QueueRank>`
  select priority, entry_seq as "entrySeq", line_no as "lineNo"
  from order_lines
  where item_id = ${itemId} and allocated > released
  order by priority, entry_seq desc, line_no desc
  limit 1`;

export async function worstHolder(db: Executor, itemId: number): Promise<QueueRank | undefined> {
  const { rows } = await worstHolderQuery(itemId).execute(db);
  return rows[0];
}

/**
 * Unreleased allocations of an item, worst-ranked line first and, within a line, its least
 * preferred location first: the order in which stock is taken back. Optionally at one location.
 * Pegged units (from supply linked to the line) are left out unless `pegged` asks for them.
 */
export async function holdings(
  db: Executor,
  itemId: number,
  limit: number,
  locationId?: number,
  pegged: 'without_pegged' | 'with_pegged' = 'without_pegged',
): Promise<Holding[]> {
  const kept = pegged === 'with_pegged' ? sql`a.released` : sql`greatest(a.released, a.pegged)`;
  const { rows } = await sql<Holding>`
    select l.id as "lineId", l.order_id as "orderId", l.line_no as "lineNo", l.priority, l.entry_seq as "entrySeq",
           a.location_id as "locationId", a.quantity - ${kept} as quantity
    from order_lines l
    join line_allocations a on a.line_id = l.id
    join locations loc on loc.id = a.location_id
    where l.item_id = ${itemId} and l.allocated > l.released and a.quantity > ${kept}
      ${locationId === undefined ? sql`` : sql`and a.location_id = ${locationId}`}
    order by l.priority, l.entry_seq desc, l.line_no desc, a.location_id = l.preferred_location_id, loc.priority, loc.code desc
    limit ${limit}`.execute(db);
  return rows;
}

/**
 * Adds (sign 1) or removes (sign -1) allocation on lines at locations: the line totals and the
 * per-location split move together. Counters and ledger rows are the caller's.
 */
export async function shiftLineAllocations(db: Executor, grants: readonly Grant[], sign: 1 | -1): Promise<{ filledLineIds: Set<number> }> {
  const filledLineIds = new Set<number>();
  if (grants.length === 0) return { filledLineIds };
  const byLine = new Map<number, number>();
  const byPlace = new Map<number, Map<number, number>>(); // line → location → delta
  for (const g of grants) {
    byLine.set(g.lineId, (byLine.get(g.lineId) ?? 0) + g.quantity * sign);
    let places = byPlace.get(g.lineId);
    if (!places) byPlace.set(g.lineId, (places = new Map()));
    places.set(g.locationId, (places.get(g.locationId) ?? 0) + g.quantity * sign);
  }
  const lineIds: number[] = [];
  const locationIds: number[] = [];
  const deltas: number[] = [];
  for (const [lineId, places] of byPlace) {
    for (const [locationId, delta] of places) {
      lineIds.push(lineId);
      locationIds.push(locationId);
      deltas.push(delta);
    }
  }
  // `l.id = any(…)` as well as the join: without it the planner hashes the whole table (a
  // sequential scan that grows with every line ever entered) instead of probing the primary key.
  const ids = numberArray([...byLine.keys()]);
  const { rows: waitingNoMore } = await sql<{ id: number }>`
    update order_lines l set allocated = l.allocated + d.delta
    from unnest(${ids}::bigint[], ${numberArray([...byLine.values()])}::int[]) as d(id, delta)
    where l.id = d.id and l.id = any(${ids}::bigint[])
    returning case when l.backordered = 0 then l.id end as id`.execute(db);
  // Lines that no longer wait after this allocation (their backorder filled): the `line.filled` event.
  if (sign > 0) for (const { id } of waitingNoMore) if (id !== null) filledLineIds.add(id);
  if (sign > 0) {
    await sql`
      insert into line_allocations (line_id, location_id, quantity)
      select * from unnest(${numberArray(lineIds)}::bigint[], ${numberArray(locationIds)}::int[], ${numberArray(deltas)}::int[])
      on conflict (line_id, location_id) do update set quantity = line_allocations.quantity + excluded.quantity`.execute(db);
    return { filledLineIds };
  }
  // An upsert would check the (negative) candidate row before finding the conflict: update instead.
  // Units given up leave the pegged ones last: pegged never exceeds what the line still holds.
  await sql`
    update line_allocations a set quantity = a.quantity + d.delta, pegged = least(a.pegged, a.quantity + d.delta)
    from unnest(${lineIds}::bigint[], ${locationIds}::int[], ${deltas}::int[]) as d(line_id, location_id, delta)
    where a.line_id = d.line_id and a.location_id = d.location_id and a.line_id = any(${lineIds}::bigint[])`.execute(db);
  await sql`delete from line_allocations where line_id = any(${[...byLine.keys()]}::bigint[]) and quantity = 0`.execute(db);
  return { filledLineIds };
}

/** A line's unreleased allocations, least preferred location first (what a cancellation frees first). */
export async function lineHoldings(db: Executor, lineId: number): Promise<{ locationId: number; quantity: number }[]> {
  const { rows } = await sql<{ locationId: number; quantity: number }>`
    select a.location_id as "locationId", a.quantity - a.released as quantity
    from line_allocations a join locations loc on loc.id = a.location_id join order_lines l on l.id = a.line_id
    where a.line_id = ${lineId} and a.quantity > a.released
    order by a.location_id = l.preferred_location_id, loc.priority, loc.code desc`.execute(db);
  return rows;
}

/** Marks allocated units as pegged to their line (they came from supply linked to it). */
export async function pegAllocations(db: Executor, grants: readonly Grant[]): Promise<void> {
  if (grants.length === 0) return;
  const lineIds = grants.map((g) => g.lineId);
  await sql`
    update line_allocations a set pegged = a.pegged + d.quantity
    from unnest(${lineIds}::bigint[], ${grants.map((g) => g.locationId)}::int[],
                ${grants.map((g) => g.quantity)}::int[]) as d(line_id, location_id, quantity)
    where a.line_id = d.line_id and a.location_id = d.location_id and a.line_id = any(${lineIds}::bigint[])`.execute(db);
}

/** One line as a queue member, with what it still lacks (nothing once it may not wait); undefined when it is not of this item. */
export async function queueLine(db: Executor, itemId: number, lineId: number): Promise<WaitingLine | undefined> {
  const { rows } = await sql<WaitingLine>`
    select id as "lineId", order_id as "orderId", line_no as "lineNo", priority, entry_seq as "entrySeq",
           case when may_wait then backordered else 0 end as backordered, preferred_location_id as "preferredLocationId"
    from order_lines where id = ${lineId} and item_id = ${itemId}`.execute(db);
  return rows[0];
}
