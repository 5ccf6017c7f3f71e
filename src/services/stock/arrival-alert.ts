import { appendEvents, eventsAfter } from '../../repositories/event-repository.js';
import { groupBy } from '../../domain/group-by.js';
import type { FilledLine } from '../allocation/allocation-engine.js';
import type { ServiceContext, ReadContext } from '../../app/context.js';
import { raiseEvents } from '../../app/outbox.js';

/** What a `stock_arrived` event says besides its item, location and reference. */
export interface ArrivalPayload {
  /** Units received (null when the primary backorder process handed out earlier receipts). */
  readonly received: number | null;
  readonly filled: number;
  readonly orders: { readonly orderId: number; readonly lines: { readonly lineNo: number; readonly quantity: number }[] }[];
}

/** Where and how stock arrived, as an alert tells it. */
export interface StockArrival {
  readonly itemId: number;
  readonly locationId: number | null;
  readonly reference: string | null;
  readonly received: number | null;
}

/**
 * Stock arrived and filled backorders (docs/domain.md#stock-arrival-alerts): one
 * `stock_arrived` event per item listing the orders and lines it filled, for whoever follows the
 * events. Any number of items in one insert; items that filled nothing get no event.
 */
export async function alertArrivals(ctx: ServiceContext, arrivals: readonly StockArrival[], filled: readonly FilledLine[]): Promise<void> {
  const byItem = groupBy(filled, (f) => f.itemId);
  const events = arrivals.flatMap((arrival) => {
    const lines = byItem.get(arrival.itemId);
    if (!lines) return [];
    return [{ type: 'stock_arrived', itemId: arrival.itemId, locationId: arrival.locationId, reference: arrival.reference, payload: payloadOf(arrival, lines) }];
  });
  await appendEvents(ctx.db, events, ctx.clock.now());
  raiseEvents(
    ctx,
    events.map((e) => ({
      type: 'stock.arrived' as const,
      orderId: null,
      itemIds: [e.itemId],
      data: { itemId: e.itemId, locationId: e.locationId, reference: e.reference, ...e.payload },
    })),
  );
}

function payloadOf(arrival: StockArrival, filled: readonly FilledLine[]): ArrivalPayload {
  const orders = new Map<number, Map<number, number>>();
  for (const f of filled) {
    const lines = orders.get(f.orderId) ?? new Map<number, number>();
    lines.set(f.lineNo, (lines.get(f.lineNo) ?? 0) + f.quantity);
    orders.set(f.orderId, lines);
  }
  return {
    received: arrival.received,
    filled: filled.reduce((s, f) => s + f.quantity, 0),
    orders: [...orders].map(([orderId, lines]) => ({ orderId, lines: [...lines].map(([lineNo, quantity]) => ({ lineNo, quantity })) })),
  };
}

/** The events after `after`, oldest first, and the id to ask after next time. */
export async function listEvents(ctx: ReadContext, after: number, limit: number) {
  const rows = await eventsAfter(ctx.db, after, limit);
  return {
    events: rows.map((e) => ({ id: e.id, at: e.at.toISOString(), type: e.type, sku: e.sku, location: e.location, reference: e.reference, ...(e.payload as unknown as ArrivalPayload) })),
    next: rows.at(-1)?.id ?? after,
  };
}
