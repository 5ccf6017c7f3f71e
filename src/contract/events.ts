import { Type, type TSchema } from '@sinclair/typebox';
import { eventTypes, type EventType as EventTypeName } from '../domain/events/event-types.js';
import { Nullable, PageQuery, ref } from './common.js';

/**
 * The domain events of `GET /v1/events` and of webhooks: one schema per type, each the common
 * envelope (id, type, time, the order, customer and items it concerns) with its own `data`.
 */
const Line = { lineNo: Type.Integer(), sku: Nullable(Type.String()), quantity: Type.Integer() };
const LineRef = { lineNo: Type.Integer(), sku: Nullable(Type.String()) };
const Lines = Type.Array(Type.Object(Line));
const WaitingLines = Type.Array(
  Type.Object({ ...LineRef, quantity: Type.Integer({ description: 'Backordered' }), expectedShipDate: Nullable(Type.String({ format: 'date' })) }),
);
const LadderStep = Type.Object(
  { afterDays: Type.Integer(), from: Type.String(), action: Type.String() },
  { description: 'The SLA ladder step that acted' },
);

const payloads: Record<EventTypeName, { description: string; data: TSchema }> = {
  'order.backordered': { description: 'Lines of an order went on backorder (at entry, or when split off)', data: Type.Object({ lines: Lines }) },
  'line.allocated': {
    description: 'Stock was allocated to a line at a location',
    data: Type.Object({ ...LineRef, location: Nullable(Type.String()), quantity: Type.Integer(), reason: Type.String() }),
  },
  'line.filled': { description: 'A waiting line got all it lacked: its backorder is cleared', data: Type.Object(LineRef) },
  'promise_date.changed': {
    description: 'The expected ship date of a waiting line moved (null: no expected supply covers it)',
    data: Type.Object({ ...LineRef, backordered: Type.Integer(), old: Nullable(Type.String({ format: 'date' })), new: Nullable(Type.String({ format: 'date' })) }),
  },
  'order.released': { description: 'Lines of an order were released to the warehouse', data: Type.Object({ release: Nullable(Type.String()), lines: Lines }) },
  'release.refused': { description: 'A release was refused; `rule` is the refusal code', data: Type.Object({ rule: Type.String(), detail: Type.String() }) },
  'shipment.shipped': {
    description: "A shipment was shipped: this order's lines in it, and what was short-picked (back on backorder)",
    data: Type.Object({ shipmentId: Type.Integer(), lines: Lines, shortPicks: Type.Array(Type.Object({ ...Line, reason: Nullable(Type.String()) })) }),
  },
  'line.cancelled': {
    description: 'Units of a line were cancelled, by whom (a person, a key, or the service: a job) and why',
    data: Type.Object({ ...Line, reason: Nullable(Type.String()), by: Type.Object({ kind: Type.String(), name: Type.String() }) }),
  },
  'stock.arrived': {
    description: 'Stock arrived (a receipt, or the primary backorder process) and filled waiting lines',
    data: Type.Object({
      sku: Nullable(Type.String()),
      location: Nullable(Type.String()),
      reference: Nullable(Type.String()),
      received: Nullable(Type.Integer()),
      filled: Type.Integer(),
      orders: Type.Array(Type.Object({ orderId: Type.Integer(), lines: Type.Array(Type.Object({ lineNo: Type.Integer(), quantity: Type.Integer() })) })),
    }),
  },
  'preorder.launched': { description: "A preorder item launched: this line is no longer a preorder", data: Type.Object({ ...Line, note: Nullable(Type.String()) }) },
  'customer.notified': {
    description: 'The SLA ladder tells the customer their lines still wait: what, and when it is expected',
    data: Type.Object({ customer: Type.String(), lines: WaitingLines, step: LadderStep }),
  },
  'customer.choice_requested': {
    description: 'The customer is asked to choose for their waiting lines, through `choiceUrl` (no account needed) until `expiresAt`',
    data: Type.Object({
      customer: Type.String(),
      lines: WaitingLines,
      choiceUrl: Type.String(),
      expiresAt: Type.String({ format: 'date-time' }),
      step: Nullable(LadderStep),
    }),
  },
  'customer.choice_made': {
    description: 'Choices for waiting lines were applied: by the customer, or by the ladder’s default choice',
    data: Type.Object({
      customer: Type.String(),
      decidedBy: Type.Union([Type.Literal('customer'), Type.Literal('default')]),
      lines: Type.Array(Type.Object({ ...LineRef, quantity: Type.Integer(), choice: Type.String() })),
    }),
  },
  'webhook_endpoint.failing': {
    description: 'A webhook endpoint gave up a delivery after its last retry and is marked failing (told once, until it delivers again)',
    data: Type.Object({ endpointId: Type.Integer(), url: Type.String(), deliveryId: Type.Integer(), eventId: Type.Integer(), eventType: Type.String() }),
  },
};

const schemaName = (type: string) => `${type.split(/[._]/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}Event`;

/** One named schema per event type (`OrderBackorderedEvent`, …). */
export const eventSchemas = eventTypes.map((type) =>
  Type.Object(
    {
      id: Type.Integer({ description: 'Unique, and the `webhook-id` of its deliveries (`evt_<id>`)' }),
      type: Type.Literal(type),
      at: Type.String({ format: 'date-time' }),
      orderId: Nullable(Type.Integer()),
      customer: Nullable(Type.String()),
      skus: Type.Array(Type.String(), { description: 'The items it concerns' }),
      data: payloads[type].data,
    },
    { $id: schemaName(type), description: payloads[type].description },
  ),
);

export const EventType = Type.Union(
  eventTypes.map((t) => Type.Literal(t)),
  { $id: 'EventType', description: 'The type of a domain event' },
);

export const DomainEvent = Type.Union(eventSchemas.map((s) => ref(s)), { $id: 'DomainEvent', description: 'A domain event, by its `type`' });

export const EventFeed = Type.Object(
  {
    items: Type.Array(ref(DomainEvent)),
    nextCursor: Nullable(Type.String({ description: 'The cursor of the next page; null when the page reached what is committed so far (poll on with `after` = `next`)' })),
    events: Type.Array(ref(DomainEvent), { description: 'The same events as `items` (the name before the paging convention)' }),
    next: Type.String({ description: 'Ask again with `after` set to this: it resumes right after the last event of the page, also at the end of the feed' }),
  },
  { $id: 'EventFeed', description: 'Domain events in commit order (gap-free), oldest first' },
);

export const EventFeedQuery = Type.Object(
  {
    ...PageQuery,
    after: Type.Optional(Type.String({ pattern: '^[0-9]{1,20}\\.[0-9]{1,19}$', description: 'The `next` of a page (instead of `cursor`); neither: from the start' })),
    type: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated event types' })),
    order: Type.Optional(Type.Integer({ minimum: 1 })),
    customer: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    sku: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

/** Each event type's schema, by type (for webhook bodies and tests). */
export const eventSchemaOf = new Map<string, TSchema>(eventTypes.map((t, i) => [t, eventSchemas[i]!]));
