import type { ReadContext } from '../../app/context.js';
import { isEventType, type EventType } from '../../domain/events/event-types.js';
import { refuse } from '../../domain/refusal.js';
import { eventsAfterCursor, type DomainEventRow, type FeedCursor, type FeedFilter } from '../../repositories/domain-event-repository.js';
import { customerByCode, itemBySku } from '../../repositories/lookup.js';

export interface FeedQuery {
  readonly after?: string | undefined;
  readonly limit?: number | undefined;
  readonly type?: string | undefined;
  readonly order?: number | undefined;
  readonly customer?: string | undefined;
  readonly sku?: string | undefined;
}

export interface FeedEvent {
  readonly id: number;
  readonly type: EventType;
  readonly at: string;
  readonly orderId: number | null;
  readonly customer: string | null;
  readonly skus: string[];
  readonly data: Record<string, unknown>;
}

const START: FeedCursor = { xid: '0', id: 0 };

/**
 * A page of the domain-event feed (docs/design.md, "Events and webhooks"): in commit order
 * without gaps, filtered by type, order, customer and item; `next` resumes after its last event
 * (or where the reader stood, when the page is empty).
 */
export async function readFeed(ctx: ReadContext, query: FeedQuery): Promise<{ events: FeedEvent[]; next: string }> {
  const cursor = query.after === undefined ? START : parseCursor(query.after);
  const filter: FeedFilter = {
    types: eventTypesOf(query.type),
    orderId: query.order,
    customerId: query.customer === undefined ? undefined : (await customerByCode(ctx.db, query.customer)).id,
    itemId: query.sku === undefined ? undefined : (await itemBySku(ctx.db, query.sku)).id,
  };
  const rows = await eventsAfterCursor(ctx.db, cursor, filter, query.limit ?? 100);
  const last = rows.at(-1);
  return { events: rows.map(feedEvent), next: formatCursor(last ? { xid: last.xid, id: last.id } : cursor) };
}

/** Comma-separated event types, each a known one (`unknown_event_type` otherwise). */
export function eventTypesOf(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const types = list.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const unknown = types.filter((t) => !isEventType(t));
  if (unknown.length > 0) refuse('unknown_event_type', `Unknown event type: ${unknown.join(', ')}.`, { unknown });
  return types;
}

export function feedEvent(row: DomainEventRow): FeedEvent {
  return { id: row.id, type: row.type as EventType, at: row.at.toISOString(), orderId: row.orderId, customer: row.customer, skus: row.skus, data: row.data };
}

export const formatCursor = (c: FeedCursor) => `${c.xid}.${c.id}`;

function parseCursor(text: string): FeedCursor {
  const match = /^([0-9]{1,20})\.([0-9]{1,19})$/.exec(text);
  const id = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(id)) refuse('invalid_event_cursor', `"${text}" is not a cursor of the event feed: pass the \`next\` of a page.`);
  return { xid: match[1]!, id };
}
