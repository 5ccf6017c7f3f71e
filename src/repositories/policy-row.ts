import type { BackorderStrategy, FulfillmentPolicy, RateValueType, ViolationLevel } from '../domain/orders/fulfillment-policy.js';
import type { PolicyRow } from './master-data-repository.js';

export function policyFromRow(row: PolicyRow): FulfillmentPolicy {
  return {
    code: row.code,
    backorderStrategy: row.backorder_strategy as BackorderStrategy,
    preventPartialDelivery: row.prevent_partial_delivery,
    fulfillmentRate: { valueType: row.rate_value_type as RateValueType, minPercent: Number(row.rate_min_percent) },
    violation: row.violation as ViolationLevel,
    cancelAfterDays: row.cancel_after_days,
  };
}
