import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { cancelTransferOrder, createTransferOrder, receiveTransferOrder, shipTransferOrder } from '../../services/supply/transfer-orders.js';
import { transferOrderView } from '../../queries/transfer-order-view.js';
import { listTransferOrderPage } from '../../queries/supply-order-lists.js';
import { read, write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { noBodyIsEmpty } from '../optional-body.js';
import { optionalBody } from '../validation.js';
import { ReasonInput, ref } from '../../contract/common.js';
import { TransferOrder, TransferOrderInput, TransferOrderList, TransferOrderQuery } from '../../contract/supply.js';
import { commandProblems, problems } from './problems.js';
import { supplyLineRefusals } from './purchase-orders.js';

const Id = Type.Object({ id: Type.String() });
const toId = (raw: string) => idOf(raw, 'transfer_order_not_found', 'transfer order');

export const transferOrderRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['transfer orders'];
  app.post(
    '/v1/transfer-orders',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'createTransferOrder',
        tags,
        summary: 'Plan a transfer between two locations; lines may name the order line they are for',
        body: ref(TransferOrderInput),
        response: { 201: ref(TransferOrder), ...commandProblems('location_not_found', 'same_location', ...supplyLineRefusals) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createTransferOrder(ctx, request.body)),
  );
  app.get(
    '/v1/transfer-orders',
    {
      config: { permission: 'supply.read' },
      schema: {
        operationId: 'listTransferOrders',
        tags,
        summary: 'Transfer orders, newest first, filtered by status (any of), from, to, location (either end) and sku; `limit` and `cursor` page',
        querystring: TransferOrderQuery,
        response: { 200: ref(TransferOrderList), ...problems('validation_failed', 'invalid_cursor', 'location_not_found', 'item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => listTransferOrderPage(ctx, request.query)),
  );
  app.get(
    '/v1/transfer-orders/:id',
    {
      config: { permission: 'supply.read' },
      schema: {
        operationId: 'getTransferOrder',
        tags,
        summary: 'Read a transfer order',
        params: Id,
        response: { 200: ref(TransferOrder), ...problems('transfer_order_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => transferOrderView(ctx.db, toId(request.params.id))),
  );
  app.post(
    '/v1/transfer-orders/:id/ship',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'shipTransferOrder',
        tags,
        summary: 'Ship at the source: the stock leaves it (in transit)',
        params: Id,
        response: { 200: ref(TransferOrder), ...commandProblems('transfer_order_not_found', 'transition_not_allowed', 'transfer_exceeds_available') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => shipTransferOrder(ctx, toId(request.params.id))),
  );
  app.post(
    '/v1/transfer-orders/:id/receive',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'receiveTransferOrder',
        tags,
        summary: 'Receive at the destination: a receipt there (linked lines first)',
        params: Id,
        response: { 200: ref(TransferOrder), ...commandProblems('transfer_order_not_found', 'transition_not_allowed') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => receiveTransferOrder(ctx, toId(request.params.id))),
  );
  app.post(
    '/v1/transfer-orders/:id/cancel',
    {
      config: { permission: 'supply.write', dryRun: true },
      schema: {
        operationId: 'cancelTransferOrder',
        tags,
        summary: 'Cancel a transfer that has not shipped',
        params: Id,
        body: optionalBody(ref(ReasonInput)),
        response: { 200: ref(TransferOrder), ...commandProblems('transfer_order_not_found', 'transition_not_allowed') },
      },
      preValidation: noBodyIsEmpty,
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => cancelTransferOrder(ctx, toId(request.params.id), request.body.reason)),
  );
};
