import type { EntryVerdict } from '../strategies/backorder-strategy.js';
import { strategyRules, type BackorderStrategy } from '../strategies/registry.js';

/** Fulfillment policies (docs/domain.md#backorder-strategies). No policy means backorder_allowed. */
export { backorderStrategies, type BackorderStrategy } from '../strategies/registry.js';

export const rateValueTypes = ['none', 'quantity', 'price'] as const;
export type RateValueType = (typeof rateValueTypes)[number];

export const violationLevels = ['info', 'warning', 'error'] as const;
export type ViolationLevel = (typeof violationLevels)[number];

export const shipTypes = ['partial_ok', 'complete'] as const;
export type ShipType = (typeof shipTypes)[number];

export interface FulfillmentPolicy {
  readonly code: string;
  readonly backorderStrategy: BackorderStrategy;
  readonly preventPartialDelivery: boolean;
  readonly fulfillmentRate: { readonly valueType: RateValueType; readonly minPercent: number };
  readonly violation: ViolationLevel;
  readonly cancelAfterDays: number | null;
}

export const defaultPolicy: FulfillmentPolicy = {
  code: 'backorder_allowed',
  backorderStrategy: 'backorder_allowed',
  preventPartialDelivery: false,
  fulfillmentRate: { valueType: 'none', minPercent: 0 },
  violation: 'info',
  cancelAfterDays: null,
};

/** At entry, what the policy's strategy does with an order that cannot be filled now. */
export function backorderAtEntry(policy: FulfillmentPolicy): EntryVerdict {
  return strategyRules(policy.backorderStrategy).atEntry(policy);
}
