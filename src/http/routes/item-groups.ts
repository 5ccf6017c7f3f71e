import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ItemGroup, ItemGroupChange, ItemGroupInput, ItemGroupList, MasterDataQuery } from '../../contract/catalog.js';
import { ref } from '../../contract/common.js';
import { getItemGroup, listItemGroups } from '../../queries/master-data-lists.js';
import { changeItemGroup, createItemGroup } from '../../services/catalog/item-groups.js';
import { read, write, type HttpDeps } from '../command.js';
import { commandProblems, problems } from './problems.js';

const Code = Type.Object({ code: Type.String() });
const rationingCodes = ['customer_cap_not_positive', 'customer_cap_invalid'] as const;

/** Item groups (docs/domain.md#rationing): the rule and cap their items inherit; listed, read, created, changed, deactivated. */
export const itemGroupRoutes: FastifyPluginAsyncTypebox<HttpDeps> = async (app, deps) => {
  const tags = ['master data'];
  app.get(
    '/v1/item-groups',
    {
      config: { permission: 'catalog.read' },
      schema: {
        operationId: 'listItemGroups',
        tags,
        summary: 'Item groups by code; `q` searches code and name, `active` filters',
        querystring: MasterDataQuery,
        response: { 200: ref(ItemGroupList), ...problems('validation_failed', 'invalid_cursor') },
      },
    },
    (request) => read(deps, request, (ctx) => listItemGroups(ctx, request.query)),
  );
  app.post(
    '/v1/item-groups',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'createItemGroup',
        tags,
        summary: 'Create an item group: the allocation rule (`queue` unless given) and customer cap its items inherit where they set none',
        body: ref(ItemGroupInput),
        response: { 201: ref(ItemGroup), ...commandProblems('item_group_exists', ...rationingCodes) },
      },
    },
    (request, reply) => write(deps, request, reply, 201, (ctx) => createItemGroup(ctx, request.body)),
  );
  app.get(
    '/v1/item-groups/:code',
    {
      config: { permission: 'catalog.read' },
      schema: { operationId: 'getItemGroup', tags, summary: 'Read an item group', params: Code, response: { 200: ref(ItemGroup), ...problems('item_group_not_found') } },
    },
    (request) => read(deps, request, (ctx) => getItemGroup(ctx, request.params.code)),
  );
  app.patch(
    '/v1/item-groups/:code',
    {
      config: { permission: 'catalog.write', dryRun: true },
      schema: {
        operationId: 'changeItemGroup',
        tags,
        summary:
          'Change an item group: name, rationing (applies to stock allocated from then on, for every item that inherits it, each in its record log); `active: false` deactivates: no item joins it, its items keep inheriting',
        params: Code,
        body: ref(ItemGroupChange),
        response: { 200: ref(ItemGroup), ...commandProblems('item_group_not_found', ...rationingCodes) },
      },
    },
    (request, reply) => write(deps, request, reply, 200, (ctx) => changeItemGroup(ctx, request.params.code, request.body)),
  );
};
