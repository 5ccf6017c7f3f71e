import { sql } from 'kysely';
import { lineStatus, type LineStatus } from '../domain/line-quantities.js';
import { orderStatus, orderSummary, type OrderStatus } from '../domain/order-status.js';
import { refuse } from '../domain/refusal.js';
import type { Executor } from '../repositories/executor.js';

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
  /** Where the allocated units are: one shipment per location (the fourth way). */
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
  readonly requestedShipDate: string | null;
  readonly reference: string | null;
  readonly enteredAt: string;
  readonly warnings: string[];
  readonly location: string | null;
  readonly splitFrom: number | null;
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
  location: string | null;
  splitFrom: number | null;
}

export async function orderView(db: Executor, orderId: number): Promise<OrderView> {
  const { rows: headers } = await sql<HeaderRow>`
    select o.id, c.code as customer, o.priority, o.ship_type as "shipType", p.code as "fulfillmentPolicy",
           o.requested_ship_date as "requestedShipDate", o.reference, o.entered_at as "enteredAt", o.warnings,
           loc.code as location, o.split_from as "splitFrom"
    from orders o
    join customers c on c.id = o.customer_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    left join locations loc on loc.id = o.location_id
    where o.id = ${orderId}`.execute(db);
  const header = headers[0] ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  const { rows } = await sql<Omit<OrderLineView, 'status' | 'allocations'>>`
    select l.line_no as "lineNo", i.sku, l.quantity, l.unit_price as "unitPrice",
           l.prevent_partial_delivery as "preventPartialDelivery", l.allocated, l.released, l.shipped,
           l.cancelled, l.backordered, l.preorder, l.expected_ship_date as "expectedShipDate"
    from order_lines l join items i on i.id = l.item_id
    where l.order_id = ${orderId} order by l.line_no`.execute(db);
  const { rows: placed } = await sql<{ lineNo: number; location: string; quantity: number; released: number }>`
    select l.line_no as "lineNo", loc.code as location, a.quantity, a.released
    from line_allocations a join order_lines l on l.id = a.line_id join locations loc on loc.id = a.location_id
    where l.order_id = ${orderId}
    order by l.line_no, loc.priority desc, loc.code`.execute(db);
  const lines = rows.map((l) => ({
    ...l,
    status: lineStatus(l),
    allocations: placed.filter((a) => a.lineNo === l.lineNo).map(({ location, quantity, released }) => ({ location, quantity, released })),
  }));
  return {
    ...header,
    enteredAt: header.enteredAt.toISOString(),
    status: orderStatus(lines),
    summary: orderSummary(lines),
    lines,
  };
}
