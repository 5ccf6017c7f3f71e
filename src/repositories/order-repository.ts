import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Executor } from './executor.js';

export type OrderRow = Selectable<Database['orders']>;
export type OrderLineRow = Selectable<Database['order_lines']>;

export interface NewOrder {
  readonly customerId: number;
  readonly priority: number;
  readonly shipType: string;
  readonly fulfillmentPolicyId: number | null;
  readonly backorderStrategy: string;
  readonly customerPolicyId: number | null;
  readonly requestedShipDate: string | null;
  readonly reference: string | null;
  /** The order's own location, allocated from first. */
  readonly locationId: number | null;
  /** The order this one holds the remainder of. */
  readonly splitFrom: number | null;
  /** Its place in the queue when it keeps another's (a split remainder); by default the next entry. */
  readonly entrySeq?: number | undefined;
}

export interface NewLine {
  /** Which of the orders inserted with it the line belongs to (an index). */
  readonly order: number;
  readonly lineNo: number;
  readonly itemId: number;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly preventPartialDelivery: boolean;
  readonly allocated: number;
  readonly preorder: boolean;
  readonly preferredLocationId: number | null;
}

/**
 * Inserts orders and their lines in one statement over arrays (cheaper to parse than a wide
 * VALUES list, and one round trip while the item locks are held). Each order takes the next
 * entry sequence number in input order (volatile functions in the select list run after its
 * ORDER BY). Callers hold the items' locks, so entry order and allocation order agree for every
 * item. Answers orders in input order and lines in entry and line order.
 */
export async function insertOrdersWithLines(
  db: Executor,
  orders: readonly NewOrder[],
  lines: readonly NewLine[],
  enteredAt: Date,
): Promise<{ orders: OrderRow[]; lines: OrderLineRow[] }> {
  const { rows } = await sql<{ orders: (Omit<OrderRow, 'entered_at'> & { entered_at: string })[]; lines: OrderLineRow[] }>`
    ${insertion(orders, lines, enteredAt, sql`*`)}
    select (select json_agg(o order by o.entry_seq) from o) as orders,
           (select json_agg(l order by l.entry_seq, l.line_no) from l) as lines`.execute(db);
  return {
    orders: rows[0]!.orders.map((o) => ({ ...o, entered_at: new Date(o.entered_at) })),
    lines: rows[0]!.lines ?? [],
  };
}

/**
 * The same insert answering only what the database generated: each order's id and entry
 * sequence (input order) and each line's id (entry and line order, as the lines were given).
 * For a caller that knows the rest from its input (the CSV import: no rows to send back and parse).
 */
export async function insertOrdersWithLineIds(
  db: Executor,
  orders: readonly NewOrder[],
  lines: readonly NewLine[],
  enteredAt: Date,
): Promise<{ orderIds: number[]; entrySeqs: number[]; lineIds: number[] }> {
  const { rows } = await sql<{ orderIds: string[]; entrySeqs: string[]; lineIds: string[] | null }>`
    ${insertion(orders, lines, enteredAt, sql`id, priority, entry_seq`, sql`id, entry_seq, line_no`)}
    select (select array_agg(id order by entry_seq) from o) as "orderIds",
           (select array_agg(entry_seq order by entry_seq) from o) as "entrySeqs",
           (select array_agg(id order by entry_seq, line_no) from l) as "lineIds"`.execute(db);
  const row = rows[0]!;
  return { orderIds: row.orderIds.map(Number), entrySeqs: row.entrySeqs.map(Number), lineIds: (row.lineIds ?? []).map(Number) };
}

