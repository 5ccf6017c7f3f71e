import { logEntries } from '../../app/journal.js';
import type { Grant } from '../../domain/allocation/allocation-plan.js';
import { orThrow, refuse } from '../../domain/refusal.js';
import { transferOrderAfter, type TransferOrderStatus } from '../../domain/supply/transfer-order-lifecycle.js';
import type { OrderLineRow } from '../../repositories/order-repository.js';
import { lineHoldings } from '../../repositories/queue-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { lockItems, stockLevels } from '../../repositories/stock-repository.js';
import {
  findTransferOrder,
  insertTransferOrder,
  insertTransferOrderLines,
  markTransferLines,
  setTransferOrderStatus,
  transferOrderLines,
  type TransferOrderLineRow,
  type TransferOrderRow,
} from '../../repositories/transfer-order-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { bookArrival } from '../stock/arrival.js';
import type { ServiceContext } from '../../app/context.js';
import { itemsBySku, locationByCode } from '../../repositories/lookup.js';
import { postOnHand } from '../stock/on-hand-posting.js';
import { linkedOrderLine, stockedItems } from './supply-links.js';
import type { TransferOrderInput } from '../../contract/supply.js';
import { transferOrderView, type TransferOrderView } from '../../queries/transfer-order-view.js';

export type { TransferOrderInput } from '../../contract/supply.js';

/** Plans a move of stock between two locations (transfer the shortage, when raised for order lines). */
export async function createTransferOrder(ctx: ServiceContext, input: TransferOrderInput): Promise<TransferOrderView> {
  const from = await locationByCode(ctx.db, input.from);
  const to = await locationByCode(ctx.db, input.to);
  if (from.id === to.id) refuse('same_location', `A transfer moves stock between two locations; both are ${from.code}.`, { location: from.code });
  const items = await itemsBySku(ctx.db, input.lines.map((l) => l.sku));
  stockedItems(items.values());
  const links: (OrderLineRow | null)[] = [];
  for (const line of input.lines) links.push(await linkedOrderLine(ctx, line, items.get(line.sku)!));
  const order = await insertTransferOrder(ctx.db, {
    from_location_id: from.id,
    to_location_id: to.id,
    status: 'open',
    expected_date: input.expectedDate,
    reference: input.reference ?? null,
    created_at: ctx.clock.now(),
  });
  await insertTransferOrderLines(
    ctx.db,
    input.lines.map((line, index) => ({
      transfer_order_id: order.id,
      line_no: index + 1,
      item_id: items.get(line.sku)!.id,
      quantity: line.quantity,
      order_line_id: links[index]?.id ?? null,
    })),
  );
  const lines = await transferOrderLines(ctx.db, order.id);
  const reason = `transfer order ${order.id} from ${from.code} to ${to.code}, expected ${order.expected_date}`;
  logEntries(ctx, lines.map((l) => transferLog(l, 'transfer_raised', l.quantity, reason)));
  return transferOrderView(ctx.db, order.id);
}

/**
 * Ships a transfer: its stock leaves the source (in transit until received). A line raised for
 * an order line moves that line's own unreleased allocation at the source first, then free stock;
 * stock other lines hold is never taken. The line waits for the transfer (or, where it ranks
 * ahead, takes unreleased stock from lines behind it, as always; in immediate mode, free stock).
 */
export async function shipTransferOrder(ctx: ServiceContext, id: number): Promise<TransferOrderView> {
  const order = await existing(ctx, id);
  const status = orThrow(transferOrderAfter(order.status as TransferOrderStatus, 'ship'));
  const lines = await transferOrderLines(ctx.db, order.id);
  const itemIds = [...new Set(lines.map((l) => l.itemId))];
  await lockItems(ctx.db, itemIds);
  const { from, to } = await transferOrderView(ctx.db, order.id);
  const reason = `transfer order ${order.id} shipped from ${from} to ${to}`;
  for (const line of lines) await takeOffShelf(ctx, order, line, reason);
  await markTransferLines(ctx.db, order.id, 'shipped');
  await setTransferOrderStatus(ctx.db, order.id, status);
  for (const itemId of itemIds) await new AllocationEngine(ctx, itemId).rebalance(reason);
  logEntries(ctx, lines.map((l) => transferLog(l, 'transfer_shipped', l.quantity, reason)));
  ctx.work.supplyOrQueueChanged(itemIds);
  return transferOrderView(ctx.db, order.id);
}

