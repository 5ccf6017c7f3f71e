import { sql, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ShipmentStatus } from '../domain/release/shipment-lifecycle.js';
import type { Executor } from './executor.js';

export type ShipmentRow = Selectable<Database['shipments']>;

/** Releases of an order still in force: those with a line on a shipment that was not voided. */
export async function releasesInForce(db: Executor, orderId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct sl.release_no) as n
    from shipment_lines sl join shipments s on s.id = sl.shipment_id
    where sl.order_id = ${orderId} and s.status <> 'voided'`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The number the next release of an order takes (voided releases keep theirs). */
export async function nextReleaseNo(db: Executor, orderId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select coalesce(max(release_no), 0) + 1 as n from shipment_lines where order_id = ${orderId}`.execute(db);
  return Number(rows[0]!.n);
}

/** Allocation not yet released, per line and location, best location first. */
export async function unreleasedByLocation(
  db: Executor,
  lineIds: readonly number[],
): Promise<{ lineId: number; locationId: number; quantity: number }[]> {
  if (lineIds.length === 0) return [];
  const { rows } = await sql<{ lineId: number; locationId: number; quantity: number }>`
    select a.line_id as "lineId", a.location_id as "locationId", a.quantity - a.released as quantity
    from line_allocations a join locations loc on loc.id = a.location_id
    where a.line_id = any(${[...lineIds]}::bigint[]) and a.quantity > a.released
    order by a.line_id, loc.priority desc, loc.code`.execute(db);
  return rows.map((r) => ({ ...r, lineId: Number(r.lineId) }));
}

/**
 * The pending shipment a release appends to: the order's own at that location, or (when
 * `acrossOrders`) any of the customer's there, the order's own first, then the oldest.
 */
export async function pendingShipmentFor(
  db: Executor,
  target: { customerId: number; locationId: number; orderId: number; acrossOrders: boolean },
): Promise<number | undefined> {
  const ownLines = sql`exists (select 1 from shipment_lines sl where sl.shipment_id = s.id and sl.order_id = ${target.orderId})`;
  const { rows } = await sql<{ id: number }>`
    select s.id from shipments s
    where s.customer_id = ${target.customerId} and s.location_id = ${target.locationId} and s.status = 'pending'
      ${target.acrossOrders ? sql`` : sql`and ${ownLines}`}
    order by ${ownLines} desc, s.id
    limit 1`.execute(db);
  return rows[0] === undefined ? undefined : Number(rows[0].id);
}

