import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** An item's replenishment settings and position: what waits, what is free, what is expected. */
export interface ItemPositionRow {
  readonly itemId: number;
  readonly sku: string;
  readonly supplier: string | null;
  readonly leadTimeDays: number;
  readonly minLevel: number;
  readonly reorderQuantity: number;
  readonly locationId: number | null;
  readonly backordered: number;
  readonly available: number;
  readonly inbound: number;
}

/**
 * Positions of the given items, or of every stocked item with a supplier. Inbound counts open and
 * draft purchase order lines (drop shipments too: they cover their lines), transfers in transit
 * and the schedule from today on.
 */
export async function itemPositions(db: Executor, today: string, itemIds?: readonly number[]): Promise<ItemPositionRow[]> {
  const { rows } = await sql<ItemPositionRow>`
    select i.id as "itemId", i.sku, i.supplier, i.lead_time_days as "leadTimeDays", i.min_level as "minLevel",
           i.reorder_quantity as "reorderQuantity", i.replenish_location_id as "locationId",
           coalesce((select sum(l.backordered) from order_lines l where l.item_id = i.id and l.backordered > 0 and l.may_wait), 0) as backordered,
           coalesce((select sum(greatest(s.on_hand - s.allocated, 0)) from stock_levels s where s.item_id = i.id), 0) as available,
           coalesce((select sum(pl.quantity - pl.received) from purchase_order_lines pl
                     join purchase_orders p on p.id = pl.purchase_order_id
                     where pl.item_id = i.id and pl.received < pl.quantity and p.status in ('draft', 'open', 'partially_received')), 0)
           + coalesce((select sum(tl.shipped - tl.received) from transfer_order_lines tl
                       join transfer_orders t on t.id = tl.transfer_order_id
                       where tl.item_id = i.id and t.status = 'shipped'), 0)
           + coalesce((select sum(ss.quantity) from supply_schedule ss where ss.item_id = i.id and ss.date >= ${today}), 0) as inbound
    from items i
    where not i.service
      and ${itemIds === undefined ? sql`i.supplier is not null` : sql`i.id = any(${[...itemIds]}::int[])`}
    order by i.sku`.execute(db);
  return rows.map((r) => ({ ...r, backordered: Number(r.backordered), available: Number(r.available), inbound: Number(r.inbound) }));
}

/** Units already raised for each order line: open or draft purchase order lines, transfers not yet received. */
export async function linkedInbound(db: Executor, orderLineIds: readonly number[]): Promise<Map<number, number>> {
  if (orderLineIds.length === 0) return new Map();
  const { rows } = await sql<{ lineId: number; units: number }>`
    select line_id as "lineId", sum(units) as units from (
      select pl.order_line_id as line_id, pl.quantity - pl.received as units
      from purchase_order_lines pl join purchase_orders p on p.id = pl.purchase_order_id
      where pl.order_line_id = any(${[...orderLineIds]}::bigint[]) and p.status in ('draft', 'open', 'partially_received')
      union all
      select tl.order_line_id, tl.quantity - tl.received
      from transfer_order_lines tl join transfer_orders t on t.id = tl.transfer_order_id
      where tl.order_line_id = any(${[...orderLineIds]}::bigint[]) and t.status in ('open', 'shipped')
    ) linked group by line_id`.execute(db);
  return new Map(rows.map((r) => [Number(r.lineId), Number(r.units)]));
}

/** The best location (highest priority): where goods arrive when nothing else says where. */
export async function bestLocation(db: Executor): Promise<number | undefined> {
  const row = await db.selectFrom('locations').select('id').orderBy('priority', 'desc').orderBy('code').limit(1).executeTakeFirst();
  return row?.id;
}

/**
 * Points supply raised for one order line at another (the remainder moved by a split). What a
 * purchase order line has already received stays with the line it served: a partly received line
 * keeps that part, and its open part becomes a line of its own, numbered after the order's last.
 */
export async function relinkSupply(db: Executor, fromLineId: number, toLineId: number): Promise<void> {
  const open = sql`p.status in ('draft', 'open', 'partially_received')`;
  await sql`
    with partly as (
      select pl.id, pl.purchase_order_id, pl.item_id, pl.quantity - pl.received as rest,
             (select max(line_no) from purchase_order_lines where purchase_order_id = pl.purchase_order_id)
               + row_number() over (partition by pl.purchase_order_id order by pl.line_no) as line_no
      from purchase_order_lines pl join purchase_orders p on p.id = pl.purchase_order_id
      where pl.order_line_id = ${fromLineId} and ${open} and pl.received > 0 and pl.received < pl.quantity
    ), kept as (
      update purchase_order_lines pl set quantity = pl.received from partly where pl.id = partly.id
    )
    insert into purchase_order_lines (purchase_order_id, line_no, item_id, quantity, order_line_id)
    select purchase_order_id, line_no, item_id, rest, ${toLineId} from partly`.execute(db);
  await sql`
    update purchase_order_lines pl set order_line_id = ${toLineId}
    from purchase_orders p
    where p.id = pl.purchase_order_id and pl.order_line_id = ${fromLineId} and ${open} and pl.received = 0`.execute(db);
  await sql`
    update transfer_order_lines tl set order_line_id = ${toLineId}
    from transfer_orders t
    where t.id = tl.transfer_order_id and tl.order_line_id = ${fromLineId} and t.status in ('open', 'shipped')`.execute(db);
}
