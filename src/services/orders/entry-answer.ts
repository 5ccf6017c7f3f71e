import type { CustomerRow, ItemRow, PolicyRow } from '../../repositories/master-data-repository.js';
import type { OrderLineRow, OrderRow } from '../../repositories/order-repository.js';
import { assembleViews, type OrderHeader, type OrderLineFacts, type OrderView } from '../../queries/order-view.js';
import { policyFromRow } from '../../repositories/policy-row.js';

/** What entry resolved for an order, as far as its answer needs it. */
export interface EnteredOrder {
  readonly input: { readonly location?: string | undefined };
  readonly customer: CustomerRow;
  readonly policyRow: PolicyRow | undefined;
  readonly customerPolicyRow: PolicyRow | undefined;
}

/**
 * The views of orders just entered, from what entry wrote and placed (they have no release,
 * shipment or cancellation yet): the same assembly as `orderViews`, without reading back.
 */
export function answerAsWritten(
  batch: readonly EnteredOrder[],
  orders: readonly OrderRow[],
  lines: readonly OrderLineRow[],
  granted: ReadonlyMap<number, readonly { location: string; quantity: number }[]>,
  dates: ReadonlyMap<number, string | null>,
  items: ReadonlyMap<string, ItemRow>,
): OrderView[] {
  const itemById = new Map([...items.values()].map((i) => [i.id, i]));
  const policies = new Map(batch.flatMap((r) => [r.policyRow, r.customerPolicyRow]).flatMap((row) => (row ? [[row.id, policyFromRow(row)]] : [])));
  const headers: OrderHeader[] = orders.map((o, i) => ({
    id: o.id,
    customer: batch[i]!.customer.code,
    priority: o.priority,
    shipType: o.ship_type,
    fulfillmentPolicy: batch[i]!.policyRow?.code ?? null,
    requestedShipDate: o.requested_ship_date,
    reference: o.reference,
    enteredAt: o.entered_at,
    warnings: o.warnings,
    backorderStrategy: o.backorder_strategy,
    fulfillmentPolicyId: o.fulfillment_policy_id,
    customerPolicyId: o.customer_policy_id,
    location: batch[i]!.input.location ?? null,
    splitFrom: o.split_from,
    releases: 0,
  }));
  const facts: OrderLineFacts[] = lines.map((l) => {
    const item = itemById.get(l.item_id)!;
    return {
      orderId: l.order_id,
      lineNo: l.line_no,
      sku: item.sku,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      preventPartialDelivery: l.prevent_partial_delivery,
      allocated: l.allocated,
      released: l.released,
      shipped: l.shipped,
      cancelled: l.cancelled,
      backordered: l.backordered,
      service: item.service,
      preorder: l.preorder,
      expectedShipDate: dates.get(l.id) ?? l.expected_ship_date,
      allocations: (granted.get(l.id) ?? []).map(({ location, quantity }) => ({ location, quantity, released: 0 })),
    };
  });
  return assembleViews(orders.map((o) => o.id), headers, facts, (id) => policies.get(id));
}
