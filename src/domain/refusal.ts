/**
 * Expected business failures: a stable code, a category and a sentence for the user. The HTTP
 * layer maps categories to status codes in one place (http/problem.ts); services throw
 * `Refused` to abort the transaction, so a refused request writes nothing.
 */
export type RefusalCategory = 'malformed' | 'invalid' | 'not_found' | 'conflict' | 'rule';

export const refusalCodes = {
  validation_failed: 'invalid',
  malformed_json: 'malformed',
  unsupported_media_type: 'malformed',
  item_not_found: 'not_found',
  location_not_found: 'not_found',
  customer_not_found: 'not_found',
  fulfillment_policy_not_found: 'not_found',
  order_not_found: 'not_found',
  line_not_found: 'not_found',
  job_not_found: 'not_found',
  purchase_order_not_found: 'not_found',
  transfer_order_not_found: 'not_found',
  route_not_found: 'not_found',
  item_exists: 'conflict',
  location_exists: 'conflict',
  customer_exists: 'conflict',
  fulfillment_policy_exists: 'conflict',
  idempotency_key_reused: 'conflict',
  order_closed: 'conflict',
  transition_not_allowed: 'conflict',
  backorder_not_allowed: 'rule',
  cancel_exceeds_open: 'rule',
  duplicate_line: 'rule',
  adjustment_exceeds_stock: 'rule',
  service_item_has_no_stock: 'rule',
  nothing_to_change: 'rule',
  // Release to warehouse (docs/domain.md#release-matrix): each names the rule that refused.
  nothing_to_release: 'rule',
  prevent_partial_delivery: 'rule',
  deliver_in_full_incomplete: 'rule',
  max_one_backorder_incomplete: 'rule',
  max_one_backorder_exhausted: 'rule',
  no_backorder_single_release: 'rule',
  fulfillment_rate_below_minimum: 'rule',
  // Shipments.
  shipment_not_found: 'not_found',
  shipment_line_not_found: 'not_found',
  shipment_already_shipped: 'conflict',
  shipment_already_voided: 'conflict',
  ship_exceeds_released: 'rule',
  // Jobs.
  exactly_one_customer_or_item: 'invalid',
  preorder_cap_exceeded: 'rule',
  receipt_exceeds_open: 'rule',
  transfer_exceeds_available: 'rule',
  same_location: 'rule',
  linked_line_item_mismatch: 'rule',
  drop_ship_exceeds_open: 'rule',
  nothing_to_split: 'rule',
  nothing_to_source: 'rule',
  no_supplier: 'rule',
  order_has_no_location: 'rule',
} as const satisfies Record<string, RefusalCategory>;

export type RefusalCode = keyof typeof refusalCodes;

export interface Refusal {
  readonly code: RefusalCode;
  readonly detail: string;
  readonly context?: Readonly<Record<string, unknown>>;
}

export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.detail);
    this.name = 'Refused';
  }
}

/**
 * A refusal returned as a value, for the few cases where the refusal itself is worth keeping (a
 * refused release is in the record log): the caller commits what the service wrote — the log
 * entry, nothing else — and then answers with the refusal.
 */
export interface Declined {
  readonly declined: Refusal;
}

export function decline(refusal: Refusal): Declined {
  return { declined: refusal };
}

export function isDeclined(value: unknown): value is Declined {
  return typeof value === 'object' && value !== null && 'declined' in value;
}

/** Throws a refusal returned as a value (e.g. by a lifecycle), passing any other value through. */
export function orRefuse<T>(value: T | Refusal): T {
  if (typeof value === 'object' && value !== null && 'code' in value && 'detail' in value) throw new Refused(value as Refusal);
  return value as T;
}

export function refuse(code: RefusalCode, detail: string, context?: Record<string, unknown>): never {
  throw new Refused(context ? { code, detail, context } : { code, detail });
}
