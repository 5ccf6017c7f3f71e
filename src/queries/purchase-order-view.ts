import { sql } from 'kysely';
import { refuse } from '../domain/refusal.js';
import { groupBy } from '../domain/group-by.js';
import type { Executor } from '../repositories/executor.js';
import { purchaseOrderLines } from '../repositories/purchase-order-repository.js';

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
  const [view] = await purchaseOrderViews(db, [id]);
  return view ?? refuse('purchase_order_not_found', `No purchase order has id ${id}.`, { purchaseOrderId: id });
}

/** Purchase orders as the API shows them, in the order of `ids` (missing ones left out): two reads for any number. */
export async function purchaseOrderViews(db: Executor, ids: readonly number[]): Promise<PurchaseOrderView[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<Omit<PurchaseOrderView, 'lines' | 'createdAt'> & { createdAt: Date }>`
    select p.id, p.supplier, l.code as location, p.drop_ship as "dropShip", p.status, p.expected_date as "expectedDate",
           p.reference, p.created_at as "createdAt"
    from purchase_orders p left join locations l on l.id = p.location_id
    where p.id = any(${[...ids]}::bigint[])`.execute(db);
  const headers = new Map(rows.map((h) => [h.id, h]));
  const linesOf = groupBy(await purchaseOrderLines(db, ids), (line) => line.purchaseOrderId);
  return ids.flatMap((id) => {
    const header = headers.get(id);
    if (!header) return [];
    const cancelled = header.status === 'cancelled';
    const lines = (linesOf.get(id) ?? []).map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      quantity: l.quantity,
      received: l.received,
      open: cancelled ? 0 : l.quantity - l.received,
      orderId: l.orderId,
      orderLineNo: l.orderLineNo,
    }));
    return [{ ...header, createdAt: header.createdAt.toISOString(), lines }];
  });
}
