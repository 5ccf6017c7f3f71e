import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ref } from '../../contract/common.js';
import {
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointChange,
  WebhookEndpointInput,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
  WebhookReplayed,
  WebhookReplayRange,
} from '../../contract/webhooks.js';
import {
  changeEndpoint,
  deliveryDetail,
  endpointDeliveries,
  endpointDetail,
  endpointList,
  registerEndpoint,
  replay,
  replayRange,
  rotateEndpointSecret,
  type EndpointPorts,
} from '../../services/webhooks/endpoints.js';
import { read, write, type HttpDeps } from '../command.js';
import { commandProblems, problems } from './problems.js';

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) });
const urlProblems = ['unknown_event_type', 'webhook_url_not_https', 'webhook_url_private_address', 'webhook_url_unresolvable'] as const;

/** Webhook endpoints (admins): registered, changed, their secret rotated, their deliveries read and replayed. */
export const webhookRoutes: FastifyPluginAsyncTypebox<HttpDeps & { webhookPorts: EndpointPorts }> = async (app, deps) => {
  const tags = ['webhooks'];
  const config = { permission: 'webhooks.manage' } as const;
  const ports = deps.webhookPorts;
  app.post(
    '/v1/webhooks',
    {
      config,
      schema: {
        operationId: 'registerWebhookEndpoint',
        tags,
        summary: 'Register an endpoint: its signing secret is answered this once',
        body: ref(WebhookEndpointInput),
        response: { 201: ref(WebhookEndpointWithSecret), ...commandProblems(...urlProblems) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => registerEndpoint(ctx, ports, request.body)),
  );
  app.get(
    '/v1/webhooks',
    { config, schema: { operationId: 'listWebhookEndpoints', tags, summary: 'Every endpoint', response: { 200: ref(WebhookEndpointList) } } },
    (request) => read(deps, request, (ctx) => endpointList(ctx)),
  );
  app.get(
    '/v1/webhooks/:id',
    {
      config,
      schema: { operationId: 'getWebhookEndpoint', tags, summary: 'Read an endpoint', params: Id, response: { 200: ref(WebhookEndpoint), ...problems('validation_failed', 'invalid_cursor', 'webhook_endpoint_not_found') } },
    },
    (request) => read(deps, request, (ctx) => endpointDetail(ctx, request.params.id)),
  );
  app.patch(
    '/v1/webhooks/:id',
    {
      config,
      schema: {
        operationId: 'changeWebhookEndpoint',
        tags,
        summary: 'Change an endpoint: URL, event types, description, active',
        params: Id,
        body: ref(WebhookEndpointChange),
        response: { 200: ref(WebhookEndpoint), ...commandProblems('webhook_endpoint_not_found', ...urlProblems) },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeEndpoint(ctx, ports, request.params.id, request.body)),
  );
  app.post(
    '/v1/webhooks/:id/rotate-secret',
    {
      config,
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'A new signing secret (answered once); the old one signs beside it for 24 hours',
        params: Id,
        response: { 200: ref(WebhookEndpointWithSecret), ...commandProblems('webhook_endpoint_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => rotateEndpointSecret(ctx, ports, request.params.id)),
  );
  app.get(
    '/v1/webhooks/:id/deliveries',
    {
      config,
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: "An endpoint's deliveries, newest first",
        params: Id,
        querystring: WebhookDeliveryQuery,
        response: { 200: ref(WebhookDeliveryList), ...problems('validation_failed', 'invalid_cursor', 'webhook_endpoint_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => endpointDeliveries(ctx, request.params.id, request.query)),
  );
  app.get(
    '/v1/webhook-deliveries/:id',
    {
      config,
      schema: {
        operationId: 'getWebhookDelivery',
        tags,
        summary: 'A delivery and every attempt: status, duration, the start of the answer',
        params: Id,
        response: { 200: ref(WebhookDelivery), ...problems('validation_failed', 'webhook_delivery_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => deliveryDetail(ctx, request.params.id)),
  );
  app.post(
    '/v1/webhook-deliveries/:id/replay',
    {
      config,
      schema: {
        operationId: 'replayWebhookDelivery',
        tags,
        summary: "Send a delivery's event again, as a new delivery with the same webhook-id",
        params: Id,
        response: { 201: ref(WebhookDelivery), ...commandProblems('webhook_delivery_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => replay(ctx, request.params.id)),
  );
  app.post(
    '/v1/webhooks/:id/replay',
    {
      config,
      schema: {
        operationId: 'replayWebhookRange',
        tags,
        summary: 'Send an endpoint again every event of a time range it had been sent, in order, each as a new delivery with the same webhook-id',
        params: Id,
        body: ref(WebhookReplayRange),
        response: { 200: ref(WebhookReplayed), ...commandProblems('webhook_endpoint_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => replayRange(ctx, request.params.id, request.body)),
  );
};
