import { refuse } from '../domain/refusal.js';
import { findOrder } from '../repositories/order-repository.js';
import { logFor, type LogRecord } from '../repositories/record-log-repository.js';
import type { ReadContext } from '../app/context.js';
import { itemBySku } from '../repositories/lookup.js';
import type { HistoryQuery } from '../contract/history.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows } from './paging.js';

/** What a caller inside the service reads when it asks for no page: the first 1,000 entries, oldest first. */
const unpaged = { limit: 1000 } as const;

/**
 * The record log of an order, item or shipment, paged by entry id (`order`: oldest first by
 * default, or newest first). A cursor names the history and the direction it was made for.
 */
export async function orderHistory(ctx: ReadContext, orderId: number, query: HistoryQuery = unpaged) {
  if (!(await findOrder(ctx.db, orderId))) refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  return { orderId, ...(await paged(ctx, `order ${orderId}`, { orderId }, query)) };
}

export async function shipmentHistory(ctx: ReadContext, shipmentId: number, query: HistoryQuery = unpaged) {
  return { shipmentId, ...(await paged(ctx, `shipment ${shipmentId}`, { shipmentId }, query)) };
}

export async function itemHistory(ctx: ReadContext, sku: string, query: HistoryQuery = unpaged) {
  const item = await itemBySku(ctx.db, sku);
  return { sku, ...(await paged(ctx, `item ${item.id}`, { itemId: item.id }, query)) };
}

async function paged(ctx: ReadContext, subject: string, filter: Parameters<typeof logFor>[1], query: HistoryQuery) {
  const newestFirst = query.order === 'newest';
  const list = `history of ${subject}, ${newestFirst ? 'newest' : 'oldest'} first`;
  const limit = query.limit ?? defaultPageLimit;
  const after = query.cursor === undefined ? undefined : decodeCursor<[number]>(list, query.cursor, keyOfKinds('integer'))[0];
  const rows = await logFor(ctx.db, filter, limit + 1, { newestFirst, after });
  const page = pageRows(list, rows, limit, (row) => [Number(row.id)]);
  return { entries: page.rows.map(present), nextCursor: page.nextCursor };
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
