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

/** Throws a refusal returned as a value (e.g. by a lifecycle), passing any other value through. */
export function orRefuse<T>(value: T | Refusal): T {
  if (typeof value === 'object' && value !== null && 'code' in value && 'detail' in value) throw new Refused(value as Refusal);
  return value as T;
}

export function refuse(code: RefusalCode, detail: string, context?: Record<string, unknown>): never {
  throw new Refused(context ? { code, detail, context } : { code, detail });
}
