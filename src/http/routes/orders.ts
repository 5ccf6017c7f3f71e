import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { refuse } from '../../domain/refusal.js';
import { strategyRefusalCodes } from '../../domain/strategies/registry.js';
import { listBackorders } from '../../queries/backorder-list.js';
import { backlogSummary } from '../../queries/backlog-summary.js';
import { orderHistory } from '../../queries/history.js';
import { cancelOrder } from '../../services/orders/order-cancellation.js';
import { changeOrder } from '../../services/orders/order-change.js';
import { orderView } from '../../queries/order-view.js';
import { releaseOrder } from '../../services/release/order-release.js';
import { actorOf, answer, idempotentRequest, read, write, type HttpDeps } from '../command.js';
import type { OrderIntake } from '../../app/order-intake.js';
import { optionalBody } from '../validation.js';
import { ref } from '../../contract/common.js';
import { OrderHistory } from '../../contract/history.js';
import { BacklogSummary, BackorderList, BackorderQuery, CancelInput, Order, OrderChange, OrderInput, ReleaseInput, ReleaseResult } from '../../contract/orders.js';
import { commandProblems, problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });

function orderId(raw: string): number {
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
  return id ?? refuse('order_not_found', `No order has id ${raw}.`, { orderId: raw });
}

export const orderRoutes: FastifyPluginAsyncTypebox<HttpDeps & { intake: OrderIntake }> = async (app, deps) => {
  const tags = ['orders'];
  app.post(
    '/v1/orders',
    {
      config: { permission: 'orders.write' },
      schema: {
        operationId: 'enterOrder',
        tags,
        summary: 'Enter an order; allocates in queue order, backorders the rest',
        body: ref(OrderInput),
        response: {
          201: ref(Order),
          ...commandProblems(
            'customer_not_found',
            'item_not_found',
            'fulfillment_policy_not_found',
            'location_not_found',
            'backorder_not_allowed',
            'preorder_cap_exceeded',
          ),
        },
      },
    },
    async (request, reply) => {
      const outcome = await deps.intake.submit({ input: request.body, actor: actorOf(request), idempotency: idempotentRequest(request) });
      return answer(reply, outcome);
    },
  );
  app.get(
    '/v1/orders/:id',
    { config: { permission: 'orders.read' }, schema: { operationId: 'getOrder', tags, summary: 'Read an order', params: Id, response: { 200: ref(Order), ...problems('order_not_found') } } },
    (request) => read(deps, request, (ctx) => orderView(ctx.db, orderId(request.params.id))),
  );
  app.patch(
    '/v1/orders/:id',
    {
      config: { permission: 'orders.write' },
      schema: {
        operationId: 'changeOrder',
        tags,
        summary: 'Change priority, ship type, policy or strategy; a priority change reallocates',
        params: Id,
        body: ref(OrderChange),
        response: { 200: ref(Order), ...commandProblems('order_not_found', 'fulfillment_policy_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeOrder(ctx, orderId(request.params.id), request.body)),
  );
  app.post(
    '/v1/orders/:id/cancel',
    {
      config: { permission: 'orders.write' },
      schema: {
        operationId: 'cancelOrder',
        tags,
        summary: 'Cancel part of a line, lines, or the order',
        params: Id,
        body: ref(CancelInput),
        response: {
          200: ref(Order),
          ...commandProblems('order_not_found', 'order_closed', 'duplicate_line', 'line_not_found', 'cancel_exceeds_open'),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => cancelOrder(ctx, orderId(request.params.id), request.body)),
  );
  app.post(
    '/v1/orders/:id/release',
    {
      config: { permission: 'orders.write' },
      schema: {
        operationId: 'releaseOrder',
        tags,
        summary: 'Release the order to the warehouse as far as its policy allows; a refusal (422) names the rule',
        params: Id,
        body: optionalBody(ref(ReleaseInput)),
        response: {
          200: ref(ReleaseResult),
          ...commandProblems(
            'order_not_found',
            'order_closed',
            'nothing_to_release',
            'prevent_partial_delivery',
            'fulfillment_rate_below_minimum',
            'preorder_not_launched',
            ...strategyRefusalCodes,
          ),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => releaseOrder(ctx, orderId(request.params.id), deps.release)),
  );
  app.get(
    '/v1/orders/:id/history',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'getOrderHistory',
        tags,
        summary: 'Record log of an order',
        params: Id,
        response: { 200: ref(OrderHistory), ...problems('order_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => orderHistory(ctx, orderId(request.params.id))),
  );
  app.get(
    '/v1/backorders',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'listBackorders',
        tags,
        summary: 'Waiting lines in queue order',
        querystring: BackorderQuery,
        response: { 200: ref(BackorderList), ...problems('validation_failed', 'item_not_found', 'customer_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => listBackorders(ctx, request.query)),
  );
  app.get(
    '/v1/backorders/summary',
    {
      config: { permission: 'orders.read' },
      schema: { operationId: 'summariseBackorders', tags, summary: 'The backlog at a glance: waiting lines, units and value, oldest wait, lines late against their dates', response: { 200: ref(BacklogSummary) } },
    },
    (request) => read(deps, request, (ctx) => backlogSummary(ctx)),
  );
};
