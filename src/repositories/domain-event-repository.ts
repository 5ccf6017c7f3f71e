import { sql } from 'kysely';
import type { RaisedEvent } from '../domain/events/event-types.js';
import type { Executor } from './executor.js';
import { numberArray } from './number-array.js';

/** Where a reader of the feed stands: the last event it saw, by transaction id and event id. */
export interface FeedCursor {
  readonly xid: string;
  readonly id: number;
}

export interface DomainEventRow {
  readonly id: number;
  readonly xid: string;
  readonly at: Date;
  readonly type: string;
  readonly orderId: number | null;
  readonly customer: string | null;
  readonly skus: string[];
  readonly data: Record<string, unknown>;
}

export interface FeedFilter {
  readonly types?: readonly string[] | undefined;
  readonly orderId?: number | undefined;
  readonly customerId?: number | undefined;
  readonly itemId?: number | undefined;
}

/**
 * Events of one transaction in one insert, in the order given; each keeps the transaction's id
 * (the column's default, `pg_current_xact_id()`) and its order's customer.
 */
export async function appendDomainEvents(db: Executor, events: readonly (RaisedEvent & { data: unknown })[], at: Date): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e, n) => ({ n, type: e.type, orderId: e.orderId, itemIds: e.itemIds, data: e.data }));
  await sql`
    insert into domain_events (at, type, order_id, customer_id, item_ids, data)
    select ${at}, e.type, e."orderId", o.customer_id,
           array(select jsonb_array_elements_text(e."itemIds")::int), e.data
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as e(type text, "orderId" bigint, "itemIds" jsonb, data jsonb, n integer)
    left join orders o on o.id = e."orderId"
    order by e.n`.execute(db);
}

/** SKUs of items and codes of locations, by id. */
export async function namesOf(db: Executor, itemIds: readonly number[], locationIds: readonly number[]) {
  const items = new Map<number, string>();
  const locations = new Map<number, string>();
  if (itemIds.length + locationIds.length === 0) return { items, locations };
  const { rows } = await sql<{ kind: string; id: number; name: string }>`
    select 'item' as kind, id, sku as name from items where id = any(${numberArray(itemIds)}::int[])
    union all
    select 'location', id, code from locations where id = any(${numberArray(locationIds)}::int[])`.execute(db);
  for (const r of rows) (r.kind === 'item' ? items : locations).set(r.id, r.name);
  return { items, locations };
}

/**
 * The next page of the feed after `cursor`, in (transaction id, id) order, holding only events of
 * transactions below the snapshot's xmin: every transaction that could still add an event below
 * that line has ended, so what a page serves is final and no later page finds an event before it.
 */
export async function eventsAfterCursor(db: Executor, cursor: FeedCursor, filter: FeedFilter, limit: number): Promise<DomainEventRow[]> {
  const { rows } = await sql<DomainEventRow>`
    ${selectEvents}
    where e.xid < pg_snapshot_xmin(pg_current_snapshot())
      and (e.xid, e.id) > (${cursor.xid}::xid8, ${cursor.id}::bigint)
      ${filter.types && filter.types.length > 0 ? sql`and e.type = any(${[...filter.types]}::text[])` : sql``}
      ${filter.orderId !== undefined ? sql`and e.order_id = ${filter.orderId}` : sql``}
      ${filter.customerId !== undefined ? sql`and e.customer_id = ${filter.customerId}` : sql``}
      ${filter.itemId !== undefined ? sql`and e.item_ids @> array[${filter.itemId}]::int[]` : sql``}
    order by e.xid, e.id
    limit ${limit}`.execute(db);
  return rows;
}

/**
 * The feed's last final event (as `eventsAfterCursor` serves them), read backwards from the feed
 * index: where a fan-out cursor moves when nobody would read the events before it.
 */
export const lastFinalEvent = sql<FeedCursor>`
  (select xid, id from domain_events where xid < pg_snapshot_xmin(pg_current_snapshot()) order by xid desc, id desc limit 1)`;

/** Events by id, in feed order (a webhook delivery's body). */
export async function eventsByIds(db: Executor, ids: readonly number[]): Promise<DomainEventRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<DomainEventRow>`${selectEvents} where e.id = any(${numberArray(ids)}::bigint[]) order by e.xid, e.id`.execute(db);
  return rows;
}

const selectEvents = sql`
  select e.id, e.xid::text as xid, e.at, e.type, e.order_id as "orderId", c.code as customer,
         coalesce((select array_agg(i.sku order by i.sku) from items i where i.id = any(e.item_ids)), '{}') as skus,
         e.data
  from domain_events e left join customers c on c.id = e.customer_id`;
