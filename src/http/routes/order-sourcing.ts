import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { purchaseShortage, transferShortage } from '../../services/supply/order-sourcing.js';
import { splitOrder } from '../../services/orders/order-split.js';
import { write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { noBodyIsEmpty } from '../optional-body.js';
import { optionalBody } from '../validation.js';
import { ref } from '../../contract/common.js';
import { SplitResult } from '../../contract/orders.js';
import { ShortagePurchaseInput, ShortagePurchaseResult, ShortageTransferInput } from '../../contract/sourcing.js';
import { TransferOrder } from '../../contract/supply.js';
import { commandProblems } from './problems.js';

const Id = Type.Object({ id: Type.String() });
const orderId = (raw: string) => idOf(raw, 'order_not_found', 'order');

/** The ways to handle an order's backorder beyond waiting for stock: split it, purchase or transfer its shortage. */
export const orderSourcingRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['orders'];
  app.post(
    '/v1/orders/:id/split',
    {
      config: { permission: 'orders.write', dryRun: true },
      schema: {
        operationId: 'splitOrder',
        tags,
        summary: 'Close the order after what can ship now and open a new order holding the backordered remainder (keeps its queue place)',
        params: Id,
        response: { 201: ref(SplitResult), ...commandProblems('order_not_found', 'nothing_to_split') },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => splitOrder(ctx, orderId(request.params.id))),
  );
  app.post(
    '/v1/orders/:id/purchase-orders',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'purchaseOrderShortage',
        tags,
        summary: "Raise purchase orders for the order's shortage (linked to its lines) plus each item's minimum level; dropShip: the supplier ships to the customer",
        params: Id,
        body: optionalBody(ref(ShortagePurchaseInput)),
        response: {
          201: ref(ShortagePurchaseResult),
          ...commandProblems('order_not_found', 'location_not_found', 'no_supplier', 'nothing_to_source'),
        },
      },
      preValidation: noBodyIsEmpty,
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => purchaseShortage(ctx, orderId(request.params.id), request.body)),
  );
  app.post(
    '/v1/orders/:id/transfer-orders',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'transferOrderShortage',
        tags,
        summary: "Raise a transfer to the order's location of what its lines lack there",
        params: Id,
        body: ref(ShortageTransferInput),
        response: {
          201: ref(TransferOrder),
          ...commandProblems('order_not_found', 'location_not_found', 'order_has_no_location', 'same_location', 'nothing_to_source'),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => transferShortage(ctx, orderId(request.params.id), request.body)),
  );
};
