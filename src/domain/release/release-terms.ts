import type { BackorderStrategy, FulfillmentPolicy, RateValueType, ShipType } from '../orders/fulfillment-policy.js';

/** What decides how an order may release: its header strategy, ship type and policies. */
export interface ReleaseTerms {
  /** The order's header strategy: inherited from its policy, or changed by hand. */
  readonly strategy: BackorderStrategy;
  readonly shipType: ShipType;
  /** The order's fulfillment policy (inherited from the customer unless chosen): rate and violation level. */
  readonly policy: FulfillmentPolicy;
  /** The customer's own policy when the order was entered, if it had one. */
  readonly customerPolicy: FulfillmentPolicy | null;
}

export interface FulfillmentRate {
  readonly valueType: Exclude<RateValueType, 'none'>;
  readonly minPercent: number;
}

/** Ship type `complete` behaves as `deliver_in_full` for release. */
export function effectiveStrategy(terms: ReleaseTerms): BackorderStrategy {
  return terms.shipType === 'complete' ? 'deliver_in_full' : terms.strategy;
}

/** Why an order waits to ship complete, in words. */
export function completeBecause(terms: ReleaseTerms): string {
  return terms.strategy === 'deliver_in_full' ? 'deliver in full' : 'ship type complete';
}

/**
 * The 100 % exception (docs/domain.md#fulfillment-rate-and-violation-levels): the customer's
 * policy asks for 100 %, but the order's strategy was changed by hand (it differs from the
 * customer's) to anything but deliver_in_full.
 */
export function hundredPercentException(terms: ReleaseTerms): boolean {
  const customer = terms.customerPolicy;
  if (!customer || customer.fulfillmentRate.valueType === 'none' || customer.fulfillmentRate.minPercent < 100) return false;
  return terms.strategy !== customer.backorderStrategy && terms.strategy !== 'deliver_in_full';
}

/** The fulfillment rate the first release must reach, or null when none applies. */
export function rateInForce(terms: ReleaseTerms): FulfillmentRate | null {
  const { valueType, minPercent } = terms.policy.fulfillmentRate;
  if (valueType === 'none' || minPercent <= 0 || hundredPercentException(terms)) return null;
  return { valueType, minPercent };
}
