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
  terms: { shipType?: string; fulfillmentPolicyId?: number | null },
): Promise<void> {
  const set: { ship_type?: string; fulfillment_policy_id?: number | null } = {};
  if (terms.shipType !== undefined) set.ship_type = terms.shipType;
  if (terms.fulfillmentPolicyId !== undefined) set.fulfillment_policy_id = terms.fulfillmentPolicyId;
  if (Object.keys(set).length > 0) await db.updateTable('orders').set(set).where('id', '=', orderId).execute();
}

export async function setPreventPartialDelivery(db: Executor, orderId: number, value: boolean): Promise<void> {
  await db.updateTable('order_lines').set({ prevent_partial_delivery: value }).where('order_id', '=', orderId).execute();
}

/** Open preordered units of an item: what its preorder cap counts. */
export async function preorderedUnits(db: Executor, itemId: number): Promise<number> {
  const { rows } = await sql<{ units: number }>`
    select coalesce(sum(quantity - cancelled), 0) as units from order_lines where item_id = ${itemId} and preorder`.execute(db);
  return Number(rows[0]?.units ?? 0);
}

/** Items that have preorder lines whose launch day has come (or whose preorder terms were removed). */
export async function itemsWithPreordersDue(db: Executor, today: string, afterItemId: number, limit: number): Promise<number[]> {
  const { rows } = await sql<{ itemId: number }>`
    select i.id as "itemId" from items i
    where i.id > ${afterItemId} and (i.preorder_launch_date is null or i.preorder_launch_date <= ${today})
      and exists (select 1 from order_lines l where l.item_id = i.id and l.preorder)
    order by i.id limit ${limit}`.execute(db);
  return rows.map((r) => r.itemId);
}

/** Clears the preorder flag of an item's lines; returns the lines as they now stand. */
export function clearPreorderFlags(db: Executor, itemId: number): Promise<OrderLineRow[]> {
  return db
    .updateTable('order_lines')
    .set({ preorder: false })
    .where('item_id', '=', itemId)
    .where('preorder', '=', true)
    .returningAll()
    .execute();
}

export function findOrderLine(db: Executor, lineId: number): Promise<OrderLineRow | undefined> {
  return db.selectFrom('order_lines').selectAll().where('id', '=', lineId).executeTakeFirst();
}

/** Books units shipped without a shipment of ours (a drop shipment by the supplier). */
export async function shipOnLine(db: Executor, lineId: number, quantity: number): Promise<void> {
  await db.updateTable('order_lines').set({ shipped: sql`shipped + ${quantity}` }).where('id', '=', lineId).execute();
}
