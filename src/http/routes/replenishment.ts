import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { replenishmentSuggestions } from '../../services/supply/replenishment.js';
import { read, type HttpDeps } from '../command.js';
import { ref } from '../../contract/common.js';
import { ReplenishmentSuggestions, SuggestionFilter } from '../../contract/supply.js';
import { problems } from './problems.js';

export const replenishmentRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  app.get(
    '/v1/replenishment/suggestions',
    {
      config: { permission: 'supply.read' },
      schema: {
        operationId: 'listReplenishmentSuggestions',
        tags: ['supply'],
        summary: 'Per item and supplier: what covers the backorders and reaches the minimum level, net of inbound',
        querystring: SuggestionFilter,
        response: { 200: ref(ReplenishmentSuggestions), ...problems('validation_failed', 'item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => replenishmentSuggestions(ctx, request.query)),
  );
};
