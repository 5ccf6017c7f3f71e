import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listEvents } from '../../services/stock/arrival-alert.js';
import { read, type HttpDeps } from '../command.js';
import { ref } from '../../contract/common.js';
import { EventQuery, StockArrivals } from '../../contract/stock.js';
import { problems } from './problems.js';

export const eventRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  app.get(
    '/v1/events',
    {
      config: { permission: 'events.read' },
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'Stock-arrival alerts after an event id, oldest first; ask again with `after` = `next`',
        querystring: EventQuery,
        response: { 200: ref(StockArrivals), ...problems('validation_failed') },
      },
    },
    (request) => read(deps, request, (ctx) => listEvents(ctx, request.query.after ?? 0, request.query.limit ?? 100)),
  );
};
