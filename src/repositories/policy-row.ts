import type { BackorderStrategy, FulfillmentPolicy, RateValueType, ViolationLevel } from '../domain/orders/fulfillment-policy.js';
import type { SlaStep } from '../domain/sla/sla-ladder.js';
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

/** A policy's own SLA ladder (null: it follows the deployment's default). */
export function ladderOf(row: Pick<PolicyRow, 'sla_ladder'>): SlaStep[] | null {
  const stored = typeof row.sla_ladder === 'string' ? (JSON.parse(row.sla_ladder) as unknown) : row.sla_ladder;
  return (stored ?? null) as SlaStep[] | null;
}
