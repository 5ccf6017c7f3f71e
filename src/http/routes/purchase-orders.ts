import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  cancelPurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  receivePurchaseOrder,
} from '../../services/supply/purchase-orders.js';
import { listPurchaseOrderViews, purchaseOrderView } from '../../queries/purchase-order-view.js';
import { read, write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { noBodyIsEmpty } from '../optional-body.js';
import { PurchaseOrder, PurchaseOrderInput, PurchaseOrderList, PurchaseOrderQuery, ReasonInput, ReceiptLines } from '../../contract/supply.js';
import { problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });
const poId = (raw: string) => idOf(raw, 'purchase_order_not_found', 'purchase order');

export const purchaseOrderRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['purchase orders'];
  app.post(
    '/v1/purchase-orders',
    {
      schema: {
        tags,
        summary: 'Raise a purchase order (supply with a date); lines may name the order line they are for; dropShip ships straight to the customer',
        body: PurchaseOrderInput,
        response: { 201: PurchaseOrder, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createPurchaseOrder(ctx, request.body)),
  );
  app.get(
    '/v1/purchase-orders',
    { schema: { tags, summary: 'Purchase orders, newest first', querystring: PurchaseOrderQuery, response: { 200: PurchaseOrderList, ...problems } } },
    (request) => read(deps, request, (ctx) => listPurchaseOrderViews(ctx.db, request.query)),
  );
  app.get(
    '/v1/purchase-orders/:id',
    { schema: { tags, summary: 'Read a purchase order', params: Id, response: { 200: PurchaseOrder, ...problems } } },
    (request) => read(deps, request, (ctx) => purchaseOrderView(ctx.db, poId(request.params.id))),
  );
  app.post(
    '/v1/purchase-orders/:id/receive',
    {
      schema: {
        tags,
        summary: 'Receive all that is open, or the given line quantities: a receipt that fills the queue (linked lines first); a drop shipment is confirmed and ships its lines',
        params: Id,
        body: ReceiptLines,
        response: { 200: PurchaseOrder, ...problems },
      },
      preValidation: noBodyIsEmpty,
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => receivePurchaseOrder(ctx, poId(request.params.id), request.body)),
  );
  app.post(
    '/v1/purchase-orders/:id/confirm',
    { schema: { tags, summary: 'Confirm a draft: its lines become expected supply', params: Id, response: { 200: PurchaseOrder, ...problems } } },
    (request, reply) => write(deps, request, reply, 200, (ctx) => confirmPurchaseOrder(ctx, poId(request.params.id))),
  );
  app.post(
    '/v1/purchase-orders/:id/cancel',
    { schema: { tags, summary: 'Cancel what is still open', params: Id, body: ReasonInput, response: { 200: PurchaseOrder, ...problems } }, preValidation: noBodyIsEmpty },
    (request, reply) => write(deps, request, reply, 200, (ctx) => cancelPurchaseOrder(ctx, poId(request.params.id), request.body.reason)),
  );
};
