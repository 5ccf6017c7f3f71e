import { addPendingFill, type BackorderProcess } from '../repositories/pending-fill-repository.js';
import { AllocationEngine } from './allocation-engine.js';
import type { ServiceContext } from './context.js';

/**
 * Stock became free for an item (Allocation 4). Immediate mode fills the queue in this
 * transaction; scheduled mode leaves the units for the process that handles this kind of supply.
 */
export async function supplyRaised(
  ctx: ServiceContext,
  itemId: number,
  process: BackorderProcess,
  quantity: number,
  reason: string,
): Promise<void> {
  if (quantity <= 0) return;
  if (ctx.fillMode === 'immediate') {
    await new AllocationEngine(ctx, itemId).fill(reason);
  } else {
    await addPendingFill(ctx.db, itemId, process, quantity);
  }
}
