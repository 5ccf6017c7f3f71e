import { Type, type Static } from '@sinclair/typebox';
import { EventType } from './events.js';
import { Nullable, PageQuery, ref, strict, text } from './common.js';

const Url = Type.String({ minLength: 8, maxLength: 2000, description: 'https (http only where the deployment allows it)' });
const EventTypes = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 50, description: 'Event types it receives (see `EventType`)' });

export const WebhookEndpointInput = strict(
  { url: Url, eventTypes: EventTypes, description: Type.Optional(text(500)), active: Type.Optional(Type.Boolean()) },
  { $id: 'WebhookEndpointInput', description: 'An endpoint that receives signed domain events (Standard Webhooks)' },
);

export const WebhookEndpointChange = strict(
  { url: Type.Optional(Url), eventTypes: Type.Optional(EventTypes), description: Type.Optional(text(500)), active: Type.Optional(Type.Boolean()) },
  { $id: 'WebhookEndpointChange', description: 'A change to an endpoint; `active: true` also clears `failing`' },
);

export const WebhookEndpoint = Type.Object(
  {
    id: Type.Integer(),
    url: Type.String(),
    description: Type.String(),
    eventTypes: Type.Array(ref(EventType)),
    active: Type.Boolean(),
    health: Type.Union([Type.Literal('healthy'), Type.Literal('failing')], { description: 'failing: a delivery gave up after its last retry' }),
    previousSecretExpiresAt: Nullable(Type.String({ format: 'date-time', description: 'Until then the rotated-out secret signs too' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'WebhookEndpoint', description: 'An endpoint; its secret is shown only when made or rotated' },
);

export const WebhookEndpointWithSecret = Type.Object(
  { endpoint: ref(WebhookEndpoint), secret: Type.String({ description: 'whsec_…: shown this once; verify signatures with it' }) },
  { $id: 'WebhookEndpointWithSecret', description: 'An endpoint and its new signing secret' },
);

export const WebhookEndpointList = Type.Object({ endpoints: Type.Array(ref(WebhookEndpoint)) }, { $id: 'WebhookEndpointList', description: 'Every webhook endpoint' });

export const WebhookAttempt = Type.Object(
  {
    at: Type.String({ format: 'date-time' }),
    statusCode: Nullable(Type.Integer({ description: 'null: no answer (timeout, connection error, refused address)' })),
    outcome: Type.String({ description: 'delivered, retry, rejected (a 4xx: not retried), or gave_up' }),
    durationMs: Type.Integer(),
    responseExcerpt: Nullable(Type.String({ description: 'The first 500 characters of the answer, or the error' })),
  },
  { $id: 'WebhookAttempt', description: 'One attempt to deliver' },
);

export const WebhookDelivery = Type.Object(
  {
    id: Type.Integer(),
    endpointId: Type.Integer(),
    eventId: Type.Integer({ description: 'Sent as `webhook-id: evt_<eventId>`' }),
    eventType: ref(EventType),
    orderId: Nullable(Type.Integer()),
    status: Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]),
    attempts: Type.Integer(),
    nextAttemptAt: Nullable(Type.String({ format: 'date-time' })),
    deliveredAt: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    attemptLog: Type.Optional(Type.Array(ref(WebhookAttempt))),
  },
  { $id: 'WebhookDelivery', description: 'One event for one endpoint, and (when read alone) its attempts' },
);

export const WebhookDeliveryList = Type.Object(
  {
    items: Type.Array(ref(WebhookDelivery)),
    nextCursor: Nullable(Type.String({ description: 'The cursor of the next page; null at the end' })),
    deliveries: Type.Array(ref(WebhookDelivery), { description: 'The same deliveries as `items` (the name before the paging convention)' }),
  },
  { $id: 'WebhookDeliveryList', description: "An endpoint's deliveries, newest first; `nextCursor` pages on (or `before` = the last id, as before)" },
);

export const WebhookDeliveryQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')])),
    ...PageQuery,
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'Deliveries before this id (instead of `cursor`)' })),
  },
  { additionalProperties: false },
);

export const WebhookReplayRange = strict(
  {
    from: Type.String({ format: 'date-time', description: 'Events at or after this time' }),
    to: Type.String({ format: 'date-time', description: 'Events before this time' }),
  },
  { $id: 'WebhookReplayRange', description: 'A time range of events to send an endpoint again' },
);
export type WebhookReplayRange = Static<typeof WebhookReplayRange>;

export const WebhookReplayed = Type.Object(
  { endpointId: Type.Integer(), replayed: Type.Integer(), deliveries: Type.Array(Type.Integer(), { description: 'The new deliveries, in event order' }) },
  { $id: 'WebhookReplayed', description: 'The events of the range the endpoint had been sent, each sent again as a new delivery (same webhook-id)' },
);
