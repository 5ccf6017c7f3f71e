import { sql } from 'kysely';
import type { TransferOrderQuery } from '../contract/supply.js';
import { groupBy } from '../domain/group-by.js';
import { refuse } from '../domain/refusal.js';
import type { Executor } from '../repositories/executor.js';
import { locationByCode } from '../repositories/lookup.js';
import { listTransferOrderIds, transferOrderLinesOf } from '../repositories/transfer-order-repository.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows, type Page } from './paging.js';

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

/** Transfer orders newest first, by status and location (either end), paged by the cursor of every list. */
export async function listTransferOrderViews(db: Executor, query: TransferOrderQuery): Promise<Page<TransferOrderView>> {
  const limit = query.limit ?? defaultPageLimit;
  const location = query.location === undefined ? undefined : await locationByCode(db, query.location);
  const beforeId = query.cursor === undefined ? undefined : decodeCursor<[number]>('transfer-orders', query.cursor, keyOfKinds('integer'))[0];
  const ids = await listTransferOrderIds(db, { status: query.status, locationId: location?.id, beforeId }, limit + 1);
  const page = pageRows('transfer-orders', ids, limit, (id) => [id]);
  return { items: await transferOrderViews(db, page.rows), nextCursor: page.nextCursor };
}

/** Transfer orders as the API shows them, in the order of `ids` (missing ones left out): two reads for any number. */
async function transferOrderViews(db: Executor, ids: readonly number[]): Promise<TransferOrderView[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<Omit<TransferOrderView, 'lines' | 'createdAt'> & { createdAt: Date }>`
    select t.id, f.code as "from", d.code as "to", t.status, t.expected_date as "expectedDate", t.reference,
           t.created_at as "createdAt"
    from transfer_orders t join locations f on f.id = t.from_location_id join locations d on d.id = t.to_location_id
    where t.id = any(${[...ids]}::bigint[])`.execute(db);
  const headers = new Map(rows.map((h) => [Number(h.id), h]));
  const linesOf = groupBy(await transferOrderLinesOf(db, ids), (line) => Number(line.transferOrderId));
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
