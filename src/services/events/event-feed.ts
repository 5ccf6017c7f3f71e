import type { ReadContext } from '../../app/context.js';
import { isEventType, type EventType } from '../../domain/events/event-types.js';
import { refuse } from '../../domain/refusal.js';
import { eventsAfterCursor, type DomainEventRow, type FeedCursor, type FeedFilter } from '../../repositories/domain-event-repository.js';
import { customerByCode, itemBySku } from '../../repositories/lookup.js';
import { decodeCursor, defaultPageLimit, encodeCursor, keyOfKinds } from '../../queries/paging.js';

export interface FeedQuery {
  readonly cursor?: string | undefined;
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

export interface FeedPage {
  readonly items: FeedEvent[];
  /** The next page's cursor; null when the page reached what is committed so far. */
  readonly nextCursor: string | null;
  /** The same events, by the feed's first name (kept for readers written before the paging convention). */
  readonly events: FeedEvent[];
  /** Where to resume, always (also at the end: poll with `after` = `next`). */
  readonly next: string;
}

const list = 'events';

/**
 * A page of the domain-event feed (docs/design.md, "Events and webhooks"): in commit order
 * without gaps, filtered by type, order, customer and item. It pages like every list (`limit`,
 * `cursor` → `{ items, nextCursor }`, null at the current end of the feed) and, as before the
 * paging convention, by `after` = the `next` of a page, which also resumes at the end (a reader
 * that polls keeps its place). Both cursors hold the same (transaction id, event id) position,
 * so a page served is final either way.
 */
export async function readFeed(ctx: ReadContext, query: FeedQuery): Promise<FeedPage> {
  if (query.cursor !== undefined && query.after !== undefined) {
    refuse('validation_failed', 'Page the feed with `cursor` or with `after`, not both.', { field: 'querystring/cursor' });
  }
  const cursor =
    query.cursor !== undefined ? positionOf(query.cursor) : query.after !== undefined ? parseCursor(query.after) : START;
  const filter: FeedFilter = {
    types: eventTypesOf(query.type),
    orderId: query.order,
    customerId: query.customer === undefined ? undefined : (await customerByCode(ctx.db, query.customer)).id,
    itemId: query.sku === undefined ? undefined : (await itemBySku(ctx.db, query.sku)).id,
  };
  const limit = query.limit ?? defaultPageLimit;
  const rows = await eventsAfterCursor(ctx.db, cursor, filter, limit + 1);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const position: FeedCursor = last ? { xid: last.xid, id: last.id } : cursor;
  const items = shown.map(feedEvent);
  return {
    items,
    nextCursor: rows.length > limit ? encodeCursor(list, [position.xid, position.id]) : null,
    events: items,
    next: formatCursor(position),
  };
}

function positionOf(raw: string): FeedCursor {
  const [xid, id] = decodeCursor<[string, number]>(list, raw, keyOfKinds('string', 'integer'));
  return { xid, id };
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
