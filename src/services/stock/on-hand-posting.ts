import { AllocationEngine } from '../allocation/allocation-engine.js';
import { movementDelta } from '../../domain/allocation/stock-movement.js';
import { logEntries } from '../../app/journal.js';
import { addOnHand, appendLedger } from '../../repositories/stock-repository.js';
import type { ServiceContext } from '../../app/context.js';

/**
 * Moves on hand at one (item, location): the counter, its ledger row and a record-log entry, in
 * the caller's transaction and under its item lock.
 */
export async function postOnHand(
  ctx: ServiceContext,
  itemId: number,
  locationId: number,
  kind: 'receipt' | 'return' | 'adjustment',
  quantity: number,
  reference: string | null,
  reason: string | null,
): Promise<void> {
  const at = ctx.clock.now();
  await addOnHand(ctx.db, itemId, locationId, quantity);
  const delta = movementDelta(kind, quantity);
  await appendLedger(
    ctx.db,
    [{ itemId, locationId, kind, onHandDelta: delta.onHand, allocatedDelta: delta.allocated, lineId: null, reference, reason }],
    ctx.actor,
    at,
  );
  logEntries(ctx, [{ entity: 'stock', action: kind, itemId, quantity, reason: reason ?? reference }]);
  // Stock on hand moved: the item's promise dates may move with it.
  ctx.work.supplyOrQueueChanged([itemId]);
  if (quantity < 0) await new AllocationEngine(ctx, itemId).freeStockFell();
}
