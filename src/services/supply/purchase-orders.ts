import { logEntries } from '../../app/journal.js';
import { purchaseOrderAfter, type PurchaseOrderStatus } from '../../domain/supply/purchase-order-lifecycle.js';
import { orThrow, refuse } from '../../domain/refusal.js';
import {
  addReceived,
  findPurchaseOrder,
  insertPurchaseOrder,
  insertPurchaseOrderLines,
  purchaseOrderLines,
  setPurchaseOrderStatus,
  type PurchaseOrderLineRow,
  type PurchaseOrderRow,
} from '../../repositories/purchase-order-repository.js';
import type { OrderLineRow } from '../../repositories/order-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { bookArrival } from '../stock/arrival.js';
import type { ServiceContext } from '../../app/context.js';
import { confirmDropShip } from './drop-ship.js';
import { itemsBySku, locationByCode } from '../../repositories/lookup.js';
import { purchaseOrderView, type PurchaseOrderView } from '../../queries/purchase-order-view.js';
import { linkedOrderLine, stockedItems } from './supply-links.js';
import type { PurchaseOrderInput, ReceiptLines } from '../../contract/supply.js';

export type { PurchaseOrderInput, ReceiptLines } from '../../contract/supply.js';

/**
 * Raises a purchase order: supply with a date (it feeds promise dates) that, when received, is a
 * receipt. Lines may be raised for an order line, which then gets that stock first. A drop-ship
 * order is raised for order lines only and is confirmed instead of received.
 */
export async function createPurchaseOrder(
  ctx: ServiceContext,
  input: PurchaseOrderInput,
  status: Extract<PurchaseOrderStatus, 'open' | 'draft'> = 'open',
): Promise<PurchaseOrderView> {
  const dropShip = input.dropShip ?? false;
  if (dropShip && input.location !== undefined) refuse('validation_failed', 'A drop shipment goes to the customer: give no location.', { field: 'body/location' });
  if (!dropShip && input.location === undefined) refuse('validation_failed', 'Name the location the goods arrive at.', { field: 'body/location' });
  const location = input.location === undefined ? null : await locationByCode(ctx.db, input.location);
  const items = await itemsBySku(ctx.db, input.lines.map((l) => l.sku));
  stockedItems(items.values());
  const links: (OrderLineRow | null)[] = [];
  for (const line of input.lines) {
    const linked = await linkedOrderLine(ctx, line, items.get(line.sku)!);
    if (dropShip && !linked) refuse('validation_failed', 'Every line of a drop shipment names the order line it ships (orderId, lineNo).', { sku: line.sku });
    links.push(linked);
  }
  await lockItems(ctx.db, [...new Set([...items.values()].map((i) => i.id))]);
  const order = await insertPurchaseOrder(ctx.db, {
    supplier: input.supplier,
    location_id: location?.id ?? null,
    drop_ship: dropShip,
    status,
    expected_date: input.expectedDate,
    reference: input.reference ?? null,
    created_at: ctx.clock.now(),
  });
  await insertPurchaseOrderLines(
    ctx.db,
    input.lines.map((line, index) => ({
      purchase_order_id: order.id,
      line_no: index + 1,
      item_id: items.get(line.sku)!.id,
      quantity: line.quantity,
      order_line_id: links[index]?.id ?? null,
    })),
  );
  const lines = await purchaseOrderLines(ctx.db, [order.id]);
  const what = `${status === 'draft' ? 'draft ' : ''}${dropShip ? 'drop-ship ' : ''}purchase order ${order.id} from ${order.supplier}, expected ${order.expected_date}`;
  logEntries(ctx, lines.map((l) => supplyLog(l, 'purchase_order_raised', l.quantity, what)));
  if (status === 'open') ctx.work.supplyOrQueueChanged(lines.map((l) => l.itemId));
  return purchaseOrderView(ctx.db, order.id);
}

/**
 * Receives a purchase order, all that is open or the given quantities. Each line received is a
 * receipt at the order's location (a drop shipment: a confirmation that ships the linked line).
 */
