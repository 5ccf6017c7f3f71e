import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { replenishmentSuggestions } from '../../services/supply/replenishment.js';
import { read, type HttpDeps } from '../command.js';
import { Code, Name } from '../schemas.js';
import { problems } from './problems.js';

const Suggestions = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      sku: Type.String(),
      supplier: Type.String(),
      location: Type.String(),
      backordered: Type.Integer(),
      available: Type.Integer(),
      inbound: Type.Integer(),
      minLevel: Type.Integer(),
      reorderQuantity: Type.Integer(),
      quantity: Type.Integer(),
      expectedDate: Type.String(),
    }),
  ),
});

export const replenishmentRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  app.get(
    '/v1/replenishment/suggestions',
    {
      schema: {
        tags: ['supply'],
        summary: 'Per item and supplier: what covers the backorders and reaches the minimum level, net of inbound',
        querystring: Type.Object({ supplier: Type.Optional(Name), sku: Type.Optional(Code) }, { additionalProperties: false }),
        response: { 200: Suggestions, ...problems },
      },
    },
    (request) => read(deps, request, (ctx) => replenishmentSuggestions(ctx, request.query)),
  );
};
