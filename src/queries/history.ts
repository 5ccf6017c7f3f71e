import { refuse } from '../domain/refusal.js';
import { findOrder } from '../repositories/order-repository.js';
import { logFor, type LogRecord } from '../repositories/record-log-repository.js';
import type { ServiceContext, ReadContext } from '../app/context.js';
import { itemBySku } from '../repositories/lookup.js';

const LIMIT = 1000;

export async function orderHistory(ctx: ReadContext, orderId: number) {
  if (!(await findOrder(ctx.db, orderId))) refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  return { orderId, entries: (await logFor(ctx.db, { orderId }, LIMIT)).map(present) };
}

export async function shipmentHistory(ctx: ReadContext, shipmentId: number) {
  return { shipmentId, entries: (await logFor(ctx.db, { shipmentId }, LIMIT)).map(present) };
}

export async function itemHistory(ctx: ReadContext, sku: string) {
  const item = await itemBySku(ctx.db, sku);
  return { sku, entries: (await logFor(ctx.db, { itemId: item.id }, LIMIT)).map(present) };
}

function present(record: LogRecord) {
  return {
    at: record.at.toISOString(),
    actor: record.actor,
    identity: record.actorKind === null ? null : { kind: record.actorKind, id: record.actorId, name: record.actorName ?? record.actor },
    onBehalfOf: record.onBehalfOf,
    entity: record.entity,
    action: record.action,
    orderId: record.orderId,
    lineNo: record.lineNo,
    quantity: record.quantity,
    reason: record.reason,
    shipmentId: record.shipmentId,
  };
}
