import { sql } from 'kysely';
import { lastFinalEvent } from './domain-event-repository.js';
import type { Executor } from './executor.js';

export interface EndpointRow {
  readonly id: number;
  readonly url: string;
  readonly description: string;
  readonly eventTypes: string[];
  readonly active: boolean;
  readonly health: string;
  readonly secret: string;
  readonly previousSecret: string | null;
  readonly previousExpiresAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface EndpointChange {
  readonly url?: string | undefined;
  readonly description?: string | undefined;
  readonly eventTypes?: readonly string[] | undefined;
  readonly active?: boolean | undefined;
}

const endpointColumns = sql`id, url, description, event_types as "eventTypes", active, health, secret,
  previous_secret as "previousSecret", previous_expires_at as "previousExpiresAt", created_at as "createdAt", updated_at as "updatedAt"`;

export async function insertEndpoint(
  db: Executor,
  e: { url: string; description: string; eventTypes: readonly string[]; active: boolean; secret: string },
  at: Date,
): Promise<EndpointRow> {
  const { rows } = await sql<EndpointRow>`
    insert into webhook_endpoints (url, description, event_types, active, secret, created_at, updated_at)
    values (${e.url}, ${e.description}, ${[...e.eventTypes]}::text[], ${e.active}, ${e.secret}, ${at}, ${at})
    returning ${endpointColumns}`.execute(db);
  return rows[0]!;
}

export async function findEndpoint(db: Executor, id: number): Promise<EndpointRow | undefined> {
  const { rows } = await sql<EndpointRow>`select ${endpointColumns} from webhook_endpoints where id = ${id}`.execute(db);
  return rows[0];
}

export async function listEndpoints(db: Executor): Promise<EndpointRow[]> {
  const { rows } = await sql<EndpointRow>`select ${endpointColumns} from webhook_endpoints order by id`.execute(db);
  return rows;
}

export async function updateEndpoint(db: Executor, id: number, change: EndpointChange, at: Date): Promise<EndpointRow | undefined> {
  const { rows } = await sql<EndpointRow>`
    update webhook_endpoints set
      url = coalesce(${change.url ?? null}, url),
      description = coalesce(${change.description ?? null}, description),
      event_types = coalesce(${change.eventTypes ? [...change.eventTypes] : null}::text[], event_types),
      active = coalesce(${change.active ?? null}::boolean, active),
      -- switched on again by hand: it is given another chance
      health = case when ${change.active ?? null}::boolean then 'healthy' else health end,
      updated_at = ${at}
    where id = ${id}
    returning ${endpointColumns}`.execute(db);
  return rows[0];
}

/** A new secret; the old one keeps signing beside it for `overlapHours` (by the database's clock, as sending is). */
export async function rotateSecret(db: Executor, id: number, secret: string, overlapHours: number, at: Date): Promise<EndpointRow | undefined> {
  const { rows } = await sql<EndpointRow>`
    update webhook_endpoints
    set previous_secret = secret, previous_expires_at = now() + ${overlapHours} * interval '1 hour', secret = ${secret}, updated_at = ${at}
    where id = ${id}
    returning ${endpointColumns}`.execute(db);
  return rows[0];
}

/** Sets an endpoint's health; true when it changed (so a change is told once). */
export async function setEndpointHealth(db: Executor, id: number, health: 'healthy' | 'failing'): Promise<boolean> {
  const result = await sql`update webhook_endpoints set health = ${health} where id = ${id} and health <> ${health}`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/**
 * Turns the next events of the gap-free feed into deliveries, one per matching active endpoint,
 * in feed order, and moves the one fan-out cursor past them. The cursor row is locked (`skip
 * locked`): while one process fans out, the others skip this step. Returns the events handled,
 * or null when another process holds the cursor.
 */
export async function fanOut(db: Executor, limit: number): Promise<number | null> {
  const { rows: cursor } = await sql<{ xid: string; id: number; listened: boolean }>`
    select after_xid::text as xid, after_id as id, exists (select 1 from webhook_endpoints where active) as listened
    from webhook_fanout where id = 1 for update skip locked`.execute(db);
  if (cursor.length === 0) return null;
  if (!cursor[0]!.listened) {
    await skipUnheardEvents(db);
    return 0;
  }
  const { rows: events } = await sql<{ id: number; xid: string }>`
    select id, xid::text as xid from domain_events
    where xid < pg_snapshot_xmin(pg_current_snapshot()) and (xid, id) > (${cursor[0]!.xid}::xid8, ${cursor[0]!.id}::bigint)
    order by xid, id limit ${limit}`.execute(db);
  if (events.length === 0) return 0;
  const ids = events.map((e) => e.id);
  await sql`
    insert into webhook_deliveries (endpoint_id, event_id, order_id, next_attempt_at, created_at)
    select w.id, e.id, e.order_id, now(), now()
    from domain_events e join webhook_endpoints w on w.active and e.type = any(w.event_types) and e.xid > w.created_xid
    where e.id = any(${ids}::bigint[])
    order by e.xid, e.id, w.id`.execute(db);
  const last = events.at(-1)!;
  await sql`update webhook_fanout set after_xid = ${last.xid}::xid8, after_id = ${last.id} where id = 1`.execute(db);
  return events.length;
}

/**
 * With no active endpoint, the cursor moves past every final event at once, unread (a backlog
 * sweep writes millions). One statement, so one snapshot: an endpoint it does not see was created
 * by a transaction at or above the snapshot's xmin, and receives only events of later
 * transactions (`e.xid > w.created_xid`), never one it skips.
 */
async function skipUnheardEvents(db: Executor): Promise<void> {
  await sql`
    update webhook_fanout f set after_xid = e.xid, after_id = e.id
    from ${lastFinalEvent} e
    where f.id = 1 and (e.xid, e.id) > (f.after_xid, f.after_id)
      and not exists (select 1 from webhook_endpoints where active)`.execute(db);
}

export interface ClaimedDelivery {
  readonly id: number;
  readonly endpointId: number;
  readonly eventId: number;
  readonly attempts: number;
}

/**
 * Claims due deliveries for one attempt each: locked rows are skipped (another process has them),
 * and a claim moves the row's next attempt past the lease, so no other process sends it while
 * this one does; a process that dies mid-attempt leaves it to be tried again after the lease. A
 * delivery waits while an earlier one of the same endpoint and order is pending: in order per order.
 */
export async function claimDue(db: Executor, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<ClaimedDelivery>`
    with due as (
      select d.id from webhook_deliveries d join webhook_endpoints w on w.id = d.endpoint_id and w.active
      where d.status = 'pending' and d.next_attempt_at <= now()
        and (d.order_id is null or not exists (
          select 1 from webhook_deliveries p
          where p.endpoint_id = d.endpoint_id and p.order_id = d.order_id and p.status = 'pending' and p.id < d.id))
      order by d.id
      limit ${limit}
      for update of d skip locked
    )
    update webhook_deliveries d
    set attempts = d.attempts + 1, first_attempt_at = coalesce(d.first_attempt_at, now()),
        next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
    from due where d.id = due.id
    returning d.id, d.endpoint_id as "endpointId", d.event_id as "eventId", d.attempts`.execute(db);
  return rows.sort((a, b) => a.id - b.id);
}

export interface AttemptRecord {
  readonly deliveryId: number;
  readonly statusCode: number | null;
  readonly outcome: string;
  readonly durationMs: number;
  readonly responseExcerpt: string | null;
}

/** Records an attempt and what follows: delivered, failed, or another try after `retryInMs`. */
export async function recordAttempt(db: Executor, attempt: AttemptRecord, next: { status: 'delivered' | 'failed' } | { retryInMs: number }): Promise<void> {
  await sql`
    insert into webhook_attempts (delivery_id, at, status_code, outcome, duration_ms, response_excerpt)
    values (${attempt.deliveryId}, now(), ${attempt.statusCode}, ${attempt.outcome}, ${attempt.durationMs}, ${attempt.responseExcerpt})`.execute(db);
  if ('retryInMs' in next) {
    await sql`update webhook_deliveries set next_attempt_at = now() + ${next.retryInMs} * interval '1 millisecond' where id = ${attempt.deliveryId}`.execute(db);
  } else {
    await sql`
      update webhook_deliveries set status = ${next.status}, delivered_at = case when ${next.status} = 'delivered' then now() end
      where id = ${attempt.deliveryId}`.execute(db);
  }
}
