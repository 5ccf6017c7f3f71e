import { sql, type Insertable, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Executor } from './executor.js';

export type PurchaseOrderRow = Selectable<Database['purchase_orders']>;

/** A purchase order line with what a reader needs: the SKU and the order line it was raised for. */
export interface PurchaseOrderLineRow {
  readonly id: number;
  readonly purchaseOrderId: number;
  readonly lineNo: number;
  readonly itemId: number;
  readonly sku: string;
  readonly quantity: number;
  readonly received: number;
  readonly orderLineId: number | null;
  readonly orderId: number | null;
  readonly orderLineNo: number | null;
}

export function insertPurchaseOrder(db: Executor, row: Insertable<Database['purchase_orders']>): Promise<PurchaseOrderRow> {
  return db.insertInto('purchase_orders').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertPurchaseOrderLines(db: Executor, rows: Insertable<Database['purchase_order_lines']>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('purchase_order_lines').values(rows).execute();
}

/** Reads a purchase order; `lock` takes its row lock, so receipts of one order are serialised. */
export async function findPurchaseOrder(db: Executor, id: number, lock = false): Promise<PurchaseOrderRow | undefined> {
  const query = db.selectFrom('purchase_orders').selectAll().where('id', '=', id);
  return lock ? query.forUpdate().executeTakeFirst() : query.executeTakeFirst();
}

/** The lines of one or more purchase orders, by order, then line number. */
export async function purchaseOrderLines(db: Executor, purchaseOrderIds: readonly number[]): Promise<PurchaseOrderLineRow[]> {
  if (purchaseOrderIds.length === 0) return [];
  const { rows } = await sql<PurchaseOrderLineRow>`
    select p.id, p.purchase_order_id as "purchaseOrderId", p.line_no as "lineNo", p.item_id as "itemId", i.sku, p.quantity,
           p.received, p.order_line_id as "orderLineId", l.order_id as "orderId", l.line_no as "orderLineNo"
    from purchase_order_lines p
    join items i on i.id = p.item_id
    left join order_lines l on l.id = p.order_line_id
    where p.purchase_order_id = any(${[...purchaseOrderIds]}::bigint[])
    order by p.purchase_order_id, p.line_no`.execute(db);
  return rows;
}

export async function addReceived(db: Executor, lineId: number, quantity: number): Promise<void> {
  await db.updateTable('purchase_order_lines').set({ received: sql`received + ${quantity}` }).where('id', '=', lineId).execute();
}

export async function setPurchaseOrderStatus(db: Executor, id: number, status: string): Promise<void> {
  await db.updateTable('purchase_orders').set({ status }).where('id', '=', id).execute();
}

export interface SupplyOrderFilter {
  readonly statuses?: readonly string[] | undefined;
  readonly itemId?: number | undefined;
  /** Ids below this one (the newest-first keyset). */
  readonly before?: number | undefined;
  readonly limit: number;
}

/** Purchase orders, newest first (keyset on the id), filtered; their ids. */
export async function listPurchaseOrders(
  db: Executor,
  filter: SupplyOrderFilter & { readonly supplier?: string | undefined; readonly locationId?: number | undefined },
): Promise<number[]> {
  let query = db.selectFrom('purchase_orders as p').select('p.id').orderBy('p.id', 'desc').limit(filter.limit);
  if (filter.statuses !== undefined) query = query.where('p.status', 'in', [...filter.statuses]);
  if (filter.supplier !== undefined) query = query.where('p.supplier', '=', filter.supplier);
  if (filter.locationId !== undefined) query = query.where('p.location_id', '=', filter.locationId);
  if (filter.before !== undefined) query = query.where('p.id', '<', filter.before);
  const itemId = filter.itemId;
  if (itemId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('purchase_order_lines as x').select('x.id').whereRef('x.purchase_order_id', '=', 'p.id').where('x.item_id', '=', itemId)),
    );
  }
  return (await query.execute()).map((r) => r.id);
}
