import { assertLifecycle, nextStatus, type TransitionTable } from '../lifecycle.js';
import type { Refusal } from '../refusal.js';

/**
 * A transfer order moves stock between two locations: shipping takes it off the source's shelf
 * (in transit), receiving books it at the destination as a receipt. Only an open transfer may be
 * cancelled: stock in transit has left the source.
 */
export const transferOrderStatuses = ['open', 'shipped', 'received', 'cancelled'] as const;
export type TransferOrderStatus = (typeof transferOrderStatuses)[number];
export type TransferOrderEvent = 'ship' | 'receive' | 'cancel';

export const transferOrderLifecycle: TransitionTable<TransferOrderStatus, TransferOrderEvent> = {
  open: { ship: 'shipped', cancel: 'cancelled' },
  shipped: { receive: 'received' },
  received: {},
  cancelled: {},
};
assertLifecycle(transferOrderLifecycle, ['open']);

export function transferOrderAfter(from: TransferOrderStatus, event: TransferOrderEvent): TransferOrderStatus | Refusal {
  return nextStatus(transferOrderLifecycle, 'transfer order', from, event);
}
