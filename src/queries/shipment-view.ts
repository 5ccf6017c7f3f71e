import { refuse } from '../domain/refusal.js';
import type { ShipmentStatus } from '../domain/release/shipment-lifecycle.js';
import type { Executor } from '../repositories/executor.js';
import { listShipmentRows, shipmentLineTotals } from '../repositories/shipment-repository.js';
import type { ServiceContext, ReadContext } from '../app/context.js';
import { customerByCode, locationByCode } from '../repositories/lookup.js';
import type { ShipmentQuery } from '../contract/shipments.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows } from './paging.js';

export interface ShipmentView {
  readonly id: number;
  readonly status: ShipmentStatus;
  readonly location: string;
  readonly customer: string;
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly lines: { orderId: number; lineNo: number; sku: string; quantity: number; shipped: number }[];
}

export async function shipmentView(db: Executor, id: number): Promise<ShipmentView> {
  const [view] = await shipmentViews(db, { limit: 1, ids: [id] });
  return view ?? refuse('shipment_not_found', `No shipment has id ${id}.`, { shipmentId: id });
}

/**
 * Shipments in id order, filtered by status, customer and location; `nextCursor` pages on (the paging of
 * every list), and `nextAfter` (the id to pass as `after`) for the callers that paged before it.
 */
export async function listShipments(ctx: ReadContext, query: ShipmentQuery) {
  const customer = query.customer === undefined ? undefined : await customerByCode(ctx.db, query.customer);
  const location = query.location === undefined ? undefined : await locationByCode(ctx.db, query.location);
  const limit = query.limit ?? defaultPageLimit;
  const afterId = query.cursor === undefined ? query.after : decodeCursor<[number]>('shipments', query.cursor, keyOfKinds('integer'))[0];
  const items = await shipmentViews(ctx.db, { status: query.status, customerId: customer?.id, locationId: location?.id, afterId, limit: limit + 1 });
  const page = pageRows('shipments', items, limit, (shipment) => [shipment.id]);
  return { items: page.rows, nextCursor: page.nextCursor, nextAfter: page.nextCursor === null ? null : page.rows.at(-1)!.id };
}

async function shipmentViews(
  db: Executor,
  filter: { status?: ShipmentStatus | undefined; customerId?: number | undefined; locationId?: number | undefined; afterId?: number | undefined; limit: number; ids?: number[] },
): Promise<ShipmentView[]> {
  const rows = await listShipmentRows(db, filter);
  const lines = await shipmentLineTotals(db, rows.map((r) => Number(r.id)));
  return rows.map((row) => ({
    id: Number(row.id),
    status: row.status as ShipmentStatus,
    location: row.location,
    customer: row.customer,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    lines: lines
      .filter((l) => l.shipmentId === Number(row.id))
      .map((l) => ({ orderId: l.orderId, lineNo: l.lineNo, sku: l.sku, quantity: l.quantity, shipped: l.shipped })),
  }));
}
