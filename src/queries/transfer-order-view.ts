import { sql } from 'kysely';
import { groupBy } from '../domain/group-by.js';
import { refuse } from '../domain/refusal.js';
import type { Executor } from '../repositories/executor.js';
import { linesOfTransferOrders } from '../repositories/transfer-order-repository.js';

export interface TransferOrderView {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  readonly status: string;
  readonly expectedDate: string;
  readonly reference: string | null;
  readonly createdAt: string;
  readonly lines: {
    readonly lineNo: number;
    readonly sku: string;
    readonly quantity: number;
    readonly shipped: number;
    readonly received: number;
    readonly orderId: number | null;
    readonly orderLineNo: number | null;
  }[];
}

export async function transferOrderView(db: Executor, id: number): Promise<TransferOrderView> {
  const [view] = await transferOrderViews(db, [id]);
  return view ?? refuse('transfer_order_not_found', `No transfer order has id ${id}.`, { transferOrderId: id });
}

/** Transfer orders as the API shows them, in the order of `ids` (missing ones left out): two reads for any number. */
export async function transferOrderViews(db: Executor, ids: readonly number[]): Promise<TransferOrderView[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<Omit<TransferOrderView, 'lines' | 'createdAt'> & { createdAt: Date }>`
    select t.id, f.code as "from", d.code as "to", t.status, t.expected_date as "expectedDate", t.reference,
           t.created_at as "createdAt"
    from transfer_orders t join locations f on f.id = t.from_location_id join locations d on d.id = t.to_location_id
    where t.id = any(${[...ids]}::bigint[])`.execute(db);
  const headers = new Map(rows.map((h) => [Number(h.id), h]));
  const linesOf = groupBy(await linesOfTransferOrders(db, ids), (line) => Number(line.transferOrderId));
  return ids.flatMap((id) => {
    const header = headers.get(id);
    if (!header) return [];
    const lines = (linesOf.get(id) ?? []).map(({ lineNo, sku, quantity, shipped, received, orderId, orderLineNo }) => ({
      lineNo,
      sku,
      quantity,
      shipped,
      received,
      orderId,
      orderLineNo,
    }));
    return [{ ...header, createdAt: header.createdAt.toISOString(), lines }];
  });
}