export async function insertShipment(db: Executor, row: { customerId: number; locationId: number; at: Date }): Promise<number> {
  const inserted = await db
    .insertInto('shipments')
    .values({ customer_id: row.customerId, location_id: row.locationId, status: 'pending', created_at: row.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export interface NewShipmentLine {
  readonly shipmentId: number;
  readonly orderId: number;
  readonly lineId: number;
  readonly releaseNo: number;
  readonly quantity: number;
}

export async function insertShipmentLines(db: Executor, rows: readonly NewShipmentLine[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('shipment_lines')
    .values(rows.map((r) => ({ shipment_id: r.shipmentId, order_id: r.orderId, line_id: r.lineId, release_no: r.releaseNo, quantity: r.quantity })))
    .execute();
}

/**
 * Moves released quantities on lines and their per-location allocations: sign 1 releases,
 * sign -1 takes back (a void). The line total and the location split move together.
 */
export async function shiftReleased(
  db: Executor,
  moves: readonly { lineId: number; locationId: number; quantity: number }[],
  sign: 1 | -1,
): Promise<void> {
  if (moves.length === 0) return;
  const lineIds = moves.map((m) => m.lineId);
  const locationIds = moves.map((m) => m.locationId);
  const deltas = moves.map((m) => m.quantity * sign);
  await sql`
    update line_allocations a set released = a.released + d.delta
    from (select line_id, location_id, sum(delta) as delta
          from unnest(${lineIds}::bigint[], ${locationIds}::int[], ${deltas}::int[]) as u(line_id, location_id, delta)
          group by line_id, location_id) d
    where a.line_id = d.line_id and a.location_id = d.location_id and a.line_id = any(${lineIds}::bigint[])`.execute(db);
  await sql`
    update order_lines l set released = l.released + d.delta
    from (select id, sum(delta) as delta from unnest(${lineIds}::bigint[], ${deltas}::int[]) as u(id, delta) group by id) d
    where l.id = d.id and l.id = any(${lineIds}::bigint[])`.execute(db);
}

export function findShipment(db: Executor, id: number): Promise<ShipmentRow | undefined> {
  return db.selectFrom('shipments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A shipment's lines per order line (its releases added up), in order and line order. */
export interface ShipmentLineTotal {
  readonly lineId: number;
  readonly orderId: number;
  readonly lineNo: number;
  readonly itemId: number;
  readonly sku: string;
  readonly quantity: number;
  readonly shipped: number;
}

export async function shipmentLineTotals(db: Executor, shipmentIds: readonly number[]): Promise<(ShipmentLineTotal & { shipmentId: number })[]> {
  if (shipmentIds.length === 0) return [];
  const { rows } = await sql<ShipmentLineTotal & { shipmentId: number }>`
    select sl.shipment_id as "shipmentId", sl.line_id as "lineId", sl.order_id as "orderId", l.line_no as "lineNo",
           l.item_id as "itemId", i.sku, sum(sl.quantity)::int as quantity, sum(sl.shipped)::int as shipped
    from shipment_lines sl
    join order_lines l on l.id = sl.line_id
    join items i on i.id = l.item_id
    where sl.shipment_id = any(${[...shipmentIds]}::bigint[])
    group by sl.shipment_id, sl.line_id, sl.order_id, l.line_no, l.item_id, i.sku
    order by sl.shipment_id, sl.order_id, l.line_no`.execute(db);
  return rows.map((r) => ({ ...r, shipmentId: Number(r.shipmentId), lineId: Number(r.lineId), orderId: Number(r.orderId) }));
}

export async function closeShipment(db: Executor, id: number, status: ShipmentStatus, at: Date): Promise<void> {
  await db.updateTable('shipments').set({ status, closed_at: at }).where('id', '=', id).execute();
}

/** Books what shipped of each line's rows on a shipment, oldest release first. */
export async function recordShipped(db: Executor, shipmentId: number, shipped: readonly { lineId: number; quantity: number }[]): Promise<void> {
  const picked = shipped.filter((s) => s.quantity > 0);
  if (picked.length === 0) return;
  await sql`
    update shipment_lines sl set shipped = least(sl.quantity, greatest(0, d.quantity - r.before))
    from unnest(${picked.map((s) => s.lineId)}::bigint[], ${picked.map((s) => s.quantity)}::int[]) as d(line_id, quantity),
         (select id, coalesce(sum(quantity) over (partition by line_id order by release_no, id
                  rows between unbounded preceding and 1 preceding), 0) as before
          from shipment_lines where shipment_id = ${shipmentId}) r
    where sl.shipment_id = ${shipmentId} and sl.line_id = d.line_id and r.id = sl.id`.execute(db);
}

/**
 * Ships (or writes off) quantities of lines at one location: `issued` leaves with the shipment,
 * `released` (issued plus the short pick) stops being allocated and released; what stays pegged
 * (held for the line by its linked supply) is at most what stays allocated. Counters and ledger
 * rows are the caller's.
 */
export async function settleShippedLines(
  db: Executor,
  locationId: number,
  lines: readonly { lineId: number; released: number; issued: number }[],
): Promise<void> {
  if (lines.length === 0) return;
  const ids = lines.map((l) => l.lineId);
  const released = lines.map((l) => l.released);
  const issued = lines.map((l) => l.issued);
  await sql`
    update order_lines l set shipped = l.shipped + d.issued, allocated = l.allocated - d.released, released = l.released - d.released
    from unnest(${ids}::bigint[], ${released}::int[], ${issued}::int[]) as d(id, released, issued)
    where l.id = d.id and l.id = any(${ids}::bigint[])`.execute(db);
  await sql`
    update line_allocations a set quantity = a.quantity - d.released, released = a.released - d.released,
      pegged = least(a.pegged, a.quantity - d.released)
    from unnest(${ids}::bigint[], ${released}::int[]) as d(line_id, released)
    where a.line_id = d.line_id and a.location_id = ${locationId} and a.line_id = any(${ids}::bigint[])`.execute(db);
  await sql`delete from line_allocations where line_id = any(${ids}::bigint[]) and location_id = ${locationId} and quantity = 0`.execute(db);
}

export interface ShipmentFilter {
  readonly status?: ShipmentStatus | undefined;
  readonly customerId?: number | undefined;
  readonly locationId?: number | undefined;
  readonly afterId?: number | undefined;
  readonly ids?: readonly number[] | undefined;
  readonly limit: number;
}

export async function listShipmentRows(
  db: Executor,
  filter: ShipmentFilter,
): Promise<(ShipmentRow & { location: string; customer: string })[]> {
  let query = db
    .selectFrom('shipments as s')
    .innerJoin('locations as loc', 'loc.id', 's.location_id')
    .innerJoin('customers as c', 'c.id', 's.customer_id')
    .selectAll('s')
    .select(['loc.code as location', 'c.code as customer'])
    .orderBy('s.id')
    .limit(filter.limit);
  if (filter.status !== undefined) query = query.where('s.status', '=', filter.status);
  if (filter.customerId !== undefined) query = query.where('s.customer_id', '=', filter.customerId);
  if (filter.locationId !== undefined) query = query.where('s.location_id', '=', filter.locationId);
  if (filter.afterId !== undefined) query = query.where('s.id', '>', filter.afterId);
  if (filter.ids !== undefined) query = query.where('s.id', 'in', [...filter.ids]);
  return query.execute();
}

/**
 * Orders holding stocked allocation not yet released, in queue order (priority, then entry),
 * after the rank `after`.
 */
export async function releasableOrders(
  db: Executor,
  after: { priority: number; entrySeq: number } | undefined,
  limit: number,
): Promise<{ id: number; priority: number; entrySeq: number }[]> {
  const { rows } = await sql<{ id: number; priority: number; entrySeq: number }>`
    select o.id, o.priority, o.entry_seq as "entrySeq" from orders o
    where exists (select 1 from order_lines l join items i on i.id = l.item_id and not i.service
                  where l.order_id = o.id and l.allocated > l.released)
      ${after ? sql`and (o.priority < ${after.priority} or (o.priority = ${after.priority} and o.entry_seq > ${after.entrySeq}))` : sql``}
    order by o.priority desc, o.entry_seq
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), priority: r.priority, entrySeq: Number(r.entrySeq) }));
}
