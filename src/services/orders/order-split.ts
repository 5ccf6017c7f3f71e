import { logEntries } from '../../app/journal.js';
import { sql } from 'kysely';
import { refuse } from '../../domain/refusal.js';
import type { Executor } from '../../repositories/executor.js';
import { cancelOnLine, findOrder, insertOrdersWithLines, orderLines } from '../../repositories/order-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { relinkSupply } from '../../repositories/replenishment-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import type { ServiceContext } from '../../app/context.js';

/**
 * Split: ship what is there, close the order, and open a new order holding the unfilled
 * quantities. The backordered part of every line is cancelled on the original (reason "split")
 * and becomes a line of the new order: same customer, priority, ship type, policy and location,
 * linked by `splitFrom`, its lines numbered from 1. The remainder keeps its place in the queue: it
 * takes the entry number right after its family's, so its lines rank behind the family's and
 * ahead of every order entered later, and no two lines share a rank.
 * Supply raised for a line now serves its remainder (what it already received stays with the line).
 */
export async function splitOrder(ctx: ServiceContext, orderId: number): Promise<{ newOrderId: number }> {
  const order = (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  const before = await orderLines(ctx.db, order.id);
  const itemIds = [...new Set(before.map((l) => l.item_id))];
  await lockItems(ctx.db, itemIds);
  const short = (await orderLines(ctx.db, order.id)).filter((l) => l.backordered > 0);
  if (short.length === 0) refuse('nothing_to_split', `Order ${order.id} has nothing on backorder to split off.`, { orderId: order.id });

  // The remainder takes the next entry number after its family: its lines rank right after the
  // family's, ahead of every order entered later (entry numbers leave room: migration 0009).
  const entrySeq = (await familyLastEntrySeq(ctx.db, order.id)) + 1;
  if (entrySeq % ENTRY_STEP === 0) refuse('nothing_to_split', `Order ${order.id} has been split too often to keep its place.`, { orderId: order.id });
  // The customer has waited since the original entry: ages and cancellation SLAs count from it.
  const {
    orders: [remainder],
    lines: moved,
  } = await insertOrdersWithLines(
    ctx.db,
    [
      {
        customerId: order.customer_id,
        priority: order.priority,
        shipType: order.ship_type,
        fulfillmentPolicyId: order.fulfillment_policy_id,
        backorderStrategy: order.backorder_strategy,
        customerPolicyId: order.customer_policy_id,
        requestedShipDate: order.requested_ship_date,
        reference: order.reference,
        locationId: order.location_id,
        splitFrom: order.id,
        entrySeq,
      },
    ],
    short.map((line, index) => ({
      order: 0,
      lineNo: index + 1,
      itemId: line.item_id,
      quantity: line.backordered,
      unitPrice: line.unit_price,
      preventPartialDelivery: line.prevent_partial_delivery,
      allocated: 0,
      preorder: line.preorder,
      preferredLocationId: line.preferred_location_id,
    })),
    order.entered_at,
  );
  const log: LogEntry[] = [
    { entity: 'order', action: 'split', orderId: order.id, reason: `unfilled quantities moved to order ${remainder!.id}` },
    { entity: 'order', action: 'entered', orderId: remainder!.id, reason: `split from order ${order.id}, keeping its place in the queue` },
  ];
  for (const [index, line] of short.entries()) {
    const into = moved[index]!;
    await cancelOnLine(ctx.db, line.id, line.backordered, 0);
    await relinkSupply(ctx.db, line.id, into.id);
    log.push(
      { entity: 'line', action: 'cancelled', orderId: order.id, itemId: line.item_id, lineNo: line.line_no, quantity: line.backordered, reason: `split: remainder moved to order ${remainder!.id} line ${into.line_no}` },
      { entity: 'line', action: 'entered', orderId: remainder!.id, itemId: into.item_id, lineNo: into.line_no, quantity: into.quantity, reason: `remainder of order ${order.id} line ${line.line_no}` },
      { entity: 'line', action: 'backordered', orderId: remainder!.id, itemId: into.item_id, lineNo: into.line_no, quantity: into.quantity, reason: 'split from its order' },
    );
  }
  logEntries(ctx, log);
  ctx.work.supplyOrQueueChanged(itemIds);
  return { newOrderId: remainder!.id };
}

/** Entry numbers are spaced this far apart, leaving room for an order's split remainders. */
const ENTRY_STEP = 1024;

/** The highest entry number in the order's split family (the original and every order split from it). */
async function familyLastEntrySeq(db: Executor, orderId: number): Promise<number> {
  const { rows } = await sql<{ last: number }>`
    with recursive up(id, split_from) as (
      select id, split_from from orders where id = ${orderId}
      union all
      select o.id, o.split_from from orders o join up on o.id = up.split_from
    ), family(id) as (
      select id from up where split_from is null
      union all
      select o.id from orders o join family f on o.split_from = f.id
    )
    select max(entry_seq) as last from orders where id in (select id from family)`.execute(db);
  return Number(rows[0]?.last ?? 0);
}
