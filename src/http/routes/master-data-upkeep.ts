import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  Customer,
  CustomerChange,
  CustomerList,
  ItemList,
  Location,
  LocationChange,
  LocationList,
  MasterDataQuery,
  Policy,
  PolicyChange,
  PolicyChanged,
  PolicyList,
} from '../../contract/catalog.js';
import { ref } from '../../contract/common.js';
import { getCustomer, getLocation, getPolicy, listCustomers, listItems, listLocations, listPolicies } from '../../queries/master-data-lists.js';
import { changeCustomer, changeLocation, changePolicy } from '../../services/catalog/master-data-change.js';
import { read, write, type HttpDeps } from '../command.js';
import { commandProblems, problems, slaLadderCodes } from './problems.js';

const Code = Type.Object({ code: Type.String() });
const listProblems = problems('validation_failed', 'invalid_cursor');

/** Master-data upkeep: lists with a text search, single reads and changes (deactivation included; nothing is deleted). */
export const masterDataUpkeepRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['master data'];
  const list = (path: string, operationId: string, summary: string, answer: Parameters<typeof ref>[0]) => ({
    path,
    options: {
      config: { permission: 'catalog.read' as const },
      schema: { operationId, tags, summary, querystring: MasterDataQuery, response: { 200: ref(answer), ...listProblems } },
    },
  });

  const items = list('/v1/items', 'listItems', 'Items by SKU; `q` searches SKU and name, `active` filters', ItemList);
  app.get(items.path, items.options, (request) => read(deps, request, (ctx) => listItems(ctx, request.query)));
  const locations = list('/v1/locations', 'listLocations', 'Locations by code; `q` searches code and name, `active` filters', LocationList);
  app.get(locations.path, locations.options, (request) => read(deps, request, (ctx) => listLocations(ctx, request.query)));
  const customers = list('/v1/customers', 'listCustomers', 'Customers by code; `q` searches code and name, `active` filters', CustomerList);
  app.get(customers.path, customers.options, (request) => read(deps, request, (ctx) => listCustomers(ctx, request.query)));
  const policies = list('/v1/fulfillment-policies', 'listFulfillmentPolicies', 'Fulfillment policies by code; `q` searches the code', PolicyList);
  app.get(policies.path, policies.options, (request) => read(deps, request, (ctx) => listPolicies(ctx, request.query)));

  app.get(
    '/v1/locations/:code',
    {
      config: { permission: 'catalog.read' },
      schema: { operationId: 'getLocation', tags, summary: 'Read a location', params: Code, response: { 200: ref(Location), ...problems('location_not_found') } },
    },
    (request) => read(deps, request, (ctx) => getLocation(ctx, request.params.code)),
  );
  app.patch(
    '/v1/locations/:code',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'changeLocation',
        tags,
        summary: 'Change a location: name, priority (where stock is allocated from next; what is allocated stays), `active: false` deactivates',
        params: Code,
        body: ref(LocationChange),
        response: { 200: ref(Location), ...commandProblems('location_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeLocation(ctx, request.params.code, request.body)),
  );
  app.get(
    '/v1/customers/:code',
    {
      config: { permission: 'catalog.read' },
      schema: { operationId: 'getCustomer', tags, summary: 'Read a customer', params: Code, response: { 200: ref(Customer), ...problems('customer_not_found') } },
    },
    (request) => read(deps, request, (ctx) => getCustomer(ctx, request.params.code)),
  );
  app.patch(
    '/v1/customers/:code',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'changeCustomer',
        tags,
        summary:
          'Change a customer: priority, ship type and default policy apply to new orders only (entered orders keep theirs); `active: false` deactivates: no new orders, open orders keep their place',
        params: Code,
        body: ref(CustomerChange),
        response: { 200: ref(Customer), ...commandProblems('customer_not_found', 'fulfillment_policy_not_found') },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeCustomer(ctx, request.params.code, request.body)),
  );
  app.get(
    '/v1/fulfillment-policies/:code',
    {
      config: { permission: 'catalog.read' },
      schema: {
        operationId: 'getFulfillmentPolicy',
        tags,
        summary: 'Read a fulfillment policy',
        params: Code,
        response: { 200: ref(Policy), ...problems('fulfillment_policy_not_found') },
      },
    },
    (request) => read(deps, request, (ctx) => getPolicy(ctx, request.params.code)),
  );
  app.patch(
    '/v1/fulfillment-policies/:code',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'changeFulfillmentPolicy',
        tags,
        summary:
          'Change a policy: its rate, violation level, cancellation days and cross-dock switch apply at once; a new strategy or preventPartialDelivery ' +
          'is carried to its open orders (a strategy of their own stays), each in its record log; the SLA ladder applies at its next walk; `active: false` deactivates',
        params: Code,
        body: ref(PolicyChange),
        response: { 200: ref(PolicyChanged), ...commandProblems('fulfillment_policy_not_found', ...slaLadderCodes) },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changePolicy(ctx, request.params.code, request.body)),
  );
};
