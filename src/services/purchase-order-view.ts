import { sql } from 'kysely';
import { refuse } from '../domain/refusal.js';
import type { Executor } from '../repositories/executor.js';
import { listPurchaseOrders, purchaseOrderLines } from '../repositories/purchase-order-repository.js';

export interface PurchaseOrderView {
  readonly id: number;
  readonly supplier: string;
  readonly location: string | null;
  readonly dropShip: boolean;
  readonly status: string;
  readonly expectedDate: string;
  readonly reference: string | null;
  readonly createdAt: string;
  readonly lines: {
    readonly lineNo: number;
    readonly sku: string;
    readonly quantity: number;
    readonly received: number;
    /** Still expected: nothing once the order is cancelled. */
    readonly open: number;
    readonly orderId: number | null;
    readonly orderLineNo: number | null;
  }[];
}

export async function purchaseOrderView(db: Executor, id: number): Promise<PurchaseOrderView> {
  const { rows } = await sql<Omit<PurchaseOrderView, 'lines' | 'createdAt'> & { createdAt: Date }>`
    select p.id, p.supplier, l.code as location, p.drop_ship as "dropShip", p.status, p.expected_date as "expectedDate",
           p.reference, p.created_at as "createdAt"
    from purchase_orders p left join locations l on l.id = p.location_id
    where p.id = ${id}`.execute(db);
  const header = rows[0] ?? refuse('purchase_order_not_found', `No purchase order has id ${id}.`, { purchaseOrderId: id });
  const lines = await purchaseOrderLines(db, id);
  const cancelled = header.status === 'cancelled';
  return {
    ...header,
    createdAt: header.createdAt.toISOString(),
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      quantity: l.quantity,
      received: l.received,
      open: cancelled ? 0 : l.quantity - l.received,
      orderId: l.orderId,
      orderLineNo: l.orderLineNo,
    })),
  };
}

export async function listPurchaseOrderViews(
  db: Executor,
  query: { readonly status?: string | undefined; readonly supplier?: string | undefined; readonly limit?: number | undefined },
) {
  const ids = await listPurchaseOrders(db, query, query.limit ?? 50);
  const items: PurchaseOrderView[] = [];
  for (const id of ids) items.push(await purchaseOrderView(db, id));
  return { items };
}
