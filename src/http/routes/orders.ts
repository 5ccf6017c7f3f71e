import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { orderViewWithReasons } from '../../queries/line-explanation.js';
import { Type } from '@sinclair/typebox';
import { enterOrders } from '../../services/orders/order-entry.js';
import { previewRequested } from '../dry-run.js';
import { refuse } from '../../domain/refusal.js';
import { strategyRefusalCodes } from '../../domain/strategies/registry.js';
import { listBackorders } from '../../queries/backorder-list.js';
import { cancelAfterDaysInForce } from '../../services/settings/settings-in-force.js';
import { backlogSummary } from '../../queries/backlog-summary.js';
import { backlogHistory } from '../../queries/backlog-history.js';
import { backlogToday } from '../../queries/backlog-today.js';
import { BacklogHistory, BacklogHistoryQuery, BacklogToday } from '../../contract/backlog.js';
import { orderHistory } from '../../queries/history.js';
import { cancelOrder } from '../../services/orders/order-cancellation.js';
import { changeOrder } from '../../services/orders/order-change.js';
import { orderView } from '../../queries/order-view.js';
import { releaseOrder } from '../../services/release/order-release.js';
import { releaseSettingsInForce } from '../../services/settings/settings-in-force.js';
import { actorOf, answer, idempotentRequest, preview, read, write, type HttpDeps } from '../command.js';
import type { OrderIntake } from '../../app/order-intake.js';
import { optionalBody } from '../validation.js';
import { ref } from '../../contract/common.js';
import { OrderHistory } from '../../contract/history.js';
import { HistoryQuery } from '../../contract/history.js';
import {
  BacklogSummary,
  BackorderList,
  BackorderQuery,
  CancelInput,
  LineChange,
  Order,
  OrderChange,
  OrderInput,
  OrderLineInput,
  OrderReadQuery,
  ReleaseInput,
  ReleaseResult,
} from '../../contract/orders.js';
import { addOrderLine, amendLine } from '../../services/orders/order-amendment.js';
import { OrderList, OrderQuery } from '../../contract/order-list.js';
import { listOrders } from '../../queries/order-list.js';
import { commandProblems, problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });
const LineId = Type.Object({ id: Type.String(), lineNo: Type.String() });

function orderId(raw: string): number {
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
  return id ?? refuse('order_not_found', `No order has id ${raw}.`, { orderId: raw });
}

function lineNo(params: { id: string; lineNo: string }): number {
  const no = /^[1-9]\d{0,8}$/.test(params.lineNo) ? Number(params.lineNo) : undefined;
  return no ?? refuse('line_not_found', `Order ${params.id} has no line ${params.lineNo}.`, { orderId: params.id, lineNo: params.lineNo });
}