/** The two inserts (`o`, `l`) both answers share, as common table expressions. */
function insertion(orders: readonly NewOrder[], lines: readonly NewLine[], enteredAt: Date, orderColumns: RawBuilder<unknown>, lineColumns = orderColumns) {
  const order = <K extends keyof NewOrder>(key: K) => orders.map((o) => o[key]);
  const line = <K extends keyof NewLine>(key: K) => lines.map((l) => l[key]);
  return sql`
    with o as (
      insert into orders (customer_id, priority, ship_type, fulfillment_policy_id, backorder_strategy, customer_policy_id,
                          requested_ship_date, reference, location_id, split_from, entry_seq, entered_at)
      select customer_id, priority, ship_type, fulfillment_policy_id, backorder_strategy, customer_policy_id,
             requested_ship_date, reference, location_id, split_from, coalesce(entry_seq, nextval('order_entry_seq')), ${enteredAt}
      from unnest(${order('customerId')}::int[], ${order('priority')}::int[], ${order('shipType')}::text[],
                  ${order('fulfillmentPolicyId')}::int[], ${order('backorderStrategy')}::text[], ${order('customerPolicyId')}::int[],
                  ${order('requestedShipDate')}::date[], ${order('reference')}::text[],
                  ${order('locationId')}::int[], ${order('splitFrom')}::bigint[], ${orders.map((o) => o.entrySeq ?? null)}::bigint[])
        with ordinality as o(customer_id, priority, ship_type, fulfillment_policy_id, backorder_strategy, customer_policy_id,
             requested_ship_date, reference, location_id, split_from, entry_seq, n)
      order by n
      returning ${orderColumns}
    ), numbered as (
      select id, priority, entry_seq, row_number() over (order by entry_seq) - 1 as n from o
    ), l as (
      insert into order_lines (order_id, line_no, item_id, quantity, unit_price, prevent_partial_delivery, allocated, priority,
                               entry_seq, preorder, preferred_location_id)
      select o.id, x.line_no, x.item_id, x.quantity, x.unit_price, x.prevent_partial_delivery, x.allocated,
             o.priority, o.entry_seq, x.preorder, x.preferred_location_id
      from unnest(${line('order')}::int[], ${line('lineNo')}::int[], ${line('itemId')}::int[], ${line('quantity')}::int[],
                  ${line('unitPrice')}::numeric[], ${line('preventPartialDelivery')}::boolean[], ${line('allocated')}::int[],
                  ${line('preorder')}::boolean[], ${line('preferredLocationId')}::int[])
        as x(order_n, line_no, item_id, quantity, unit_price, prevent_partial_delivery, allocated, preorder, preferred_location_id)
      join numbered o on o.n = x.order_n
      returning ${lineColumns}
    )`;
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

/** Lets lines wait for stock again, or takes them out of the queue (their dates go with them). */
export async function setMayWait(db: Executor, lineIds: readonly number[], mayWait: boolean): Promise<void> {
  if (lineIds.length === 0) return;
  await db
    .updateTable('order_lines')
    .set(mayWait ? { may_wait: true } : { may_wait: false, expected_ship_date: null })
    .where('id', 'in', [...lineIds])
    .execute();
}

/** A line added to an order: it takes the order's place in the queue (its priority and entry). */
export async function insertLine(
  db: Executor,
  order: Pick<OrderRow, 'id' | 'priority' | 'entry_seq' | 'location_id'>,
  line: Omit<NewLine, 'order' | 'preferredLocationId'>,
): Promise<OrderLineRow> {
  return db
    .insertInto('order_lines')
    .values({
      order_id: order.id,
      line_no: line.lineNo,
      item_id: line.itemId,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      prevent_partial_delivery: line.preventPartialDelivery,
      allocated: line.allocated,
      priority: order.priority,
      entry_seq: order.entry_seq,
      preorder: line.preorder,
      preferred_location_id: order.location_id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Sets what a line asks for; its backorder follows (a generated column). */
export async function setLineQuantity(db: Executor, lineId: number, quantity: number): Promise<void> {
  await db.updateTable('order_lines').set({ quantity }).where('id', '=', lineId).execute();
}

export async function setLinePreventPartialDelivery(db: Executor, lineId: number, value: boolean): Promise<void> {
  await db.updateTable('order_lines').set({ prevent_partial_delivery: value }).where('id', '=', lineId).execute();
}

/** The order's requested ship date and its own location (its lines' preferred location with it). */
export async function setOrderPlace(
  db: Executor,
  orderId: number,
  change: { requestedShipDate?: string | null | undefined; locationId?: number | null | undefined },
): Promise<void> {
  if (change.requestedShipDate !== undefined) {
    await db.updateTable('orders').set({ requested_ship_date: change.requestedShipDate }).where('id', '=', orderId).execute();
  }
  if (change.locationId !== undefined) {
    await db.updateTable('orders').set({ location_id: change.locationId }).where('id', '=', orderId).execute();
    await db.updateTable('order_lines').set({ preferred_location_id: change.locationId }).where('order_id', '=', orderId).execute();
  }
}
