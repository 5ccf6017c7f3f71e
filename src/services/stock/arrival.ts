import { AllocationEngine } from '../allocation/allocation-engine.js';
import { alertArrivals } from './arrival-alert.js';
import type { ServiceContext } from '../../app/context.js';
import { postOnHand } from './on-hand-posting.js';

export interface Arrival {
  readonly itemId: number;
  readonly locationId: number;
  readonly kind: 'receipt' | 'return';
  readonly quantity: number;
  readonly reference: string | null;
  /** Why, in the record log of the lines it fills. */
  readonly reason: string;
  /** The order line the supply was raised for (a linked purchase or transfer order line). */
  readonly linkedLineId?: number | null | undefined;
}

/**
 * Stock arrives at a location (a receipt, a return, a purchase or transfer order received). On
 * hand rises; a linked line takes what it lacks first; the rest is supply for the queue
 * (supply fills the queue), filled now or by a backorder process. A receipt that fills backorders is
 * announced (`stock_arrived`). The caller holds the item's lock.
 */
export async function bookArrival(ctx: ServiceContext, arrival: Arrival): Promise<void> {
  const { itemId, locationId, kind, quantity, reference, reason } = arrival;
  await postOnHand(ctx, itemId, locationId, kind, quantity, reference, null);
  const engine = new AllocationEngine(ctx, itemId);
  const linked = arrival.linkedLineId ? await engine.fillLinked(arrival.linkedLineId, locationId, quantity, `${reason}: raised for this line`) : null;
  const filled = await engine.supplyRaised(kind === 'receipt' ? 'primary' : 'secondary', quantity - (linked?.quantity ?? 0), reason);
  if (kind === 'receipt') await alertArrivals(ctx, [{ itemId, locationId, reference, received: quantity }], linked ? [linked, ...filled] : filled);
}
