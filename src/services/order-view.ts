import { sql } from 'kysely';
import { lineStatus, type LineStatus } from '../domain/line-quantities.js';
import { orderStatus, orderSummary, type OrderStatus } from '../domain/order-status.js';
import { releaseBlock, type ReleaseBlock } from '../domain/release/release-block.js';
import { refuse } from '../domain/refusal.js';
import type { Executor } from '../repositories/executor.js';
import { releasesInForce } from '../repositories/shipment-repository.js';
import { releaseLine, releaseTermsOf } from './release-state.js';

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
  readonly lines: OrderLineView[];
}

interface HeaderRow {
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
}

export async function orderView(db: Executor, orderId: number): Promise<OrderView> {
  const { rows: headers } = await sql<HeaderRow>`
    select o.id, c.code as customer, o.priority, o.ship_type as "shipType", p.code as "fulfillmentPolicy",
           o.requested_ship_date as "requestedShipDate", o.reference, o.entered_at as "enteredAt", o.warnings,
           o.backorder_strategy as "backorderStrategy", o.fulfillment_policy_id as "fulfillmentPolicyId",
           o.customer_policy_id as "customerPolicyId"
    from orders o
    join customers c on c.id = o.customer_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    where o.id = ${orderId}`.execute(db);
  const header = headers[0] ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  const { rows } = await sql<Omit<OrderLineView, 'status'> & { service: boolean }>`
    select l.line_no as "lineNo", i.sku, l.quantity, l.unit_price as "unitPrice",
           l.prevent_partial_delivery as "preventPartialDelivery", l.allocated, l.released, l.shipped,
           l.cancelled, l.backordered, i.service
    from order_lines l join items i on i.id = l.item_id
    where l.order_id = ${orderId} order by l.line_no`.execute(db);
  const lines = rows.map(({ service: _service, ...l }) => ({ ...l, status: lineStatus(l) }));
  const { fulfillmentPolicyId, customerPolicyId, ...shown } = header;
  const terms = await releaseTermsOf(db, {
    backorder_strategy: header.backorderStrategy,
    ship_type: header.shipType,
    fulfillment_policy_id: fulfillmentPolicyId,
    customer_policy_id: customerPolicyId,
  });
  const candidate = { releasesMade: await releasesInForce(db, orderId), lines: rows.map(releaseLine) };
  const block = releaseBlock(terms, candidate);
  const statusLines = candidate.lines;
  return {
    ...shown,
    enteredAt: header.enteredAt.toISOString(),
    status: orderStatus(statusLines, block !== null),
    summary: orderSummary(statusLines, block),
    releases: candidate.releasesMade,
    releaseBlock: block && { rule: block.rule, waitingFor: block.waitingFor.map((w) => ({ ...w })) },
    lines,
  };
}
