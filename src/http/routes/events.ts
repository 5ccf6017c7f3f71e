import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listEvents } from '../../services/stock/arrival-alert.js';
import { readFeed } from '../../services/events/event-feed.js';
import { read, type HttpDeps } from '../command.js';
import { ref } from '../../contract/common.js';
import { EventFeed, EventFeedQuery } from '../../contract/events.js';
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
        summary: 'Domain events in commit order, without gaps; page with `cursor` = `nextCursor`, or poll with `after` = `next`',
        description:
          'Every event of a committed change, oldest first, paged by a cursor that never skips an event committed late ' +
          '(docs/design.md, "Events and webhooks"). Filters: `type` (comma-separated), `order`, `customer`, `sku`. ' +
          '`nextCursor` is null once a page reaches what is committed so far; `next` always resumes (also then), and ' +
          '`events` repeats `items` (both names from before the paging convention).',
        querystring: EventFeedQuery,
        response: { 200: ref(EventFeed), ...problems('validation_failed', 'unknown_event_type', 'invalid_cursor', 'invalid_event_cursor', 'customer_not_found', 'item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => readFeed(ctx, request.query)),
  );
  app.get(
    '/v1/stock-arrivals',
    {
      config: { permission: 'events.read' },
      schema: {
        operationId: 'listStockArrivals',
        tags: ['events'],
        summary: 'Stock-arrival alerts after an alert id, oldest first; ask again with `after` = `next`',
        querystring: EventQuery,
        response: { 200: ref(StockArrivals), ...problems('validation_failed') },
      },
    },
    (request) => read(deps, request, (ctx) => listEvents(ctx, request.query.after ?? 0, request.query.limit ?? 100)),
  );
};
