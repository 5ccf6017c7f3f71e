import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { HistoryQuery } from '../../contract/history.js';
import { refuse } from '../../domain/refusal.js';
import { shipmentHistory } from '../../queries/history.js';
import { shipShipment, voidShipment } from '../../services/release/shipment-posting.js';
import { listShipments, shipmentView } from '../../queries/shipment-view.js';
import { read, write, type HttpDeps } from '../command.js';
import { optionalBody } from '../validation.js';
import { ReasonInput, ref } from '../../contract/common.js';
import { ShipmentHistory } from '../../contract/history.js';
import { ShipInput, Shipment, ShipmentList, ShipmentQuery } from '../../contract/shipments.js';
import { commandProblems, problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });

function shipmentId(raw: string): number {
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
  return id ?? refuse('shipment_not_found', `No shipment has id ${raw}.`, { shipmentId: raw });
}

export const shipmentRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['shipments'];
  app.get(
    '/v1/shipments',
    {
      config: { permission: 'shipments.read' },
      schema: {
        operationId: 'listShipments',
        tags,
        summary: 'Shipments by status, customer and location, in id order',
        querystring: ShipmentQuery,
        response: { 200: ref(ShipmentList), ...problems('validation_failed', 'invalid_cursor', 'customer_not_found', 'location_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => listShipments(ctx, request.query)),
  );
  app.get(
    '/v1/shipments/:id',
    { config: { permission: 'shipments.read' }, schema: { operationId: 'getShipment', tags, summary: 'Read a shipment', params: Id, response: { 200: ref(Shipment), ...problems('shipment_not_found') } } },
    (request) => read(deps, request, (ctx) => shipmentView(ctx.db, shipmentId(request.params.id))),
  );
  app.post(
    '/v1/shipments/:id/ship',
    {
      config: { permission: 'shipments.write', dryRun: true },
      schema: {
        operationId: 'shipShipment',
        tags,
        summary: 'Ship a pending shipment; lines named with a smaller quantity are short picks (back to backorder, stock written off)',
        params: Id,
        body: optionalBody(ref(ShipInput)),
        response: {
          200: ref(Shipment),
          ...commandProblems(
            'shipment_not_found',
            'shipment_already_shipped',
            'shipment_already_voided',
            'shipment_line_not_found',
            'duplicate_line',
            'ship_exceeds_released',
          ),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => shipShipment(ctx, shipmentId(request.params.id), request.body ?? {})),
  );
  app.post(
    '/v1/shipments/:id/void',
    {
      config: { permission: 'shipments.write', dryRun: true },
      schema: {
        operationId: 'voidShipment',
        tags,
        summary: 'Void a pending shipment; its quantities return to allocated-unreleased',
        params: Id,
        body: optionalBody(ref(ReasonInput)),
        response: { 200: ref(Shipment), ...commandProblems('shipment_not_found', 'shipment_already_shipped', 'shipment_already_voided') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => voidShipment(ctx, shipmentId(request.params.id), request.body?.reason)),
  );
  app.get(
    '/v1/shipments/:id/history',
    {
      config: { permission: 'shipments.read' },
      schema: {
        operationId: 'getShipmentHistory',
        tags,
        summary: 'Record log of a shipment, paged (50 by default): oldest first, or newest first with `order=newest`',
        params: Id,
        querystring: HistoryQuery,
        response: { 200: ref(ShipmentHistory), ...problems('shipment_not_found', 'validation_failed', 'invalid_cursor') },
      },
    },
    (request) =>
      read(deps, request, async (ctx) => {
        const id = shipmentId(request.params.id);
        await shipmentView(ctx.db, id);
        return shipmentHistory(ctx, id, request.query);
      }),
  );
};
