import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createCustomer, createItem, createLocation, createPolicy, getItem } from '../../services/catalog/master-data.js';
import { read, write, type HttpDeps } from '../command.js';
import { changeItem } from '../../services/catalog/item-change.js';
import { Customer, CustomerInput, Item, ItemChange, ItemInput, Location, LocationInput, Policy, PolicyInput } from '../../contract/catalog.js';
import { problems } from './problems.js';

export const masterDataRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  app.post(
    '/v1/items',
    { schema: { tags: ['master data'], summary: 'Create an item', body: ItemInput, response: { 201: Item, ...problems } } },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createItem(ctx, request.body)),
  );
  app.get(
    '/v1/items/:sku',
    {
      schema: { tags: ['master data'], summary: 'Read an item', params: Type.Object({ sku: Type.String() }), response: { 200: Item, ...problems } },
    },
    (request) => read(deps, request, (ctx) => getItem(ctx, request.params.sku)),
  );
  app.patch(
    '/v1/items/:sku',
    {
      schema: {
        tags: ['master data'],
        summary: 'Change an item: name, price, preorder terms (null ends preorders)',
        params: Type.Object({ sku: Type.String() }),
        body: ItemChange,
        response: { 200: Item, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeItem(ctx, request.params.sku, request.body)),
  );
  app.post(
    '/v1/locations',
    { schema: { tags: ['master data'], summary: 'Create a location', body: LocationInput, response: { 201: Location, ...problems } } },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createLocation(ctx, request.body)),
  );
  app.post(
    '/v1/customers',
    { schema: { tags: ['master data'], summary: 'Create a customer', body: CustomerInput, response: { 201: Customer, ...problems } } },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createCustomer(ctx, request.body)),
  );
  app.post(
    '/v1/fulfillment-policies',
    {
      schema: {
        tags: ['master data'],
        summary: 'Create a fulfillment policy',
        body: PolicyInput,
        response: { 201: Policy, ...problems },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createPolicy(ctx, request.body)),
  );
};
