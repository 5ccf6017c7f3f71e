import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { refuse } from '../../domain/refusal.js';
import { shipmentHistory } from '../../queries/history.js';
import { shipShipment, voidShipment } from '../../services/release/shipment-posting.js';
import { listShipments, shipmentView } from '../../queries/shipment-view.js';
import { read, write, type HttpDeps } from '../command.js';
import { optionalBody } from '../validation.js';
import { ShipmentHistory } from '../../contract/history.js';
import { ShipInput, Shipment, ShipmentList, ShipmentQuery, VoidInput } from '../../contract/shipments.js';
import { problems } from './problems.js';

const Id = Type.Object({ id: Type.String() });

function shipmentId(raw: string): number {
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
  return id ?? refuse('shipment_not_found', `No shipment has id ${raw}.`, { shipmentId: raw });
}

export const shipmentRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['shipments'];
  app.get(
    '/v1/shipments',
    { schema: { tags, summary: 'Shipments by status and customer, in id order', querystring: ShipmentQuery, response: { 200: ShipmentList, ...problems } } },
    (request) => read(deps, request, (ctx) => listShipments(ctx, request.query)),
  );
  app.get(
    '/v1/shipments/:id',
    { schema: { tags, summary: 'Read a shipment', params: Id, response: { 200: Shipment, ...problems } } },
    (request) => read(deps, request, (ctx) => shipmentView(ctx.db, shipmentId(request.params.id))),
  );
  app.post(
    '/v1/shipments/:id/ship',
    {
      schema: {
        tags,
        summary: 'Ship a pending shipment; lines named with a smaller quantity are short picks (back to backorder, stock written off)',
        params: Id,
        body: optionalBody(ShipInput),
        response: { 200: Shipment, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => shipShipment(ctx, shipmentId(request.params.id), request.body ?? {})),
  );
  app.post(
    '/v1/shipments/:id/void',
    {
      schema: {
        tags,
        summary: 'Void a pending shipment; its quantities return to allocated-unreleased',
        params: Id,
        body: optionalBody(VoidInput),
        response: { 200: Shipment, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => voidShipment(ctx, shipmentId(request.params.id), request.body?.reason)),
  );
  app.get(
    '/v1/shipments/:id/history',
    {
      schema: {
        tags,
        summary: 'Record log of a shipment',
        params: Id,
        response: { 200: ShipmentHistory, ...problems },
      },
    },
    (request) =>
      read(deps, request, async (ctx) => {
        const id = shipmentId(request.params.id);
        await shipmentView(ctx.db, id);
        return shipmentHistory(ctx, id);
      }),
  );
};
