import { ranksAhead, type QueueRank } from './queue-rank.js';

/**
 * Rationing (docs/domain.md#rationing): how an item's free stock is shared while it is short.
 * `queue` serves strictly by rank (priority, then entry); `fair_share` shares what comes among the
 * customers waiting at the same priority in proportion to what they wait for.
 */
export const allocationRules = ['queue', 'fair_share'] as const;
export type AllocationRule = (typeof allocationRules)[number];

/** At most `units`, or `percentOfReceipts` % of the item's receipts over `periodDays`, to one customer while others wait. */
export type CustomerCap = { readonly units: number } | { readonly percentOfReceipts: number; readonly periodDays: number };

export interface Rationing {
  readonly rule: AllocationRule;
  readonly customerCap: CustomerCap | null;
}

export const queueRule: Rationing = { rule: 'queue', customerCap: null };

/** Whether the item is rationed at all: a queue item without a cap allocates exactly as the queue says. */
export const isRationed = (rationing: Rationing) => rationing.rule === 'fair_share' || rationing.customerCap !== null;

/**
 * The cap in units today: a units cap as it is, a percent cap as that share (rounded down) of
 * what the item received over its period, counted back from its latest receipt.
 */
export function capInForce(cap: CustomerCap, receivedInPeriod: number): number {
  return 'units' in cap ? cap.units : Math.floor((cap.percentOfReceipts * receivedInPeriod) / 100);
}

/**
 * Whether a waiting line may take stock a holder has. By queue rank under `queue`; under
 * `fair_share` only across priorities, since customers at the same priority share.
 */
export function outranksUnder(rule: AllocationRule): (taker: QueueRank, holder: QueueRank) => boolean {
  return rule === 'fair_share' ? (taker, holder) => taker.priority > holder.priority : ranksAhead;
}

/** What is wrong with a rationing change, as a refusal code and sentence; null when it is sound. */
export function rationingProblem(
  rule: AllocationRule,
  cap: { readonly units?: number; readonly percentOfReceipts?: number; readonly periodDays?: number } | null,
  service: boolean,
): { code: 'rationing_on_service_item' | 'customer_cap_not_positive' | 'customer_cap_invalid'; detail: string } | null {
  if (service && (rule === 'fair_share' || cap !== null)) {
    return { code: 'rationing_on_service_item', detail: 'A service item holds no stock: it cannot be rationed (fair share or a customer cap).' };
  }
  if (cap === null) return null;
  const given = [cap.units, cap.percentOfReceipts, cap.periodDays].filter((n) => n !== undefined);
  if (given.some((n) => n! <= 0)) return { code: 'customer_cap_not_positive', detail: 'A customer cap must be positive: units, percent and period days above zero.' };
  const byUnits = cap.units !== undefined && cap.percentOfReceipts === undefined && cap.periodDays === undefined;
  const byPercent = cap.units === undefined && cap.percentOfReceipts !== undefined && cap.periodDays !== undefined;
  if (!byUnits && !byPercent) {
    return { code: 'customer_cap_invalid', detail: 'A customer cap is either `units`, or `percentOfReceipts` with `periodDays`.' };
  }
  if (byPercent && cap.percentOfReceipts! > 100) return { code: 'customer_cap_invalid', detail: 'A percent cap is at most 100.' };
  return null;
}
