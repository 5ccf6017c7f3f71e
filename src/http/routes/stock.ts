import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { HistoryQuery } from '../../contract/history.js';
import { adjustStock, receiveStock, stockView } from '../../services/stock/stock-changes.js';
import { itemHistory } from '../../queries/history.js';
import { read, write, type HttpDeps } from '../command.js';
import { ref } from '../../contract/common.js';
import { ItemHistory } from '../../contract/history.js';
import { AdjustmentInput, StockInput, StockView } from '../../contract/stock.js';
import { commandProblems, problems } from './problems.js';

const Sku = Type.Object({ sku: Type.String() });
const stockRefusals = ['item_not_found', 'location_not_found', 'service_item_has_no_stock'] as const;

export const stockRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['stock'];
  app.post(
    '/v1/stock/receipts',
    {
      config: { permission: 'stock.write', dryRun: true },
      schema: {
        operationId: 'receiveStock',
        tags,
        summary: 'Receive stock; fills the queue',
        body: ref(StockInput),
        response: { 201: ref(StockView), ...commandProblems(...stockRefusals) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => receiveStock(ctx, 'receipt', request.body)),
  );
  app.post(
    '/v1/stock/returns',
    {
      config: { permission: 'stock.write', dryRun: true },
      schema: {
        operationId: 'returnStock',
        tags,
        summary: 'Book a customer return; fills the queue',
        body: ref(StockInput),
        response: { 201: ref(StockView), ...commandProblems(...stockRefusals) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => receiveStock(ctx, 'return', request.body)),
  );
  app.post(
    '/v1/stock/adjustments',
    {
      config: { permission: 'stock.write', dryRun: true },
      schema: {
        operationId: 'adjustStock',
        tags,
        summary: 'Adjust on hand (signed)',
        body: ref(AdjustmentInput),
        response: { 201: ref(StockView), ...commandProblems(...stockRefusals, 'adjustment_exceeds_stock') },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => adjustStock(ctx, request.body)),
  );
  app.get(
    '/v1/stock/:sku',
    {
      config: { permission: 'stock.read' },
      schema: {
        operationId: 'getStock',
        tags,
        summary: 'Stock and demand of an item, per location',
        params: Sku,
        response: { 200: ref(StockView), ...problems('item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => stockView(ctx, request.params.sku)),
  );
  app.get(
    '/v1/items/:sku/history',
    {
      config: { permission: 'stock.read' },
      schema: {
        operationId: 'getItemHistory',
        tags,
        summary: 'Record log of an item, paged (50 by default): oldest first, or newest first with `order=newest`',
        params: Sku,
        querystring: HistoryQuery,
        response: { 200: ref(ItemHistory), ...problems('item_not_found', 'validation_failed', 'invalid_cursor') },
      },
    },
    (request) => read(deps, request, (ctx) => itemHistory(ctx, request.params.sku, request.query)),
  );
};
