import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { listEvents } from '../../services/stock/arrival-alert.js';
import { read, type HttpDeps } from '../command.js';
import { problems } from './problems.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const Events = Type.Object({
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Type.String(),
      type: Type.String(),
      sku: Nullable(Type.String()),
      location: Nullable(Type.String()),
      reference: Nullable(Type.String()),
      received: Nullable(Type.Integer()),
      filled: Type.Integer(),
      orders: Type.Array(
        Type.Object({ orderId: Type.Integer(), lines: Type.Array(Type.Object({ lineNo: Type.Integer(), quantity: Type.Integer() })) }),
      ),
    }),
  ),
  next: Type.Integer(),
});

export const eventRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  app.get(
    '/v1/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Stock-arrival alerts after an event id, oldest first; ask again with `after` = `next`',
        querystring: Type.Object(
          { after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) },
          { additionalProperties: false },
        ),
        response: { 200: Events, ...problems },
      },
    },
    (request) => read(deps, request, (ctx) => listEvents(ctx, request.query.after ?? 0, request.query.limit ?? 100)),
  );
};
