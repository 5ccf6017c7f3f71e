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
}

export async function orderView(db: Executor, orderId: number): Promise<OrderView> {
  const [view] = await orderViews(db, [orderId]);
  return view ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
}

/** Views of several orders in two queries, in the order of `orderIds`; unknown ids are left out. */
export async function orderViews(db: Executor, orderIds: readonly number[]): Promise<OrderView[]> {
  if (orderIds.length === 0) return [];
  const ids = [...orderIds];
  const { rows: headers } = await sql<HeaderRow>`
    select o.id, c.code as customer, o.priority, o.ship_type as "shipType", p.code as "fulfillmentPolicy",
           o.requested_ship_date as "requestedShipDate", o.reference, o.entered_at as "enteredAt", o.warnings
    from orders o
    join customers c on c.id = o.customer_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    where o.id = any(${ids}::bigint[])`.execute(db);
  const { rows } = await sql<Omit<OrderLineView, 'status'> & { orderId: number }>`
    select l.order_id as "orderId", l.line_no as "lineNo", i.sku, l.quantity, l.unit_price as "unitPrice",
           l.prevent_partial_delivery as "preventPartialDelivery", l.allocated, l.released, l.shipped,
           l.cancelled, l.backordered
    from order_lines l join items i on i.id = l.item_id
    where l.order_id = any(${ids}::bigint[]) order by l.order_id, l.line_no`.execute(db);
  const linesOf = new Map<number, OrderLineView[]>();
  for (const { orderId, ...line } of rows) {
    const list = linesOf.get(orderId) ?? [];
    list.push({ ...line, status: lineStatus(line) });
    linesOf.set(orderId, list);
  }
  const byId = new Map(headers.map((h) => [h.id, h]));
  return ids.flatMap((id) => {
    const header = byId.get(id);
    if (!header) return [];
    const lines = linesOf.get(id) ?? [];
    return [{
      ...header,
      enteredAt: header.enteredAt.toISOString(),
      status: orderStatus(lines),
      summary: orderSummary(lines),
      lines,
    }];
  });
}
