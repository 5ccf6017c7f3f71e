import type { ServiceContext } from '../../app/context.js';
import { itemsToCancel, linesToCancel, type CancelScope } from '../../repositories/cancellation-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { cancelQuantities } from './order-cancellation.js';

/** What a cancellation job cancelled on one order: lines and units. */
export interface OrderCancelled {
  readonly lines: number;
  readonly units: number;
}

/**
 * Cancels what a job's scope selects on one order, in the caller's unit of work, under its items'
 * locks, through the same path as a user's cancellation (freed stock fills the queue, the record
 * log has the reason). Idempotent: a second call finds nothing left in scope. The job walks the
 * orders (`jobs/cancellation-jobs.ts`), one short unit of work each.
 */
export async function cancelOrderInScope(ctx: ServiceContext, scope: CancelScope, orderId: number, reason: string): Promise<OrderCancelled> {
  const itemIds = await itemsToCancel(ctx.db, scope, orderId);
  await lockItems(ctx.db, itemIds);
  // Read again under the locks; a line of another item that came into scope meanwhile waits for the next run.
  const locked = new Set(itemIds);
  const wanted = (await linesToCancel(ctx.db, scope, orderId)).filter((w) => w.quantity > 0 && locked.has(w.line.item_id));
  if (wanted.length > 0) await cancelQuantities(ctx, orderId, wanted, reason);
  return { lines: wanted.length, units: wanted.reduce((sum, w) => sum + w.quantity, 0) };
}
