import { strategyRefusalCodes, type StrategyRefusalCode } from './strategies/registry.js';

/**
 * Expected business failures: a stable code, a category and a sentence for the user. The HTTP
 * layer maps categories to status codes in one place (http/problem.ts); services throw
 * `Refused` to abort the transaction, so a refused request writes nothing.
 */
export type RefusalCategory =
  | 'malformed'
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'rule'
  | 'unauthenticated'
  | 'forbidden'
  | 'too_many'
  | 'too_large'
  | 'unavailable';

const sharedCodes = {
  validation_failed: 'invalid',
  invalid_cursor: 'malformed',
  item_inactive: 'rule',
  customer_inactive: 'rule',
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
  quantity_below_committed: 'rule',
  duplicate_line: 'rule',
  adjustment_exceeds_stock: 'rule',
  service_item_has_no_stock: 'rule',
  nothing_to_change: 'rule',
  // Release to warehouse (docs/domain.md#release-matrix): each names the rule that refused (the strategies add their own).
  nothing_to_release: 'rule',
  preorder_not_launched: 'rule',
  prevent_partial_delivery: 'rule',
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
  // Rationing (docs/domain.md#rationing).
  rationing_on_service_item: 'rule',
  customer_cap_not_positive: 'invalid',
  customer_cap_invalid: 'invalid',
  item_group_not_found: 'not_found',
  item_group_exists: 'conflict',
  item_group_inactive: 'rule',
  // Intercompany orders.
  customer_not_intercompany: 'rule',
  intercompany_cycle: 'rule',
  intercompany_already_linked: 'conflict',
  strategy_synced: 'rule',
  // The runtime: job runs and the database behind the service.
  job_run_not_found: 'not_found',
  job_interrupted: 'unavailable',
  database_unavailable: 'unavailable',
  migrations_pending: 'unavailable',
  // Access (who may do what) and the edge.
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  csrf_token_invalid: 'forbidden',
  rate_limited: 'too_many',
  payload_too_large: 'too_large',
  as_of_in_future: 'invalid',
  user_not_found: 'not_found',
  api_key_not_found: 'not_found',
  login_exists: 'conflict',
  // Events and webhooks.
  unknown_event_type: 'invalid',
  invalid_event_cursor: 'invalid',
  webhook_url_not_https: 'invalid',
  webhook_url_private_address: 'invalid',
  webhook_url_unresolvable: 'invalid',
  webhook_endpoint_not_found: 'not_found',
  webhook_delivery_not_found: 'not_found',
  // Mail.
  unknown_placeholder: 'invalid',
  // The SLA ladder and the customer's choice.
  sla_steps_out_of_order: 'invalid',
  sla_default_choice_missing: 'invalid',
  sla_default_without_ask: 'invalid',
  sla_choice_not_allowed: 'invalid',
  sla_cancel_not_last: 'invalid',
  nothing_waiting: 'rule',
  line_not_waiting: 'conflict',
  choice_link_invalid: 'not_found',
  choice_link_expired: 'conflict',
  choice_link_used: 'conflict',
  // CSV import: the file had bad rows (the answer lists them) and nothing was written.
  import_refused: 'invalid',
  // Deployment settings.
  invalid_cron_pattern: 'invalid',
  unknown_job: 'invalid',
  job_not_schedulable: 'invalid',
  schedule_without_pattern: 'invalid',
} as const satisfies Record<string, RefusalCategory>;

/** Every code: the shared ones and each backorder strategy's release refusals (all business rules). */
export const refusalCodes: Readonly<Record<keyof typeof sharedCodes | StrategyRefusalCode, RefusalCategory>> = {
  ...sharedCodes,
  ...(Object.fromEntries(strategyRefusalCodes.map((code) => [code, 'rule'])) as Record<StrategyRefusalCode, 'rule'>),
};

export type RefusalCode = keyof typeof refusalCodes;

/**
 * An expected business failure, as a value: tagged, so it is told apart from any answer by its
 * `kind` alone. A service either throws it (`refuse`: the unit of work rolls back, nothing is
 * written) or returns it (the unit of work commits what the service wrote, e.g. the record-log
 * entry of a refused release, and the caller answers with the refusal).
 */
export interface Refusal {
  readonly kind: 'refused';
  readonly code: RefusalCode;
  readonly detail: string;
  readonly context?: Readonly<Record<string, unknown>>;
}

export function refusal(code: RefusalCode, detail: string, context?: Readonly<Record<string, unknown>>): Refusal {
  return context ? { kind: 'refused', code, detail, context } : { kind: 'refused', code, detail };
}

export function isRefused(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'refused';
}

/** Carries a refusal out of a unit of work, which rolls back. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.detail);
    this.name = 'Refused';
  }
}

/** The value, or throws the refusal (e.g. a lifecycle's answer) so the unit of work rolls back. */
export function orThrow<T>(value: T | Refusal): T {
  if (isRefused(value)) throw new Refused(value);
  return value;
}

export function refuse(code: RefusalCode, detail: string, context?: Record<string, unknown>): never {
  throw new Refused(refusal(code, detail, context));
}
