/** Fulfillment policies (docs/domain.md#backorder-strategies). No policy means backorder_allowed. */
export const backorderStrategies = ['backorder_allowed', 'max_one_backorder', 'deliver_in_full', 'no_backorder'] as const;
export type BackorderStrategy = (typeof backorderStrategies)[number];

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

/**
 * At entry, a `no_backorder` policy decides what happens to an order that cannot be filled:
 * violation `error` refuses it, `warning` accepts and flags it, `info` accepts and only logs it.
 */
export function backorderAtEntry(policy: FulfillmentPolicy): 'allow' | 'note' | 'warn' | 'refuse' {
  if (policy.backorderStrategy !== 'no_backorder') return 'allow';
  return ({ error: 'refuse', warning: 'warn', info: 'note' } as const)[policy.violation];
}