export async function receivePurchaseOrder(ctx: ServiceContext, id: number, input: ReceiptLines): Promise<PurchaseOrderView> {
  const order = await existing(ctx, id, true);
  const lines = await purchaseOrderLines(ctx.db, [order.id]);
  const receipts = receiptsWanted(lines, input);
  const after = new Map(lines.map((l) => [l.id, l.received]));
  for (const { line, quantity } of receipts) after.set(line.id, after.get(line.id)! + quantity);
  const rest = lines.every((l) => after.get(l.id) === l.quantity);
  const status = orThrow(purchaseOrderAfter(order.status as PurchaseOrderStatus, rest ? 'receive_rest' : 'receive_part'));
  await lockItems(ctx.db, [...new Set(receipts.map((r) => r.line.itemId))]);
  const reference = `PO#${order.id}${input.reference ? ` ${input.reference}` : ''}`;
  for (const { line, quantity } of receipts) {
    await addReceived(ctx.db, line.id, quantity);
    const reason = `purchase order ${order.id} from ${order.supplier}`;
    if (order.drop_ship) await confirmDropShip(ctx, line, quantity, `drop shipped by ${order.supplier} (purchase order ${order.id})`);
    else {
      await bookArrival(ctx, {
        itemId: line.itemId,
        locationId: order.location_id!,
        kind: 'receipt',
        quantity,
        reference,
        reason: `received ${quantity} on ${reason}`,
        linkedLineId: line.orderLineId,
      });
    }
  }
  await setPurchaseOrderStatus(ctx.db, order.id, status);
  ctx.work.supplyOrQueueChanged(receipts.map((r) => r.line.itemId));
  return purchaseOrderView(ctx.db, order.id);
}

function receiptsWanted(lines: readonly PurchaseOrderLineRow[], input: ReceiptLines) {
  if (!input.lines) return lines.filter((l) => l.received < l.quantity).map((line) => ({ line, quantity: line.quantity - line.received }));
  const seen = new Set<number>();
  return input.lines.map(({ lineNo, quantity }) => {
    if (seen.has(lineNo)) refuse('duplicate_line', `Line ${lineNo} is named twice.`, { lineNo });
    seen.add(lineNo);
    const line = lines.find((l) => l.lineNo === lineNo) ?? refuse('line_not_found', `The purchase order has no line ${lineNo}.`, { lineNo });
    const open = line.quantity - line.received;
    if (quantity > open) refuse('receipt_exceeds_open', `Line ${lineNo} has ${open} open; cannot receive ${quantity}.`, { lineNo, open, requested: quantity });
    return { line, quantity };
  });
}

/** Confirms a draft (from replenishment): from now on its lines are expected supply. */
export async function confirmPurchaseOrder(ctx: ServiceContext, id: number): Promise<PurchaseOrderView> {
  return move(ctx, id, 'confirm', 'purchase_order_confirmed');
}

/** Cancels what is still open: it is no longer expected (what was received stays received). */
export async function cancelPurchaseOrder(ctx: ServiceContext, id: number, reason?: string): Promise<PurchaseOrderView> {
  return move(ctx, id, 'cancel', 'purchase_order_cancelled', reason);
}

async function move(ctx: ServiceContext, id: number, event: 'confirm' | 'cancel', action: string, why?: string): Promise<PurchaseOrderView> {
  const order = await existing(ctx, id, true);
  const status = orThrow(purchaseOrderAfter(order.status as PurchaseOrderStatus, event));
  const lines = await purchaseOrderLines(ctx.db, [order.id]);
  await lockItems(ctx.db, [...new Set(lines.map((l) => l.itemId))]);
  await setPurchaseOrderStatus(ctx.db, order.id, status);
  const reason = `purchase order ${order.id} from ${order.supplier}${why ? `: ${why}` : ''}`;
  logEntries(ctx, lines.map((l) => supplyLog(l, action, l.quantity - l.received, reason)));
  ctx.work.supplyOrQueueChanged(lines.map((l) => l.itemId));
  return purchaseOrderView(ctx.db, order.id);
}

async function existing(ctx: ServiceContext, id: number, lock: boolean): Promise<PurchaseOrderRow> {
  return (await findPurchaseOrder(ctx.db, id, lock)) ?? refuse('purchase_order_not_found', `No purchase order has id ${id}.`, { purchaseOrderId: id });
}

/** A record-log entry on the item, and on the order line when the supply was raised for one. */
function supplyLog(line: PurchaseOrderLineRow, action: string, quantity: number, reason: string): LogEntry {
  return { entity: 'stock', action, itemId: line.itemId, orderId: line.orderId, lineNo: line.orderLineNo, quantity, reason };
}
