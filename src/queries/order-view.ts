import { sql } from 'kysely';
import { lineStatus, type LineStatus } from '../domain/allocation/line-quantities.js';
import { orderStatus, orderSummary, type OrderStatus } from '../domain/orders/order-status.js';
import { releaseBlock, type ReleaseBlock } from '../domain/release/release-block.js';
import { refuse } from '../domain/refusal.js';
import type { Executor } from '../repositories/executor.js';
import { findPolicies } from '../repositories/master-data-repository.js';
import type { FulfillmentPolicy } from '../domain/orders/fulfillment-policy.js';
import { groupBy } from '../domain/group-by.js';
import { policyFromRow } from '../repositories/policy-row.js';
import { releaseLine, termsFrom } from './release-state.js';

export interface OrderLineView {
  readonly lineNo: number;
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly preventPartialDelivery: boolean;
  readonly allocated: number;
  readonly released: number;
  readonly shipped: number;
  readonly cancelled: number;
  readonly backordered: number;
  readonly status: LineStatus;
  readonly preorder: boolean;
  /** When the backordered part is expected to ship; null when nothing expected covers it. */
  readonly expectedShipDate: string | null;
  /** Where the allocated units are: one shipment per location (pull from several locations). */
  readonly allocations: { readonly location: string; readonly quantity: number; readonly released: number }[];
}

export interface OrderView {
  readonly id: number;
  readonly customer: string;
  readonly status: OrderStatus;
  readonly summary: string;
  readonly priority: number;
  readonly shipType: string;
  readonly fulfillmentPolicy: string | null;
  readonly backorderStrategy: string;
  /** Releases to the warehouse in force (not voided). */
  readonly releases: number;
  /** Set while the policy holds the next release until every line is allocated. */
  readonly releaseBlock: { rule: ReleaseBlock['rule']; waitingFor: { lineNo: number; units: number }[] } | null;
  readonly requestedShipDate: string | null;
  readonly reference: string | null;
  readonly enteredAt: string;
  readonly warnings: string[];
  readonly location: string | null;
  readonly splitFrom: number | null;
  readonly lines: OrderLineView[];
}

/** What an order's view is made of: its header as stored, with the codes it refers to. */
export interface OrderHeader {
  id: number;
  customer: string;
  priority: number;
  shipType: string;
  fulfillmentPolicy: string | null;
  requestedShipDate: string | null;
  reference: string | null;
  enteredAt: Date;
  warnings: string[];
  backorderStrategy: string;
  fulfillmentPolicyId: number | null;
  customerPolicyId: number | null;
  location: string | null;
  splitFrom: number | null;
  /** Releases in force (not voided). */
  releases: number;
}

export async function orderView(db: Executor, orderId: number): Promise<OrderView> {
  const [view] = await orderViews(db, [orderId]);
  return view ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
}

/** A line as its view is made: as stored, with its item's SKU and where its units are. */
export type OrderLineFacts = Omit<OrderLineView, 'status' | 'allocations'> & {
  orderId: number;
  service: boolean;
  /** False once the order may not release again (nothing stranded); entry's new lines always may. */
  mayWait?: boolean;
  allocations: OrderLineView['allocations'] | null;
};

/**
 * Views of several orders in a fixed number of queries (headers with releases in force, lines
 * with their locations, policies when any), in the order of `orderIds`; unknown ids are left
 * out. Batched entry answers with these.
 */
export async function orderViews(db: Executor, orderIds: readonly number[]): Promise<OrderView[]> {
  if (orderIds.length === 0) return [];
  const ids = [...orderIds];
  const { rows: headers } = await sql<OrderHeader>`
    select o.id, c.code as customer, o.priority, o.ship_type as "shipType", p.code as "fulfillmentPolicy",
           o.requested_ship_date as "requestedShipDate", o.reference, o.entered_at as "enteredAt", o.warnings,
           o.backorder_strategy as "backorderStrategy", o.fulfillment_policy_id as "fulfillmentPolicyId",
           o.customer_policy_id as "customerPolicyId", loc.code as location, o.split_from as "splitFrom",
           (select count(distinct sl.release_no) from shipment_lines sl join shipments s on s.id = sl.shipment_id
            where sl.order_id = o.id and s.status <> 'voided') as releases
    from orders o
    join customers c on c.id = o.customer_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    left join locations loc on loc.id = o.location_id
    where o.id = any(${ids}::bigint[])`.execute(db);
  // Where each line's units are, best location first (one shipment per location).
  const { rows } = await sql<OrderLineFacts>`
    select l.order_id as "orderId", l.line_no as "lineNo", i.sku, l.quantity, l.unit_price as "unitPrice",
           l.prevent_partial_delivery as "preventPartialDelivery", l.allocated, l.released, l.shipped,
           l.cancelled, l.backordered, i.service, l.preorder, l.expected_ship_date as "expectedShipDate", l.may_wait as "mayWait",
           (select json_agg(json_build_object('location', loc.code, 'quantity', a.quantity, 'released', a.released)
                            order by loc.priority desc, loc.code)
            from line_allocations a join locations loc on loc.id = a.location_id
            where a.line_id = l.id) as allocations
    from order_lines l join items i on i.id = l.item_id
    where l.order_id = any(${ids}::bigint[]) order by l.order_id, l.line_no`.execute(db);
  const policyIds = [...new Set(headers.flatMap((h) => [h.fulfillmentPolicyId, h.customerPolicyId]).filter((id): id is number => id !== null))];
  const policies = new Map((await findPolicies(db, [], policyIds)).map((p) => [p.id, policyFromRow(p)]));

  return assembleViews(ids, headers, rows, (id) => policies.get(id));
}

/**
 * Views from their facts, in the order of `orderIds` (pure: order entry answers with what it has
 * just written, the same way). `policyOf` looks the orders' policies up by id.
 */
export function assembleViews(
  orderIds: readonly number[],
  headers: readonly OrderHeader[],
  lines: readonly OrderLineFacts[],
  policyOf: (id: number) => FulfillmentPolicy | undefined,
): OrderView[] {
  const linesOf = groupBy(lines, (line) => line.orderId);
  const byId = new Map(headers.map((h) => [h.id, h]));
  return orderIds.flatMap((id) => {
    const header = byId.get(id);
    if (!header) return [];
    const lineRows = linesOf.get(id) ?? [];
    const { fulfillmentPolicyId, customerPolicyId, releases, ...shown } = header;
    const terms = termsFrom(
      {
        backorder_strategy: header.backorderStrategy,
        ship_type: header.shipType,
        fulfillment_policy_id: fulfillmentPolicyId,
        customer_policy_id: customerPolicyId,
      },
      policyOf,
    );
    const candidate = {
      releasesMade: Number(releases),
      lines: lineRows.map(releaseLine),
    };
    const block = releaseBlock(terms, candidate);
    const status = orderStatus(candidate.lines, block !== null);
    return [{
      ...shown,
      enteredAt: header.enteredAt.toISOString(),
      status,
      summary: orderSummary(lineRows.map((l, i) => ({ ...candidate.lines[i]!, mayWait: l.mayWait })), block),
      releases: candidate.releasesMade,
      releaseBlock: block && { rule: block.rule, waitingFor: block.waitingFor.map((w) => ({ ...w })) },
      lines: lineRows.map(({ orderId: _orderId, service, mayWait: _mayWait, allocations, ...line }) => ({
        ...line,
        // A service goes with the goods: once the order has shipped, so has it.
        status: service && status === 'shipped' && line.cancelled < line.quantity ? 'shipped' : lineStatus(line),
        allocations: allocations ?? [],
      })),
    }];
  });
}
