import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ref } from '../../contract/common.js';
import { LineExplanation } from '../../contract/explanation.js';
import { lineExplanation } from '../../queries/line-explanation.js';
import { read, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { problems } from './problems.js';
import { cancelAfterDaysInForce } from '../../services/settings/settings-in-force.js';

const Params = Type.Object({ id: Type.String(), lineNo: Type.String() });


/** "Why is this line waiting": the operator's most frequent question, answered in one call. */
export const explanationRoutes: FastifyPluginAsyncTypebox<HttpDeps & { cancelAfterDays?: number | undefined }> = async (app, deps) => {
  app.get(
    '/v1/orders/:id/lines/:lineNo/explanation',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'explainLine',
        tags: ['orders'],
        summary: 'Why a line waits: queue place, units ahead, free stock, the supply that covers it, release block, cancellation date; or why it does not',
        params: Params,
        response: { 200: ref(LineExplanation), ...problems('order_not_found', 'line_not_found') },
      },
    },
    (request) =>
      read(deps, request, async (ctx) =>
        lineExplanation(
          ctx,
          idOf(request.params.id, 'order_not_found', 'order'),
          idOf(request.params.lineNo, 'line_not_found', 'line'),
          await cancelAfterDaysInForce(ctx.db, deps.cancelAfterDays),
        ),
      ),
  );
};
