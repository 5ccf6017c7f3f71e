import { sql, type Insertable, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Executor } from './executor.js';

export type OrderRow = Selectable<Database['orders']>;
export type OrderLineRow = Selectable<Database['order_lines']>;

export async function nextEntrySeq(db: Executor): Promise<number> {
  const { rows } = await sql<{ seq: number }>`select nextval('order_entry_seq') as seq`.execute(db);
  return Number(rows[0]!.seq);
}

export function insertOrder(db: Executor, row: Insertable<Database['orders']>): Promise<OrderRow> {
  return db.insertInto('orders').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertLines(db: Executor, rows: Insertable<Database['order_lines']>[]): Promise<OrderLineRow[]> {
  const inserted = await db.insertInto('order_lines').values(rows).returningAll().execute();
  return inserted.sort((a, b) => a.line_no - b.line_no);
}

export function findOrder(db: Executor, id: number): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export function orderLines(db: Executor, orderId: number): Promise<OrderLineRow[]> {
  return db.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).orderBy('line_no').execute();
}

/** Books a cancellation; `unstocked` is allocation given up that held no stock (service lines). */
export async function cancelOnLine(db: Executor, lineId: number, cancelled: number, unstocked: number): Promise<void> {
  await db
    .updateTable('order_lines')
    .set({ cancelled: sql`cancelled + ${cancelled}`, allocated: sql`allocated - ${unstocked}` })
    .where('id', '=', lineId)
    .execute();
}

export async function setOrderPriority(db: Executor, orderId: number, priority: number): Promise<void> {
  await db.updateTable('orders').set({ priority }).where('id', '=', orderId).execute();
  await db.updateTable('order_lines').set({ priority }).where('order_id', '=', orderId).execute();
}

export async function setOrderTerms(
  db: Executor,
  orderId: number,
  terms: { shipType?: string | undefined; fulfillmentPolicyId?: number | null | undefined; backorderStrategy?: string | undefined },
): Promise<void> {
  const set: { ship_type?: string; fulfillment_policy_id?: number | null; backorder_strategy?: string } = {};
  if (terms.shipType !== undefined) set.ship_type = terms.shipType;
  if (terms.fulfillmentPolicyId !== undefined) set.fulfillment_policy_id = terms.fulfillmentPolicyId;
  if (terms.backorderStrategy !== undefined) set.backorder_strategy = terms.backorderStrategy;
  if (Object.keys(set).length > 0) await db.updateTable('orders').set(set).where('id', '=', orderId).execute();
}

export async function setPreventPartialDelivery(db: Executor, orderId: number, value: boolean): Promise<void> {
  await db.updateTable('order_lines').set({ prevent_partial_delivery: value }).where('order_id', '=', orderId).execute();
}

/** The items an order's lines are for (the locks an order-wide change takes). */
export async function orderItemIds(db: Executor, orderId: number): Promise<number[]> {
  const rows = await db.selectFrom('order_lines').select('item_id').distinct().where('order_id', '=', orderId).execute();
  return rows.map((r) => r.item_id);
}

/** Adds a warning to the order's list (shown with the order until it is closed). */
export async function addOrderWarning(db: Executor, orderId: number, warning: string): Promise<void> {
  await sql`update orders set warnings = warnings || ${JSON.stringify([warning])}::jsonb where id = ${orderId}`.execute(db);
}

/**
 * Serialises releases, shipping and voids of one customer's shipments: every such transaction
 * takes this lock first, before any item lock, so two of them never wait on each other in a cycle.
 */
export async function lockCustomer(db: Executor, customerId: number): Promise<void> {
  await sql`select id from customers where id = ${customerId} for no key update`.execute(db);
}
