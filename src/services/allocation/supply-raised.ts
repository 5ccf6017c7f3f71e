import { addPendingFill, type BackorderProcess } from '../../repositories/pending-fill-repository.js';
import { AllocationEngine, type FilledLine } from './allocation-engine.js';
import type { ServiceContext } from '../../app/context.js';

/**
 * Stock became free for an item (supply fills the queue). Immediate mode fills the queue in this
 * transaction; scheduled mode leaves the units for the process that handles this kind of supply.
 * Returns what was filled now.
 */
export async function supplyRaised(
  ctx: ServiceContext,
  itemId: number,
  process: BackorderProcess,
  quantity: number,
  reason: string,
): Promise<FilledLine[]> {
  if (quantity <= 0) return [];
  if (ctx.fillMode === 'immediate') return new AllocationEngine(ctx, itemId).fillReport(reason);
  await addPendingFill(ctx.db, itemId, process, quantity);
  return [];
}
