import { assertLifecycle, nextStatus, type TransitionTable } from '../lifecycle.js';
import type { Refusal } from '../refusal.js';

/**
 * A purchase order: drafts (from replenishment) are confirmed into open orders; receipts make it
 * partially received, then received; an open or partly received order may be cancelled (the
 * rest is no longer expected). Received and cancelled are final.
 */
export const purchaseOrderStatuses = ['draft', 'open', 'partially_received', 'received', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof purchaseOrderStatuses)[number];
export type PurchaseOrderEvent = 'confirm' | 'receive_part' | 'receive_rest' | 'cancel';

export const purchaseOrderLifecycle: TransitionTable<PurchaseOrderStatus, PurchaseOrderEvent> = {
  draft: { confirm: 'open', cancel: 'cancelled' },
  open: { receive_part: 'partially_received', receive_rest: 'received', cancel: 'cancelled' },
  partially_received: { receive_part: 'partially_received', receive_rest: 'received', cancel: 'cancelled' },
  received: {},
  cancelled: {},
};
assertLifecycle(purchaseOrderLifecycle, ['draft', 'open']);

export function purchaseOrderAfter(from: PurchaseOrderStatus, event: PurchaseOrderEvent): PurchaseOrderStatus | Refusal {
  return nextStatus(purchaseOrderLifecycle, 'purchase order', from, event);
}

/** Statuses whose open quantities are expected supply (drafts are not yet promised by anyone). */
export const inboundStatuses: readonly PurchaseOrderStatus[] = ['open', 'partially_received'];
