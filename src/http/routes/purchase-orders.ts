import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  cancelPurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  receivePurchaseOrder,
} from '../../services/supply/purchase-orders.js';
import { purchaseOrderView } from '../../queries/purchase-order-view.js';
import { listPurchaseOrderPage } from '../../queries/supply-order-lists.js';
import { read, write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { noBodyIsEmpty } from '../optional-body.js';
import { optionalBody } from '../validation.js';
import { ReasonInput, ref } from '../../contract/common.js';
import { PurchaseOrder, PurchaseOrderInput, PurchaseOrderList, PurchaseOrderQuery, ReceiptLines } from '../../contract/supply.js';
import { commandProblems, problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });
const poId = (raw: string) => idOf(raw, 'purchase_order_not_found', 'purchase order');

/** A supply line names an existing stocked item and, optionally, the order line it is raised for. */
export const supplyLineRefusals = [
  'item_not_found',
  'service_item_has_no_stock',
  'order_not_found',
  'line_not_found',
  'linked_line_item_mismatch',
] as const;

export const purchaseOrderRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['purchase orders'];
  app.post(
    '/v1/purchase-orders',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'createPurchaseOrder',
        tags,
        summary: 'Raise a purchase order (supply with a date); lines may name the order line they are for; dropShip ships straight to the customer',
        body: ref(PurchaseOrderInput),
        response: { 201: ref(PurchaseOrder), ...commandProblems('location_not_found', ...supplyLineRefusals) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createPurchaseOrder(ctx, request.body)),
  );
  app.get(
    '/v1/purchase-orders',
    {
      config: { permission: 'supply.read' },
      schema: {
        operationId: 'listPurchaseOrders',
        tags,
        summary: 'Purchase orders, newest first, filtered by status (any of), supplier, location and sku; `limit` and `cursor` page',
        querystring: PurchaseOrderQuery,
        response: { 200: ref(PurchaseOrderList), ...problems('validation_failed', 'invalid_cursor', 'location_not_found', 'item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => listPurchaseOrderPage(ctx, request.query)),
  );
  app.get(
    '/v1/purchase-orders/:id',
    {
      config: { permission: 'supply.read' },
      schema: {
        operationId: 'getPurchaseOrder',
        tags,
        summary: 'Read a purchase order',
        params: Id,
        response: { 200: ref(PurchaseOrder), ...problems('purchase_order_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => purchaseOrderView(ctx.db, poId(request.params.id))),
  );
  app.post(
    '/v1/purchase-orders/:id/receive',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'receivePurchaseOrder',
        tags,
        summary: 'Receive all that is open, or the given line quantities: a receipt that fills the queue (linked lines first); a drop shipment is confirmed and ships its lines',
        params: Id,
        body: optionalBody(ref(ReceiptLines)),
        response: {
          200: ref(PurchaseOrder),
          ...commandProblems(
            'purchase_order_not_found',
            'transition_not_allowed',
            'duplicate_line',
            'line_not_found',
            'receipt_exceeds_open',
            'drop_ship_exceeds_open',
          ),
        },
      },
      preValidation: noBodyIsEmpty,
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => receivePurchaseOrder(ctx, poId(request.params.id), request.body)),
  );
  app.post(
    '/v1/purchase-orders/:id/confirm',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'confirmPurchaseOrder',
        tags,
        summary: 'Confirm a draft: its lines become expected supply',
        params: Id,
        response: { 200: ref(PurchaseOrder), ...commandProblems('purchase_order_not_found', 'transition_not_allowed') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => confirmPurchaseOrder(ctx, poId(request.params.id))),
  );
  app.post(
    '/v1/purchase-orders/:id/cancel',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'cancelPurchaseOrder',
        tags,
        summary: 'Cancel what is still open',
        params: Id,
        body: optionalBody(ref(ReasonInput)),
        response: { 200: ref(PurchaseOrder), ...commandProblems('purchase_order_not_found', 'transition_not_allowed') },
      },
      preValidation: noBodyIsEmpty,
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => cancelPurchaseOrder(ctx, poId(request.params.id), request.body.reason)),
  );
};
