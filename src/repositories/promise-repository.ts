import { sql } from 'kysely';
import type { ExpectedSupply } from '../domain/promising/promise-dates.js';
import type { QueueRank } from '../domain/allocation/queue-rank.js';
import type { Executor } from './executor.js';
import { numberArray } from './number-array.js';

/** A waiting line as the promise walk and its record log need it. */
export interface PromiseQueueLine {
  readonly lineId: number;
  readonly orderId: number;
  readonly lineNo: number;
  readonly backordered: number;
  readonly preorder: boolean;
  readonly expectedShipDate: string | null;
}

/** The whole waiting queue of an item, best first (one scan of the `order_lines_waiting` index). */
export async function promiseQueue(db: Executor, itemId: number): Promise<PromiseQueueLine[]> {
  const { rows } = await sql<PromiseQueueLine>`
    select id as "lineId", order_id as "orderId", line_no as "lineNo", backordered, preorder,
           expected_ship_date as "expectedShipDate"
    from order_lines
    where item_id = ${itemId} and backordered > 0 and may_wait
    order by priority desc, entry_seq, line_no`.execute(db);
  return rows;
}

/** What an item's promise dates are computed from: free stock, expected supply, and whether any waiting line carries a date. */
export interface PromiseOutlook {
  readonly free: number;
  readonly supply: ExpectedSupply[];
  readonly promised: boolean;
}

/**
 * One read of the outlook of any number of items. Supply expected: open purchase order lines
 * (drop shipments included: they serve their line), transfers in transit, and schedule entries
 * from today on. Drafts and transfers not yet shipped add nothing (the latter's stock is still
 * on a shelf here). `promised` probes a partial index.
 */
export async function promiseOutlooks(db: Executor, itemIds: readonly number[], today: string): Promise<Map<number, PromiseOutlook>> {
  if (itemIds.length === 0) return new Map();
  const { rows } = await sql<{ itemId: number; free: number; promised: boolean; supply: ExpectedSupply[] | null }>`
    select i.id as "itemId",
      (select coalesce(sum(greatest(on_hand - allocated, 0)), 0) from stock_levels where item_id = i.id) as free,
      exists (select 1 from order_lines where item_id = i.id and expected_ship_date is not null and backordered > 0 and may_wait) as promised,
      (select json_agg(s) from (
        select p.expected_date as date, l.quantity - l.received as quantity, l.order_line_id as "forLineId"
        from purchase_order_lines l join purchase_orders p on p.id = l.purchase_order_id
        where l.item_id = i.id and l.received < l.quantity and p.status in ('open', 'partially_received')
        union all
        select t.expected_date, l.shipped - l.received, l.order_line_id
        from transfer_order_lines l join transfer_orders t on t.id = l.transfer_order_id
        where l.item_id = i.id and l.received < l.quantity and t.status = 'shipped' and l.shipped > l.received
        union all
        select date, quantity, null from supply_schedule where item_id = i.id and date >= ${today}
      ) s) as supply
    from unnest(${[...itemIds]}::int[]) as i(id)`.execute(db);
  return new Map(rows.map((r) => [r.itemId, { free: Number(r.free), promised: r.promised, supply: r.supply ?? [] }]));
}

export async function promiseOutlook(db: Executor, itemId: number, today: string): Promise<PromiseOutlook> {
  return (await promiseOutlooks(db, [itemId], today)).get(itemId)!;
}

export async function setPromiseDates(db: Executor, changes: readonly { lineId: number; date: string | null }[]): Promise<void> {
  if (changes.length === 0) return;
  const ids = numberArray(changes.map((c) => c.lineId));
  await sql`
    update order_lines l set expected_ship_date = d.date
    from unnest(${ids}::bigint[], ${changes.map((c) => c.date)}::date[]) as d(id, date)
    where l.id = d.id and l.id = any(${ids}::bigint[])`.execute(db);
}

/** Lines no longer waiting lose their promise date (they are allocated, shipped or cancelled). */
export async function clearSettledPromises(db: Executor, itemIds: readonly number[]): Promise<void> {
  await sql`
    update order_lines set expected_ship_date = null
    where item_id = any(${[...itemIds]}::int[]) and expected_ship_date is not null and backordered = 0`.execute(db);
}

/** How many lines wait at or behind `rank` (the queue's tail from there on). */
export async function waitingFrom(db: Executor, itemId: number, rank: QueueRank): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from order_lines
    where item_id = ${itemId} and backordered > 0 and may_wait
      and (priority < ${rank.priority} or (priority = ${rank.priority} and (entry_seq, line_no) >= (${rank.entrySeq}, ${rank.lineNo})))`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export interface InboundRow {
  readonly date: string;
  readonly quantity: number;
  readonly location: string;
  readonly source: 'purchase_order' | 'transfer_order' | 'schedule';
  readonly reference: string | null;
}

/** What is expected to arrive at our locations, earliest first (drop shipments never arrive here). */
export async function inboundSupply(db: Executor, itemId: number, today: string, limit: number): Promise<InboundRow[]> {
  const { rows } = await sql<InboundRow>`
    select * from (
      select p.expected_date as date, l.quantity - l.received as quantity, loc.code as location,
             'purchase_order' as source, 'PO#' || p.id as reference
      from purchase_order_lines l join purchase_orders p on p.id = l.purchase_order_id join locations loc on loc.id = p.location_id
      where l.item_id = ${itemId} and l.received < l.quantity and p.status in ('open', 'partially_received') and not p.drop_ship
      union all
      select t.expected_date, l.shipped - l.received, loc.code, 'transfer_order', 'TO#' || t.id
      from transfer_order_lines l join transfer_orders t on t.id = l.transfer_order_id join locations loc on loc.id = t.to_location_id
      where l.item_id = ${itemId} and t.status = 'shipped' and l.shipped > l.received
      union all
      select s.date, s.quantity, loc.code, 'schedule', null
      from supply_schedule s join locations loc on loc.id = s.location_id
      where s.item_id = ${itemId} and s.date >= ${today}
    ) inbound
    order by date, location, reference
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, quantity: Number(r.quantity) }));
}

/** Items (after `afterItemId`, in id order) with a waiting line promised for a day before `today`. */
export async function itemsWithPastPromises(db: Executor, today: string, afterItemId: number, limit: number): Promise<number[]> {
  const { rows } = await sql<{ itemId: number }>`
    select distinct item_id as "itemId" from order_lines
    where expected_ship_date < ${today} and backordered > 0 and may_wait and item_id > ${afterItemId}
    order by item_id limit ${limit}`.execute(db);
  return rows.map((r) => r.itemId);
}