async function takeOffShelf(ctx: ServiceContext, order: TransferOrderRow, line: TransferOrderLineRow, reason: string): Promise<void> {
  const source = order.from_location_id;
  const level = (await stockLevels(ctx.db, line.itemId)).find((l) => l.locationId === source);
  const free = level ? level.onHand - level.allocated : 0;
  const own = line.orderLineId === null ? [] : (await lineHoldings(ctx.db, line.orderLineId)).filter((h) => h.locationId === source);
  const ownUnits = own.reduce((s, h) => s + h.quantity, 0);
  if (ownUnits + free < line.quantity) {
    refuse('transfer_exceeds_available', `Only ${ownUnits + free} of item "${line.sku}" can leave the source; the transfer ships ${line.quantity}.`, {
      sku: line.sku,
      available: ownUnits + free,
      requested: line.quantity,
    });
  }
  const moved = Math.min(ownUnits, line.quantity);
  if (moved > 0) {
    const grants: Grant[] = [{ lineId: line.orderLineId!, locationId: source, quantity: moved }];
    const ref = new Map([[line.orderLineId!, { lineId: line.orderLineId!, orderId: line.orderId!, lineNo: line.orderLineNo! }]]);
    await new AllocationEngine(ctx, line.itemId).deallocate(grants, ref, `${reason}: its stock moves with the transfer`);
  }
  await postOnHand(ctx, line.itemId, source, 'adjustment', -line.quantity, `TO#${order.id}`, reason);
}

/** Receives a shipped transfer at the destination: a receipt there, the linked line first. */
export async function receiveTransferOrder(ctx: ServiceContext, id: number): Promise<TransferOrderView> {
  const order = await existing(ctx, id);
  const status = orThrow(transferOrderAfter(order.status as TransferOrderStatus, 'receive'));
  const lines = await transferOrderLines(ctx.db, order.id);
  const itemIds = [...new Set(lines.map((l) => l.itemId))];
  await lockItems(ctx.db, itemIds);
  for (const line of lines) {
    const quantity = line.shipped - line.received;
    if (quantity === 0) continue;
    await bookArrival(ctx, {
      itemId: line.itemId,
      locationId: order.to_location_id,
      kind: 'receipt',
      quantity,
      reference: `TO#${order.id}`,
      reason: `received ${quantity} on transfer order ${order.id}`,
      linkedLineId: line.orderLineId,
    });
  }
  await markTransferLines(ctx.db, order.id, 'received');
  await setTransferOrderStatus(ctx.db, order.id, status);
  ctx.work.supplyOrQueueChanged(itemIds);
  return transferOrderView(ctx.db, order.id);
}

/** Cancels a transfer that has not shipped: nothing moved, nothing is expected. */
export async function cancelTransferOrder(ctx: ServiceContext, id: number, why?: string): Promise<TransferOrderView> {
  const order = await existing(ctx, id);
  const status = orThrow(transferOrderAfter(order.status as TransferOrderStatus, 'cancel'));
  const lines = await transferOrderLines(ctx.db, order.id);
  await setTransferOrderStatus(ctx.db, order.id, status);
  const reason = `transfer order ${order.id} cancelled${why ? `: ${why}` : ''}`;
  logEntries(ctx, lines.map((l) => transferLog(l, 'transfer_cancelled', l.quantity, reason)));
  return transferOrderView(ctx.db, order.id);
}

async function existing(ctx: ServiceContext, id: number): Promise<TransferOrderRow> {
  return (await findTransferOrder(ctx.db, id, true)) ?? refuse('transfer_order_not_found', `No transfer order has id ${id}.`, { transferOrderId: id });
}

function transferLog(line: TransferOrderLineRow, action: string, quantity: number, reason: string): LogEntry {
  return { entity: 'stock', action, itemId: line.itemId, orderId: line.orderId, lineNo: line.orderLineNo, quantity, reason };
}