export const orderRoutes: FastifyPluginAsyncTypebox<HttpDeps & { intake: OrderIntake; cancelAfterDays?: number | undefined }> = async (app, deps) => {
  const tags = ['orders'];
  app.post(
    '/v1/orders',
    {
      config: { permission: 'orders.write', dryRun: true },
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
            'customer_inactive',
            'item_inactive',
            'fulfillment_policy_not_found',
            'location_not_found',
            'backorder_not_allowed',
            'preorder_cap_exceeded',
          ),
        },
      },
    },
    async (request, reply) => {
      if (previewRequested(request, reply)) return preview(deps, request, async (ctx) => (await enterOrders(ctx, [request.body]))[0]!);
      const outcome = await deps.intake.submit({ input: request.body, actor: actorOf(request), idempotency: idempotentRequest(request) });
      return answer(reply, outcome);
    },
  );
  app.get(
    '/v1/orders',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'listOrders',
        tags,
        summary: 'Orders by entry (default) or priority, filtered by status (any of), customer, SKU, reference (exact or prefix), entry days, priority, strategy, backorder',
        querystring: OrderQuery,
        response: { 200: ref(OrderList), ...problems('validation_failed', 'invalid_cursor', 'customer_not_found', 'item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => listOrders(ctx, request.query)),
  );
  app.get(
    '/v1/orders/:id',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'getOrder',
        tags,
        summary: 'Read an order; with `explain=true` each waiting line also says why it waits (`waitingBecause`)',
        params: Id,
        querystring: OrderReadQuery,
        response: { 200: ref(Order), ...problems('order_not_found') },
      },
    },
    (request) =>
      read(deps, request, async (ctx) => {
        const id = orderId(request.params.id);
        return request.query.explain ? orderViewWithReasons(ctx, id, await cancelAfterDaysInForce(ctx.db, deps.cancelAfterDays)) : orderView(ctx.db, id);
      }),
  );
  app.patch(
    '/v1/orders/:id',
    {
      config: { permission: 'orders.write', dryRun: true },
      schema: {
        operationId: 'changeOrder',
        tags,
        summary: 'Change priority, ship type, policy, strategy, requested ship date or location; a priority or location change reallocates',
        params: Id,
        body: ref(OrderChange),
        response: { 200: ref(Order), ...commandProblems('order_not_found', 'fulfillment_policy_not_found', 'location_not_found', 'strategy_synced') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeOrder(ctx, orderId(request.params.id), request.body)),
  );
  app.patch(
    '/v1/orders/:id/lines/:lineNo',
    {
      config: { permission: 'orders.write', dryRun: true },
      schema: {
        operationId: 'changeOrderLine',
        tags,
        summary: 'Change a line’s quantity (more queue at its place; fewer free stock for the queue) or preventPartialDelivery',
        params: LineId,
        body: ref(LineChange),
        response: {
          200: ref(Order),
          ...commandProblems('order_not_found', 'line_not_found', 'quantity_below_committed', 'order_closed', 'backorder_not_allowed', 'preorder_cap_exceeded'),
        },
      },
    },
    (request, reply) =>
      write(deps, request, reply, 200, (ctx) => amendLine(ctx, orderId(request.params.id), lineNo(request.params), request.body)),
  );
  app.post(
    '/v1/orders/:id/lines',
    {
      config: { permission: 'orders.write', dryRun: true },
      schema: {
        operationId: 'addOrderLine',
        tags,
        summary: 'Add a line: it queues by the order’s entry, after the order’s lines',
        params: Id,
        body: ref(OrderLineInput),
        response: {
          201: ref(Order),
          ...commandProblems('order_not_found', 'item_not_found', 'item_inactive', 'order_closed', 'backorder_not_allowed', 'preorder_cap_exceeded'),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => addOrderLine(ctx, orderId(request.params.id), request.body)),
  );
  app.post(
    '/v1/orders/:id/cancel',
    {
      config: { permission: 'orders.write', dryRun: true },
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
      config: { permission: 'orders.write', dryRun: true },
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
    (request, reply) => write(deps, request, reply, 200, async (ctx) => releaseOrder(ctx, orderId(request.params.id), await releaseSettingsInForce(ctx.db, deps.release))),
  );
  app.get(
    '/v1/orders/:id/history',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'getOrderHistory',
        tags,
        summary: 'Record log of an order, paged (50 by default): oldest first, or newest first with `order=newest`',
        params: Id,
        querystring: HistoryQuery,
        response: { 200: ref(OrderHistory), ...problems('order_not_found', 'validation_failed', 'invalid_cursor') },
      },
    },
    (request) => read(deps, request, (ctx) => orderHistory(ctx, orderId(request.params.id), request.query)),
  );
  app.get(
    '/v1/backorders',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'listBackorders',
        tags,
        summary: 'Waiting lines in queue order, or sorted by age, priority, sku or customer; filtered',
        querystring: BackorderQuery,
        response: { 200: ref(BackorderList), ...problems('validation_failed', 'item_not_found', 'customer_not_found', 'location_not_found') },
      },
    },
    (request) => read(deps, request, async (ctx) => listBackorders(ctx, request.query, { cancelAfterDays: await cancelAfterDaysInForce(ctx.db, deps.cancelAfterDays) })),
  );
  app.get(
    '/v1/backorders/summary',
    {
      config: { permission: 'orders.read' },
      schema: { operationId: 'summariseBackorders', tags, summary: 'The backlog at a glance: waiting lines, units and value, oldest wait, lines late against their dates', response: { 200: ref(BacklogSummary) } },
    },
    (request) => read(deps, request, (ctx) => backlogSummary(ctx)),
  );
  app.get(
    '/v1/backorders/today',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'backlogToday',
        tags,
        summary: 'What needs attention today: lines near their cancellation SLA, fills today, waiting preorders by launch',
        response: { 200: ref(BacklogToday) },
      },
    },
    (request) => read(deps, request, async (ctx) => backlogToday(ctx, await cancelAfterDaysInForce(ctx.db, deps.cancelAfterDays))),
  );
  app.get(
    '/v1/backorders/history',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'backlogHistory',
        tags,
        summary: 'The backlog at the end of each day (units and lines on backorder), from the record log',
        querystring: BacklogHistoryQuery,
        response: { 200: ref(BacklogHistory), ...problems('validation_failed') },
      },
    },
    (request) => read(deps, request, (ctx) => backlogHistory(ctx, request.query)),
  );
};
