import type { ServiceContext } from './context.js';

/**
 * Supply, the schedule, priorities or cancellations changed for these items (whose locks the
 * caller holds): their promise dates are recomputed here.
 */
export async function supplyChanged(_ctx: ServiceContext, _itemIds: readonly number[]): Promise<void> {
  // Promise dates arrive with the next change.
}
