import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { purchaseShortage, transferShortage } from '../../services/supply/order-sourcing.js';
import { splitOrder } from '../../services/orders/order-split.js';
import { write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { noBodyIsEmpty } from '../optional-body.js';
import { SplitResult } from '../../contract/orders.js';
import { ShortagePurchaseInput, ShortagePurchaseResult, ShortageTransferInput } from '../../contract/sourcing.js';
import { TransferOrder } from '../../contract/supply.js';
import { problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });
const orderId = (raw: string) => idOf(raw, 'order_not_found', 'order');

/** The ways to handle an order's backorder beyond waiting for stock (ways 2, 3, 5 and 6). */
export const orderSourcingRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['orders'];
  app.post(
    '/v1/orders/:id/split',
    {
      schema: {
        tags,
        summary: 'Close the order after what can ship now and open a new order holding the backordered remainder (keeps its queue place)',
        params: Id,
        response: { 201: SplitResult, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => splitOrder(ctx, orderId(request.params.id))),
  );
  app.post(
    '/v1/orders/:id/purchase-orders',
    {
      schema: {
        tags,
        summary: "Raise purchase orders for the order's shortage (linked to its lines) plus each item's minimum level; dropShip: the supplier ships to the customer",
        params: Id,
        body: ShortagePurchaseInput,
        response: { 201: ShortagePurchaseResult, ...problems },
      },
      preValidation: noBodyIsEmpty,
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => purchaseShortage(ctx, orderId(request.params.id), request.body)),
  );
  app.post(
    '/v1/orders/:id/transfer-orders',
    {
      schema: {
        tags,
        summary: "Raise a transfer to the order's location of what its lines lack there",
        params: Id,
        body: ShortageTransferInput,
        response: { 201: TransferOrder, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => transferShortage(ctx, orderId(request.params.id), request.body)),
  );
};
