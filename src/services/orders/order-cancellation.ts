import { promiseChangedItems } from '../../app/unit-of-work.js';
import { logEntries } from '../../app/journal.js';
import type { CancelInput } from '../../contract/orders.js';
import type { Grant } from '../../domain/allocation/allocation-plan.js';
import { cancellable } from '../../domain/allocation/line-quantities.js';
import { refuse } from '../../domain/refusal.js';
import { cancelOnLine, findOrder, orderItemIds, orderLines, type OrderLineRow } from '../../repositories/order-repository.js';
import { lineHoldings } from '../../repositories/queue-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import type { ServiceContext } from '../../app/context.js';
import { orderView, type OrderView } from '../../queries/order-view.js';

export interface Cancellation {
  readonly line: OrderLineRow;
  readonly quantity: number;
}

/**
 * Cancels part of a line, whole lines, or the whole order. The backordered part goes first, then
 * unreleased allocation, which is freed and fills the queue (docs/domain.md#cancellation).
 */
export async function cancelOrder(ctx: ServiceContext, orderId: number, input: CancelInput): Promise<OrderView> {
  const order = (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  await lockItems(ctx.db, await orderItemIds(ctx.db, order.id));
  const lines = await orderLines(ctx.db, order.id);
  await cancelQuantities(ctx, order.id, cancellationsWanted(lines, input), input.reason ?? null);
  await promiseChangedItems(ctx);
  return orderView(ctx.db, order.id);
}

/**
 * The one cancellation path, for a user's cancel and for the cancellation jobs alike: books each
 * cancellation, backordered part first, frees the unreleased allocation it reaches, logs it with
 * its reason, and lets the freed stock fill the queue. The caller holds the lines' item locks
 * and has checked each quantity against `cancellable`.
 */
export async function cancelQuantities(
  ctx: ServiceContext,
  orderId: number,
  wanted: readonly Cancellation[],
  reason: string | null,
): Promise<void> {
  const why = `order ${orderId} cancelled${reason ? `: ${reason}` : ''}`;
  const freed = new Map<number, number>();
  const log: LogEntry[] = [];
  for (const { line, quantity } of wanted) {
    const fromBackorder = Math.min(quantity, line.backordered);
    let toFree = quantity - fromBackorder;
    const grants: Grant[] = [];
    for (const holding of await lineHoldings(ctx.db, line.id)) {
      if (toFree === 0) break;
      const take = Math.min(toFree, holding.quantity);
      grants.push({ lineId: line.id, locationId: holding.locationId, quantity: take });
      toFree -= take;
    }
    const deallocated = quantity - fromBackorder;
    const refs = new Map([[line.id, { lineId: line.id, orderId, lineNo: line.line_no }]]);
    if (grants.length > 0) await new AllocationEngine(ctx, line.item_id).deallocate(grants, refs, why);
    // A service line's "allocation" holds no stock: it is simply given up here.
    await cancelOnLine(ctx.db, line.id, quantity, toFree);
    if (grants.length > 0) freed.set(line.item_id, (freed.get(line.item_id) ?? 0) + deallocated - toFree);
    log.push({ entity: 'line', action: 'cancelled', orderId, itemId: line.item_id, lineNo: line.line_no, quantity, reason });
  }
  logEntries(ctx, log);
  for (const [itemId, quantity] of freed) {
    await new AllocationEngine(ctx, itemId).supplyRaised('secondary', quantity, `${why} (stock freed)`);
  }
  ctx.work.supplyOrQueueChanged(wanted.map((w) => w.line.item_id));
}

function cancellationsWanted(lines: readonly OrderLineRow[], input: CancelInput): Cancellation[] {
  if (!input.lines) {
    const open = lines.filter((l) => cancellable(l) > 0).map((line) => ({ line, quantity: cancellable(line) }));
    if (open.length > 0) return open;
    // Released units are the warehouse's: an order that still has them is not closed.
    if (lines.every((l) => l.shipped + l.cancelled === l.quantity)) refuse('order_closed', 'Nothing on this order is open to cancel.');
    refuse('cancel_exceeds_open', 'Nothing on this order is open to cancel: what is left is released to the warehouse.', { open: 0 });
  }
  const seen = new Set<number>();
  return input.lines.map(({ lineNo, quantity }) => {
    if (seen.has(lineNo)) refuse('duplicate_line', `Line ${lineNo} is named twice.`, { lineNo });
    seen.add(lineNo);
    const line = lines.find((l) => l.line_no === lineNo) ?? refuse('line_not_found', `The order has no line ${lineNo}.`, { lineNo });
    const open = cancellable(line);
    const asked = quantity ?? open;
    if (asked > open || open === 0) {
      refuse('cancel_exceeds_open', `Line ${lineNo} has ${open} open; cannot cancel ${asked}.`, { lineNo, open, requested: asked });
    }
    return { line, quantity: asked };
  });
}
