import { unitOfWork, type RootContext } from '../../app/unit-of-work.js';
import { itemsToCancel, linesToCancel, ordersToCancel, type CancelScope } from '../../repositories/cancellation-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { cancelQuantities } from './order-cancellation.js';

const ORDERS_PER_PAGE = 200;

export interface CancellationRun {
  /** Orders that had something cancelled, in id order. */
  readonly orders: number[];
  readonly lines: number;
  readonly units: number;
}

/**
 * Cancels what a job's scope selects, one order per short transaction under its items' locks,
 * through the same path as a user's cancellation (freed stock fills the queue, the record log
 * has the reason). Idempotent: a second run finds nothing left in scope.
 */
export async function cancelInScope(
  ctx: RootContext,
  scope: CancelScope,
  reason: string,
  progress: (lines: number) => Promise<void>,
): Promise<CancellationRun> {
  const orders: number[] = [];
  let lines = 0;
  let units = 0;
  let after = 0;
  for (;;) {
    const page = await ordersToCancel(ctx.db, scope, after, ORDERS_PER_PAGE);
    if (page.length === 0) break;
    for (const orderId of page) {
      const cancelled = await unitOfWork(ctx, async (tx) => {
        const { db } = tx;
        const itemIds = await itemsToCancel(db, scope, orderId);
        await lockItems(db, itemIds);
        // Read again under the locks; a line of another item that came into scope meanwhile waits for the next run.
        const locked = new Set(itemIds);
        const wanted = (await linesToCancel(db, scope, orderId)).filter((w) => w.quantity > 0 && locked.has(w.line.item_id));
        if (wanted.length > 0) await cancelQuantities(tx, orderId, wanted, reason);
        return wanted;
      });
      after = orderId;
      if (cancelled.length === 0) continue;
      orders.push(orderId);
      lines += cancelled.length;
      units += cancelled.reduce((sum, w) => sum + w.quantity, 0);
    }
    await progress(lines);
  }
  return { orders, lines, units };
}
