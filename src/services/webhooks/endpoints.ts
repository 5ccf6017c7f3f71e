import { randomBytes } from 'node:crypto';
import type { ReadContext, ServiceContext } from '../../app/context.js';
import { isEventType, type EventType } from '../../domain/events/event-types.js';
import { refuse } from '../../domain/refusal.js';
import type { WebhookReplayRange } from '../../contract/webhooks.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows } from '../../queries/paging.js';
import { attemptsOf, findDelivery, listDeliveries, replayDelivery, replayDeliveriesBetween, type DeliveryRow } from '../../repositories/webhook-delivery-repository.js';
import {
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  rotateSecret,
  updateEndpoint,
  type EndpointChange,
  type EndpointRow,
} from '../../repositories/webhook-repository.js';
import { checkEndpointUrl, type Resolver, type WebhookSettings } from './url-guard.js';

/** How long a rotated-out secret keeps signing beside the new one, so receivers can switch. */
const ROTATION_OVERLAP_HOURS = 24;

export interface EndpointInput {
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly description?: string | undefined;
  readonly active?: boolean | undefined;
}

/** What registering and changing endpoints needs beside the context: the settings, a resolver, secrets. */
export interface EndpointPorts {
  readonly settings: WebhookSettings;
  readonly resolve?: Resolver | undefined;
  readonly newSecret?: (() => string) | undefined;
}

const randomSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Registers an endpoint after checking its URL and types (nothing written when refused); its secret is answered once. */
export async function registerEndpoint(ctx: ServiceContext, ports: EndpointPorts, input: EndpointInput) {
  checkEventTypes(input.eventTypes);
  await checkEndpointUrl(ports.settings, input.url, ports.resolve);
  const secret = (ports.newSecret ?? randomSecret)();
  const row = await insertEndpoint(
    ctx.db,
    { url: input.url, description: input.description ?? '', eventTypes: unique(input.eventTypes), active: input.active ?? true, secret },
    ctx.clock.now(),
  );
  return { endpoint: endpointView(row), secret };
}

export async function changeEndpoint(ctx: ServiceContext, ports: EndpointPorts, id: number, change: EndpointChange) {
  if (change.eventTypes) checkEventTypes(change.eventTypes);
  if (change.url !== undefined) await checkEndpointUrl(ports.settings, change.url, ports.resolve);
  const row = await updateEndpoint(ctx.db, id, { ...change, eventTypes: change.eventTypes && unique(change.eventTypes) }, ctx.clock.now());
  return endpointView(row ?? notFound(id));
}

/** A new secret, answered once; the old one signs beside it for a day (both signatures are sent). */
export async function rotateEndpointSecret(ctx: ServiceContext, ports: EndpointPorts, id: number) {
  const secret = (ports.newSecret ?? randomSecret)();
  const row = await rotateSecret(ctx.db, id, secret, ROTATION_OVERLAP_HOURS, ctx.clock.now());
  return { endpoint: endpointView(row ?? notFound(id)), secret };
}

export async function endpointList(ctx: ReadContext) {
  return { endpoints: (await listEndpoints(ctx.db)).map(endpointView) };
}

export async function endpointDetail(ctx: ReadContext, id: number) {
  return endpointView((await findEndpoint(ctx.db, id)) ?? notFound(id));
}

/** An endpoint's deliveries, newest first: keyset-paged on the id by `cursor` (or by `before`, its first way). */
export async function endpointDeliveries(
  ctx: ReadContext,
  id: number,
  query: { status?: string | undefined; before?: number | undefined; cursor?: string | undefined; limit?: number | undefined },
) {
  if (!(await findEndpoint(ctx.db, id))) notFound(id);
  if (query.cursor !== undefined && query.before !== undefined) {
    refuse('validation_failed', 'Page the deliveries with `cursor` or with `before`, not both.', { field: 'querystring/cursor' });
  }
  const list = `webhook-deliveries/${id}`;
  const beforeId = query.cursor === undefined ? query.before : decodeCursor<[number]>(list, query.cursor, keyOfKinds('integer'))[0];
  const limit = query.limit ?? defaultPageLimit;
  const page = pageRows(list, await listDeliveries(ctx.db, id, { status: query.status, beforeId }, limit + 1), limit, (row) => [Number(row.id)]);
  const items = page.rows.map(deliveryView);
  return { items, nextCursor: page.nextCursor, deliveries: items };
}

/** A delivery with every attempt: when, the answer's status, how long, what it said. */
export async function deliveryDetail(ctx: ReadContext, id: number) {
  const row = (await findDelivery(ctx.db, id)) ?? deliveryNotFound(id);
  const attempts = await attemptsOf(ctx.db, id);
  return { ...deliveryView(row), attemptLog: attempts.map((a) => ({ ...a, at: a.at.toISOString() })) };
}

/** Sends a delivery's event to its endpoint again, as a new delivery (same `webhook-id`). */
export async function replay(ctx: ServiceContext, id: number) {
  const newId = (await replayDelivery(ctx.db, id, ctx.clock.now())) ?? deliveryNotFound(id);
  return deliveryDetail(ctx, newId);
}

/**
 * Sends an endpoint again every event of `[from, to)` it had been sent (delivered or not), once
 * each, in event order: new deliveries with the events' own `webhook-id`s.
 */
export async function replayRange(ctx: ServiceContext, id: number, range: WebhookReplayRange) {
  const endpoint = (await findEndpoint(ctx.db, id)) ?? notFound(id);
  const [from, to] = [new Date(range.from), new Date(range.to)];
  if (!(from < to)) refuse('validation_failed', '`from` must come before `to`.', { field: 'body/to', from: range.from, to: range.to });
  const deliveries = await replayDeliveriesBetween(ctx.db, endpoint.id, from, to, ctx.clock.now());
  return { endpointId: endpoint.id, replayed: deliveries.length, deliveries };
}

function checkEventTypes(types: readonly string[]): void {
  const unknown = types.filter((t) => !isEventType(t));
  if (unknown.length > 0) refuse('unknown_event_type', `Unknown event type: ${unknown.join(', ')}.`, { unknown });
}

const unique = (values: readonly string[]) => [...new Set(values)];

function notFound(id: number): never {
  refuse('webhook_endpoint_not_found', `No webhook endpoint has id ${id}.`, { id });
}

function deliveryNotFound(id: number): never {
  refuse('webhook_delivery_not_found', `No webhook delivery has id ${id}.`, { id });
}

function endpointView(row: EndpointRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes.filter(isEventType),
    active: row.active,
    health: row.health as 'healthy' | 'failing',
    previousSecretExpiresAt: row.previousSecret && row.previousExpiresAt ? row.previousExpiresAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function deliveryView(row: DeliveryRow) {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType as EventType,
    orderId: row.orderId,
    status: row.status as 'pending' | 'delivered' | 'failed',
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
