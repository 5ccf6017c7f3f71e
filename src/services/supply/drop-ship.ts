import { cancellable } from '../../domain/allocation/line-quantities.js';
import { logEntries } from '../../app/journal.js';
import type { Grant } from '../../domain/allocation/allocation-plan.js';
import { refuse } from '../../domain/refusal.js';
import { findOrderLine, shipOnLine } from '../../repositories/order-repository.js';
import type { PurchaseOrderLineRow } from '../../repositories/purchase-order-repository.js';
import { lineHoldings } from '../../repositories/queue-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import type { ServiceContext } from '../../app/context.js';

/**
 * The supplier confirms it shipped `quantity` straight to the customer (drop ship): the
 * linked order line is shipped by that much, without touching stock at our locations. Units the
 * line had meanwhile been allocated here are no longer needed: they are freed for the queue.
 * The caller holds the item's lock.
 */
export async function confirmDropShip(ctx: ServiceContext, poLine: PurchaseOrderLineRow, quantity: number, reason: string): Promise<void> {
  const line = (await findOrderLine(ctx.db, poLine.orderLineId!))!;
  const open = cancellable(line);
  if (quantity > open) {
    refuse('drop_ship_exceeds_open', `Order ${line.order_id} line ${line.line_no} has ${open} open to ship; the drop shipment confirms ${quantity}.`, {
      orderId: line.order_id,
      lineNo: line.line_no,
      open,
      requested: quantity,
    });
  }
  let excess = Math.max(0, quantity - line.backordered);
  const freed = excess;
  const grants: Grant[] = [];
  for (const holding of await lineHoldings(ctx.db, line.id)) {
    if (excess === 0) break;
    const take = Math.min(excess, holding.quantity);
    grants.push({ lineId: line.id, locationId: holding.locationId, quantity: take });
    excess -= take;
  }
  const engine = new AllocationEngine(ctx, line.item_id);
  const ref = new Map([[line.id, { lineId: line.id, orderId: line.order_id, lineNo: line.line_no }]]);
  if (grants.length > 0) await engine.deallocate(grants, ref, `${reason}: allocation no longer needed`);
  await shipOnLine(ctx.db, line.id, quantity);
  logEntries(ctx, [{ entity: 'line', action: 'drop_shipped', orderId: line.order_id, itemId: line.item_id, lineNo: line.line_no, quantity, reason }]);
  // Freed stock may let lines ahead take it, and waiting lines fill (supply fills the queue).
  await engine.supplyRaised('secondary', freed, `${reason}: stock freed`);
}
