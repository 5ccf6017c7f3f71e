import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { createCustomer, createItem, createLocation, createPolicy } from '../../services/catalog/master-data.js';
import { getItem } from '../../queries/master-data-lists.js';
import { read, write, type HttpDeps } from '../command.js';
import { changeItem } from '../../services/catalog/item-change.js';
import { Customer, CustomerInput, Item, ItemChange, ItemInput, Location, LocationInput, Policy, PolicyInput } from '../../contract/catalog.js';
import { ref } from '../../contract/common.js';
import { commandProblems, problems, slaLadderCodes } from './problems.js';

export const masterDataRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['master data'];
  app.post(
    '/v1/items',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'createItem',
        tags,
        summary: 'Create an item',
        body: ref(ItemInput),
        response: {
          201: ref(Item),
          ...commandProblems('item_exists', 'location_not_found', 'item_group_not_found', 'item_group_inactive', 'rationing_on_service_item', 'customer_cap_not_positive', 'customer_cap_invalid'),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createItem(ctx, request.body)),
  );
  app.get(
    '/v1/items/:sku',
    {
      config: { permission: 'catalog.read' },
      schema: {
        operationId: 'getItem',
        tags,
        summary: 'Read an item',
        params: Type.Object({ sku: Type.String() }),
        response: { 200: ref(Item), ...problems('item_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => getItem(ctx, request.params.sku)),
  );
  app.patch(
    '/v1/items/:sku',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'changeItem',
        tags,
        summary:
          'Change an item: name, price, preorder terms (null ends preorders), rationing (fair share, customer cap: applies to stock allocated from then on; what it leaves unset it inherits from its group), its item group; `active: false` deactivates: no new orders, open orders keep their place',
        params: Type.Object({ sku: Type.String() }),
        body: ref(ItemChange),
        response: {
          200: ref(Item),
          ...commandProblems('item_not_found', 'location_not_found', 'item_group_not_found', 'item_group_inactive', 'rationing_on_service_item', 'customer_cap_not_positive', 'customer_cap_invalid'),
        },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeItem(ctx, request.params.sku, request.body)),
  );
  app.post(
    '/v1/locations',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'createLocation',
        tags,
        summary: 'Create a location',
        body: ref(LocationInput),
        response: { 201: ref(Location), ...commandProblems('location_exists') },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createLocation(ctx, request.body)),
  );
  app.post(
    '/v1/customers',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'createCustomer',
        tags,
        summary: 'Create a customer',
        body: ref(CustomerInput),
        response: { 201: ref(Customer), ...commandProblems('customer_exists', 'fulfillment_policy_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createCustomer(ctx, request.body)),
  );
  app.post(
    '/v1/fulfillment-policies',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'createFulfillmentPolicy',
        tags,
        summary: 'Create a fulfillment policy',
        body: ref(PolicyInput),
        response: { 201: ref(Policy), ...commandProblems('fulfillment_policy_exists', 'fulfillment_policy_not_found', ...slaLadderCodes) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createPolicy(ctx, request.body)),
  );
};
