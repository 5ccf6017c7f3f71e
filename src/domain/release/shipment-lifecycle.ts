import type { RefusalCode } from '../refusal.js';

/** Shipment lifecycle (docs/domain.md#shipments): pending → shipped, or pending → voided. */
export const shipmentStatuses = ['pending', 'shipped', 'voided'] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];
export type ShipmentAction = 'ship' | 'void';

/** The transition table: what each action does from each status; absent means refused. */
export const shipmentTransitions: Readonly<Record<ShipmentStatus, Partial<Record<ShipmentAction, ShipmentStatus>>>> = {
  pending: { ship: 'shipped', void: 'voided' },
  shipped: {},
  voided: {},
};

/** Why an action is refused in a status that has no transition for it. */
const refusedIn: Readonly<Record<Exclude<ShipmentStatus, 'pending'>, RefusalCode>> = {
  shipped: 'shipment_already_shipped',
  voided: 'shipment_already_voided',
};

export type Transition =
  | { readonly ok: true; readonly to: ShipmentStatus }
  | { readonly ok: false; readonly code: RefusalCode; readonly detail: string };

export function shipmentTransition(from: ShipmentStatus, action: ShipmentAction): Transition {
  const to = shipmentTransitions[from][action];
  if (to !== undefined) return { ok: true, to };
  // Only a closed shipment refuses: a pending one has a transition for every action.
  const closed = from as Exclude<ShipmentStatus, 'pending'>;
  return { ok: false, code: refusedIn[closed], detail: `The shipment is already ${from}; it cannot be ${action === 'ship' ? 'shipped' : 'voided'}.` };
}
