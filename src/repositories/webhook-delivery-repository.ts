import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface DeliveryRow {
  readonly id: number;
  readonly endpointId: number;
  readonly eventId: number;
  readonly eventType: string;
  readonly orderId: number | null;
  readonly status: string;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly createdAt: Date;
}

export interface AttemptRow {
  readonly at: Date;
  readonly statusCode: number | null;
  readonly outcome: string;
  readonly durationMs: number;
  readonly responseExcerpt: string | null;
}

const deliveryColumns = sql`d.id, d.endpoint_id as "endpointId", d.event_id as "eventId", e.type as "eventType", d.order_id as "orderId",
  d.status, d.attempts, case when d.status = 'pending' then d.next_attempt_at end as "nextAttemptAt",
  d.delivered_at as "deliveredAt", d.created_at as "createdAt"`;

/** An endpoint's deliveries, newest first, before `beforeId` when given. */
export async function listDeliveries(
  db: Executor,
  endpointId: number,
  filter: { status?: string | undefined; beforeId?: number | undefined },
  limit: number,
): Promise<DeliveryRow[]> {
  const { rows } = await sql<DeliveryRow>`
    select ${deliveryColumns} from webhook_deliveries d join domain_events e on e.id = d.event_id
    where d.endpoint_id = ${endpointId}
      ${filter.status ? sql`and d.status = ${filter.status}` : sql``}
      ${filter.beforeId ? sql`and d.id < ${filter.beforeId}` : sql``}
    order by d.id desc limit ${limit}`.execute(db);
  return rows;
}

export async function findDelivery(db: Executor, id: number): Promise<DeliveryRow | undefined> {
  const { rows } = await sql<DeliveryRow>`
    select ${deliveryColumns} from webhook_deliveries d join domain_events e on e.id = d.event_id where d.id = ${id}`.execute(db);
  return rows[0];
}

export async function attemptsOf(db: Executor, deliveryId: number): Promise<AttemptRow[]> {
  const { rows } = await sql<AttemptRow>`
    select at, status_code as "statusCode", outcome, duration_ms as "durationMs", response_excerpt as "responseExcerpt"
    from webhook_attempts where delivery_id = ${deliveryId} order by id`.execute(db);
  return rows;
}

/** A new delivery of a delivery's event to its endpoint, due now (a replay). */
export async function replayDelivery(db: Executor, id: number, at: Date): Promise<number | undefined> {
  const { rows } = await sql<{ id: number }>`
    insert into webhook_deliveries (endpoint_id, event_id, order_id, next_attempt_at, created_at)
    select endpoint_id, event_id, order_id, now(), ${at} from webhook_deliveries where id = ${id}
    returning id`.execute(db);
  return rows[0]?.id;
}

/** New deliveries, due now, of every event of `[from, to)` the endpoint had a delivery of: one each, in event order. */
export async function replayDeliveriesBetween(db: Executor, endpointId: number, from: Date, to: Date, at: Date): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    insert into webhook_deliveries (endpoint_id, event_id, order_id, next_attempt_at, created_at)
    select endpoint_id, event_id, order_id, now(), ${at} from (
      select distinct on (d.event_id) d.endpoint_id, d.event_id, d.order_id
      from webhook_deliveries d join domain_events e on e.id = d.event_id
      where d.endpoint_id = ${endpointId} and e.at >= ${from} and e.at < ${to}
      order by d.event_id
    ) chosen
    order by event_id
    returning id`.execute(db);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
