import { sql, type Insertable, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Executor } from './executor.js';
import type { SupplyOrderFilter } from './purchase-order-repository.js';

export type TransferOrderRow = Selectable<Database['transfer_orders']>;

export interface TransferOrderLineRow {
  readonly id: number;
  readonly transferOrderId: number;
  readonly lineNo: number;
  readonly itemId: number;
  readonly sku: string;
  readonly quantity: number;
  readonly shipped: number;
  readonly received: number;
  readonly orderLineId: number | null;
  readonly orderId: number | null;
  readonly orderLineNo: number | null;
}

export function insertTransferOrder(db: Executor, row: Insertable<Database['transfer_orders']>): Promise<TransferOrderRow> {
  return db.insertInto('transfer_orders').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertTransferOrderLines(db: Executor, rows: Insertable<Database['transfer_order_lines']>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('transfer_order_lines').values(rows).execute();
}

export async function findTransferOrder(db: Executor, id: number, lock = false): Promise<TransferOrderRow | undefined> {
  const query = db.selectFrom('transfer_orders').selectAll().where('id', '=', id);
  return lock ? query.forUpdate().executeTakeFirst() : query.executeTakeFirst();
}

export async function transferOrderLines(db: Executor, transferOrderId: number): Promise<TransferOrderLineRow[]> {
  return linesOfTransferOrders(db, [transferOrderId]);
}

/** The lines of one or more transfer orders, by order, then line number. */
export async function linesOfTransferOrders(db: Executor, transferOrderIds: readonly number[]): Promise<(TransferOrderLineRow & { transferOrderId: number })[]> {
  if (transferOrderIds.length === 0) return [];
  const { rows } = await sql<TransferOrderLineRow & { transferOrderId: number }>`
    select t.id, t.transfer_order_id as "transferOrderId", t.line_no as "lineNo", t.item_id as "itemId", i.sku, t.quantity, t.shipped, t.received,
           t.order_line_id as "orderLineId", l.order_id as "orderId", l.line_no as "orderLineNo"
    from transfer_order_lines t
    join items i on i.id = t.item_id
    left join order_lines l on l.id = t.order_line_id
    where t.transfer_order_id = any(${[...transferOrderIds]}::bigint[])
    order by t.transfer_order_id, t.line_no`.execute(db);
  return rows;
}

export async function markTransferLines(db: Executor, transferOrderId: number, column: 'shipped' | 'received'): Promise<void> {
  const source = column === 'shipped' ? sql`quantity` : sql`shipped`;
  await sql`update transfer_order_lines set ${sql.ref(column)} = ${source} where transfer_order_id = ${transferOrderId}`.execute(db);
}

export async function setTransferOrderStatus(db: Executor, id: number, status: string): Promise<void> {
  await db.updateTable('transfer_orders').set({ status }).where('id', '=', id).execute();
}

/** Transfer orders, newest first (keyset on the id), filtered; their ids. */
export async function listTransferOrders(
  db: Executor,
  filter: SupplyOrderFilter & { readonly fromId?: number | undefined; readonly toId?: number | undefined; readonly locationId?: number | undefined },
): Promise<number[]> {
  let query = db.selectFrom('transfer_orders as t').select('t.id').orderBy('t.id', 'desc').limit(filter.limit);
  if (filter.statuses !== undefined) query = query.where('t.status', 'in', [...filter.statuses]);
  if (filter.fromId !== undefined) query = query.where('t.from_location_id', '=', filter.fromId);
  if (filter.toId !== undefined) query = query.where('t.to_location_id', '=', filter.toId);
  const locationId = filter.locationId;
  if (locationId !== undefined) query = query.where((eb) => eb.or([eb('t.from_location_id', '=', locationId), eb('t.to_location_id', '=', locationId)]));
  if (filter.before !== undefined) query = query.where('t.id', '<', filter.before);
  const itemId = filter.itemId;
  if (itemId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('transfer_order_lines as x').select('x.id').whereRef('x.transfer_order_id', '=', 't.id').where('x.item_id', '=', itemId)),
    );
  }
  return (await query.execute()).map((r) => r.id);
}
