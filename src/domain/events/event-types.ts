/**
 * The domain events Allot tells (docs/design.md, "Events and webhooks"): what happened to an
 * order, a line, a shipment or an item, written in the transaction that made it happen.
 */
export const eventTypes = [
  'order.backordered',
  'line.allocated',
  'line.filled',
  'promise_date.changed',
  'order.released',
  'release.refused',
  'shipment.shipped',
  'line.cancelled',
  'stock.arrived',
  'preorder.launched',
  'customer.notified',
  'customer.choice_requested',
  'customer.choice_made',
  'webhook_endpoint.failing',
] as const;

export type EventType = (typeof eventTypes)[number];

export function isEventType(value: string): value is EventType {
  return (eventTypes as readonly string[]).includes(value);
}

/**
 * An event as a service raises it, before the end of its unit of work. Inside `data`, any
 * `itemId` is written as the item's `sku` and any `locationId` as the location's `code`.
 */
export interface RaisedEvent {
  readonly type: EventType;
  /** The order it concerns (null: an item's event, e.g. stock that filled nothing). */
  readonly orderId: number | null;
  /** The items it concerns: one for a line's event, every line's item for an order's. */
  readonly itemIds: readonly number[];
  readonly data: Readonly<Record<string, unknown>>;
}
