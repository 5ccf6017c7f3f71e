import { sql } from 'kysely';
import { actorFrom, type ActorLike } from '../domain/access/actor.js';
import type { Executor } from './executor.js';
import { numberArray } from './number-array.js';

/** One entry of the append-only record log: what changed, on which order/line/item/shipment, and why. */
export interface LogEntry {
  readonly entity: 'order' | 'line' | 'item' | 'item_group' | 'stock' | 'job' | 'shipment' | 'settings';
  readonly action: string;
  readonly orderId?: number | null;
  readonly itemId?: number | null;
  readonly lineNo?: number | null;
  readonly quantity?: number | null;
  readonly reason?: string | null;
  readonly shipmentId?: number | null;
  /** Who acted, when not the writer's actor (a batch enters the orders of many callers). */
  readonly actor?: ActorLike;
}

export interface LogRecord extends Required<Omit<LogEntry, 'actor'>> {
  readonly id: number;
  readonly at: Date;
  /** Who acted, as shown: the person a key acted for, else the user's or key's name. */
  readonly actor: string;
  /** The authenticated caller; null on entries written before callers were authenticated. */
  readonly actorKind: string | null;
  readonly actorId: number | null;
  readonly actorName: string | null;
  readonly onBehalfOf: string | null;
}

/** Appends entries; each keeps its authenticated caller (never a header the caller wrote). */
export async function appendLog(db: Executor, entries: readonly LogEntry[], actor: ActorLike, at: Date): Promise<void> {
  if (entries.length === 0) return;
  const actors = entries.map((e) => actorFrom(e.actor ?? actor));
  await sql`
    insert into record_log (at, actor, actor_kind, actor_id, actor_name, on_behalf_of,
                            entity, action, order_id, item_id, line_no, quantity, reason, shipment_id)
    select ${at}, coalesce(e.on_behalf_of, e.actor_name), e.actor_kind, e.actor_id, e.actor_name, e.on_behalf_of,
           e.entity, e.action, e.order_id, e.item_id, e.line_no, e.quantity, e.reason, e.shipment_id
    from unnest(
      ${actors.map((a) => a.identity.kind)}::text[], ${numberArray(actors.map((a) => a.identity.id))}::bigint[],
      ${actors.map((a) => a.identity.name)}::text[], ${actors.map((a) => a.onBehalfOf)}::text[],
      ${entries.map((e) => e.entity)}::text[], ${entries.map((e) => e.action)}::text[],
      ${numberArray(entries.map((e) => e.orderId))}::bigint[], ${numberArray(entries.map((e) => e.itemId))}::int[],
      ${numberArray(entries.map((e) => e.lineNo))}::int[], ${numberArray(entries.map((e) => e.quantity))}::int[],
      ${entries.map((e) => e.reason ?? null)}::text[], ${numberArray(entries.map((e) => e.shipmentId))}::bigint[]
    ) as e(actor_kind, actor_id, actor_name, on_behalf_of, entity, action, order_id, item_id, line_no, quantity, reason, shipment_id)`.execute(db);
}

export async function logFor(
  db: Executor,
  filter: { orderId: number } | { itemId: number } | { shipmentId: number },
  limit: number,
  /** Oldest first from after `after` (by default), or newest first from before it. */
  page: { readonly newestFirst?: boolean; readonly after?: number | undefined } = {},
): Promise<LogRecord[]> {
  const [column, value] =
    'orderId' in filter ? [sql`order_id`, filter.orderId] : 'itemId' in filter ? [sql`item_id`, filter.itemId] : [sql`shipment_id`, filter.shipmentId];
  const { rows } = await sql<LogRecord>`
    select id, at, actor, actor_kind as "actorKind", actor_id as "actorId", actor_name as "actorName",
           on_behalf_of as "onBehalfOf", entity, action, order_id as "orderId", item_id as "itemId", line_no as "lineNo", quantity, reason,
           shipment_id as "shipmentId"
    from record_log where ${column} = ${value}
      ${page.after === undefined ? sql`` : page.newestFirst ? sql`and id < ${page.after}` : sql`and id > ${page.after}`}
    order by ${page.newestFirst ? sql`id desc` : sql`id`} limit ${limit}`.execute(db);
  return rows;
}

/** The latest entry of an order among the given actions. */
export async function lastOrderEntry(
  db: Executor,
  orderId: number,
  actions: readonly string[],
): Promise<{ action: string; reason: string | null } | undefined> {
  return db
    .selectFrom('record_log')
    .select(['action', 'reason'])
    .where('order_id', '=', orderId)
    .where('action', 'in', [...actions])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
