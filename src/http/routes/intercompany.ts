import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Code, ref } from '../../contract/common.js';
import { IntercompanyCustomer, IntercompanyCustomerInput, IntercompanyLinkInput, IntercompanyLinks } from '../../contract/intercompany.js';
import { intercompanyView, linkIntercompanyOrder, setIntercompanyCustomer } from '../../services/orders/intercompany.js';
import { read, write, type HttpDeps } from '../command.js';
import { idOf } from '../ids.js';
import { commandProblems, problems } from './problems.js';

const OrderId = Type.Object({ id: Type.String() });
const orderId = (raw: string) => idOf(raw, 'order_not_found', 'order');

/** Intercompany orders (docs/domain.md#intercompany-orders). */
export const intercompanyRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['intercompany'];
  app.put(
    '/v1/customers/:code/intercompany',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'setIntercompanyCustomer',
        tags,
        summary: 'Make a customer another company of the group, with its "sync backorder strategy" setting',
        params: Type.Object({ code: Code }),
        body: ref(IntercompanyCustomerInput),
        response: { 200: ref(IntercompanyCustomer), ...commandProblems('customer_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => setIntercompanyCustomer(ctx, request.params.code, request.body.syncBackorderStrategy)),
  );
  app.post(
    '/v1/orders/:id/intercompany',
    {
      config: { permission: 'orders.write', dryRun: true },
      schema: {
        operationId: 'linkIntercompanyOrder',
        tags,
        summary: 'Link this order of an intercompany customer to the original order it supplies; its backorder strategy is initialised from the original',
        params: OrderId,
        body: ref(IntercompanyLinkInput),
        response: { 200: ref(IntercompanyLinks), ...commandProblems('order_not_found', 'customer_not_intercompany', 'intercompany_already_linked', 'intercompany_cycle') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => linkIntercompanyOrder(ctx, orderId(request.params.id), request.body)),
  );
  app.get(
    '/v1/orders/:id/intercompany',
    {
      config: { permission: 'orders.read' },
      schema: {
        operationId: 'getIntercompanyLinks',
        tags,
        summary: 'The original order this one supplies, and the intercompany orders that supply it',
        params: OrderId,
        response: { 200: ref(IntercompanyLinks), ...problems('order_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => intercompanyView(ctx.db, orderId(request.params.id))),
  );
};
