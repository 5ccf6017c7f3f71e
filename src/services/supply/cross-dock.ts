import { logEntries } from '../../app/journal.js';
import { crossDockApplies, crossDockBlockingStrategies } from '../../domain/supply/cross-dock.js';
import type { BackorderStrategy } from '../../domain/orders/fulfillment-policy.js';
import { crossDockCandidates } from '../../repositories/cross-dock-repository.js';
import { businessDay, type ServiceContext } from '../../app/context.js';
import { changeOrder } from '../orders/order-change.js';

/**
 * Switches one order to its policy's cross-dock alternative when it waits for a purchase order
 * raised for it and the receipt falls within the policy's window (docs/domain.md#cross-dock).
 * Checked again here, in the order's transaction. Returns whether it switched.
 */
export async function applyCrossDock(ctx: ServiceContext, orderId: number): Promise<boolean> {
  const [candidate] = await crossDockCandidates(ctx.db, { orderId, strategies: crossDockBlockingStrategies }, 1);
  if (!candidate) return false;
  const today = businessDay(ctx);
  const applies = crossDockApplies({
    strategy: candidate.strategy as BackorderStrategy,
    hasAlternative: true,
    windowDays: candidate.windowDays,
    plannedShipDate: candidate.requestedShipDate,
    receiptDate: candidate.receiptDate,
    today,
  });
  if (!applies) return false;
  await changeOrder(ctx, orderId, { fulfillmentPolicy: candidate.crossDockPolicy });
  const orders = candidate.purchaseOrderIds.map((id) => `purchase order ${id}`).join(', ');
  logEntries(ctx, [
      {
        entity: 'order',
        action: 'cross_dock_policy',
        orderId,
        reason: `${candidate.policy} → ${candidate.crossDockPolicy}: waits for ${orders}, expected ${candidate.receiptDate}${candidate.windowDays === null ? '' : `, within ${candidate.windowDays} day(s) of the planned ship date`}`,
      },
    ]);
  return true;
}
