import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { adjustStock, receiveStock, stockView } from '../../services/stock/stock-changes.js';
import { itemHistory } from '../../queries/history.js';
import { read, write, type HttpDeps } from '../command.js';
import { ItemHistory } from '../../contract/history.js';
import { AdjustmentInput, StockInput, StockView } from '../../contract/stock.js';
import { problems } from './problems.js';

const Sku = Type.Object({ sku: Type.String() });

export const stockRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['stock'];
  app.post(
    '/v1/stock/receipts',
    { schema: { tags, summary: 'Receive stock; fills the queue', body: StockInput, response: { 201: StockView, ...problems } } },
    (request, reply) => write(deps, request, reply, 201, (ctx) => receiveStock(ctx, 'receipt', request.body)),
  );
  app.post(
    '/v1/stock/returns',
    { schema: { tags, summary: 'Book a customer return; fills the queue', body: StockInput, response: { 201: StockView, ...problems } } },
    (request, reply) => write(deps, request, reply, 201, (ctx) => receiveStock(ctx, 'return', request.body)),
  );
  app.post(
    '/v1/stock/adjustments',
    { schema: { tags, summary: 'Adjust on hand (signed)', body: AdjustmentInput, response: { 201: StockView, ...problems } } },
    (request, reply) => write(deps, request, reply, 201, (ctx) => adjustStock(ctx, request.body)),
  );
  app.get(
    '/v1/stock/:sku',
    { schema: { tags, summary: 'Stock and demand of an item, per location', params: Sku, response: { 200: StockView, ...problems } } },
    (request) => read(deps, request, (ctx) => stockView(ctx, request.params.sku)),
  );
  app.get(
    '/v1/items/:sku/history',
    {
      schema: {
        tags,
        summary: 'Record log of an item',
        params: Sku,
        response: { 200: ItemHistory, ...problems },
      },
    },
    (request) => read(deps, request, (ctx) => itemHistory(ctx, request.params.sku)),
  );
};
