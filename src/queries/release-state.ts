import { defaultPolicy, type BackorderStrategy, type FulfillmentPolicy, type ShipType } from '../domain/orders/fulfillment-policy.js';
import { releasableOn } from '../domain/promising/preorder.js';
import type { ReleaseCandidate, ReleaseLine } from '../domain/release/release-line.js';
import type { ReleaseTerms } from '../domain/release/release-terms.js';
import type { Executor } from '../repositories/executor.js';
import { findPolicies } from '../repositories/master-data-repository.js';
import type { OrderRow } from '../repositories/order-repository.js';
import { releasesInForce } from '../repositories/shipment-repository.js';
import { policyFromRow } from '../repositories/policy-row.js';

type OrderTermsRow = Pick<OrderRow, 'backorder_strategy' | 'ship_type' | 'fulfillment_policy_id' | 'customer_policy_id'>;

/** The terms an order releases under: header strategy, ship type, its policy and the customer's. */
export async function releaseTermsOf(db: Executor, order: OrderTermsRow): Promise<ReleaseTerms> {
  const ids = [order.fulfillment_policy_id, order.customer_policy_id].filter((id): id is number => id !== null);
  const policies = new Map((await findPolicies(db, [], ids)).map((row) => [row.id, policyFromRow(row)]));
  return termsFrom(order, (id) => policies.get(id));
}

/** The terms of an order whose policies are already at hand (`policyOf` looks them up by id). */
export function termsFrom(order: OrderTermsRow, policyOf: (id: number) => FulfillmentPolicy | undefined): ReleaseTerms {
  const find = (id: number | null) => (id === null ? undefined : policyOf(id));
  return {
    strategy: order.backorder_strategy as BackorderStrategy,
    shipType: order.ship_type as ShipType,
    policy: find(order.fulfillment_policy_id) ?? defaultPolicy,
    customerPolicy: find(order.customer_policy_id) ?? null,
  };
}

/** The order's lines as the release rules see them, and its releases in force. */
/**
 * A preorder line before its item's launch offers nothing to release (docs/domain.md#preorders): it
 * shows only what it already released, so the rules treat the rest as not yet allocated.
 */
export async function releaseCandidateOf(
  db: Executor,
  orderId: number,
  today: string,
): Promise<ReleaseCandidate & { lineIds: Map<number, ReleaseLineRef>; notLaunched: NotLaunched[] }> {
  const rows = await db
    .selectFrom('order_lines as l')
    .innerJoin('items as i', 'i.id', 'l.item_id')
    .select([
      'l.id', 'l.line_no', 'l.item_id', 'l.quantity', 'l.allocated', 'l.released', 'l.shipped', 'l.cancelled',
      'l.unit_price', 'l.prevent_partial_delivery', 'i.service', 'l.preorder', 'i.preorder_launch_date',
    ])
    .where('l.order_id', '=', orderId)
    .orderBy('l.line_no')
    .execute();
  const lines = rows.map((r) =>
    releaseLine({
      lineNo: r.line_no,
      quantity: r.quantity,
      allocated: releasableOn(r, { preorderLaunchDate: r.preorder_launch_date }, today) ? r.allocated : r.released,
      released: r.released,
      shipped: r.shipped,
      cancelled: r.cancelled,
      unitPrice: r.unit_price,
      preventPartialDelivery: r.prevent_partial_delivery,
      service: r.service,
    }),
  );
  const lineIds = new Map(rows.map((r) => [r.line_no, { lineId: Number(r.id), itemId: r.item_id }]));
  const notLaunched = rows
    .filter((r) => r.allocated > r.released && !releasableOn(r, { preorderLaunchDate: r.preorder_launch_date }, today))
    .map((r) => ({ lineNo: r.line_no, launchDate: r.preorder_launch_date! }));
  return { releasesMade: await releasesInForce(db, orderId), lines, lineIds, notLaunched };
}

/** A line as the release rules see it, from a row with the same names. */
export function releaseLine(row: ReleaseLine): ReleaseLine {
  return {
    lineNo: row.lineNo,
    quantity: row.quantity,
    allocated: row.allocated,
    released: row.released,
    shipped: row.shipped,
    cancelled: row.cancelled,
    unitPrice: Number(row.unitPrice),
    preventPartialDelivery: row.preventPartialDelivery,
    service: row.service,
  };
}

/** A preorder line holding stock that may not go before its item's launch date. */
export interface NotLaunched {
  readonly lineNo: number;
  readonly launchDate: string;
}

export interface ReleaseLineRef {
  readonly lineId: number;
  readonly itemId: number;
}
