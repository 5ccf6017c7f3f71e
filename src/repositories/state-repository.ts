import { sql } from 'kysely';
import type { Executor } from './executor.js';
import { numberArray } from './number-array.js';

/** A line's quantities and date as they stand. */
export interface LineState {
  readonly orderId: number;
  readonly lineNo: number;
  readonly sku: string;
  readonly quantity: number;
  readonly allocated: number;
  readonly released: number;
  readonly shipped: number;
  readonly cancelled: number;
  readonly backordered: number;
  readonly expectedShipDate: string | null;
}

/** The named lines as they stand now (a line that does not exist is left out). */
export async function lineStates(db: Executor, lines: readonly { orderId: number; lineNo: number }[]): Promise<LineState[]> {
  if (lines.length === 0) return [];
  const { rows } = await sql<LineState>`
    select l.order_id as "orderId", l.line_no as "lineNo", i.sku, l.quantity, l.allocated, l.released, l.shipped, l.cancelled,
           l.backordered, l.expected_ship_date as "expectedShipDate"
    from unnest(${numberArray(lines.map((l) => l.orderId))}::bigint[], ${numberArray(lines.map((l) => l.lineNo))}::int[]) as n(order_id, line_no)
    join order_lines l on l.order_id = n.order_id and l.line_no = n.line_no
    join items i on i.id = l.item_id
    order by l.order_id, l.line_no`.execute(db);
  return rows.map((r) => ({ ...r, orderId: Number(r.orderId) }));
}

/** Free stock of the named items, summed over their locations. */
export async function itemAvailability(db: Executor, itemIds: readonly number[]): Promise<{ sku: string; available: number }[]> {
  if (itemIds.length === 0) return [];
  const { rows } = await sql<{ sku: string; available: number }>`
    select i.sku, coalesce(sum(s.on_hand - s.allocated), 0) as available
    from items i left join stock_levels s on s.item_id = i.id
    where i.id = any(${[...itemIds]}::int[]) group by i.id, i.sku order by i.sku`.execute(db);
  return rows.map((r) => ({ ...r, available: Number(r.available) }));
}
