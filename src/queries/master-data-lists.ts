import type { ReadContext } from '../app/context.js';
import type { MasterDataQuery } from '../contract/catalog.js';
import type { Executor } from '../repositories/executor.js';
import { customerByCode, itemBySku, itemGroupByCode, locationByCode, policyByCode } from '../repositories/lookup.js';
import { customerRows, itemGroupRows, itemRows, locationRows, policyRows, type MasterDataFilter } from '../repositories/master-data-repository.js';
import { customerViews, itemGroupView, itemViews, locationView, policyViews } from './master-data-views.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, likeEscaped, pageRows, type Page } from './paging.js';

/** Master-data lists (by code, keyset-paged) and single reads. */

async function listed<R extends { code?: string; sku?: string }, T>(
  ctx: ReadContext,
  list: string,
  query: MasterDataQuery,
  rowsOf: (db: Executor, filter: MasterDataFilter) => Promise<R[]>,
  views: (db: Executor, rows: readonly R[]) => Promise<T[]>,
): Promise<Page<T>> {
  const limit = query.limit ?? defaultPageLimit;
  const after = query.cursor === undefined ? undefined : decodeCursor<[string]>(list, query.cursor, keyOfKinds('string'))[0];
  const rows = await rowsOf(ctx.db, {
    pattern: query.q === undefined ? undefined : `%${likeEscaped(query.q)}%`,
    active: query.active,
    after,
    limit: limit + 1,
  });
  const page = pageRows(list, rows, limit, (row) => [row.sku ?? row.code ?? '']);
  return { items: await views(ctx.db, page.rows), nextCursor: page.nextCursor };
}

export const listItems = (ctx: ReadContext, query: MasterDataQuery) => listed(ctx, 'items', query, itemRows, itemViews);
export const listLocations = (ctx: ReadContext, query: MasterDataQuery) =>
  listed(ctx, 'locations', query, locationRows, async (_db, rows) => rows.map(locationView));
export const listCustomers = (ctx: ReadContext, query: MasterDataQuery) => listed(ctx, 'customers', query, customerRows, customerViews);
export const listPolicies = (ctx: ReadContext, query: MasterDataQuery) => listed(ctx, 'fulfillment-policies', query, policyRows, policyViews);

export const getItem = async (ctx: ReadContext, sku: string) => (await itemViews(ctx.db, [await itemBySku(ctx.db, sku)]))[0]!;
export const getLocation = async (ctx: ReadContext, code: string) => locationView(await locationByCode(ctx.db, code));
export const getCustomer = async (ctx: ReadContext, code: string) => (await customerViews(ctx.db, [await customerByCode(ctx.db, code)]))[0]!;
export const getPolicy = async (ctx: ReadContext, code: string) => (await policyViews(ctx.db, [await policyByCode(ctx.db, code)]))[0]!;
export const listItemGroups = (ctx: ReadContext, query: MasterDataQuery) =>
  listed(ctx, 'item-groups', query, itemGroupRows, async (_db, rows) => rows.map(itemGroupView));
export const getItemGroup = async (ctx: ReadContext, code: string) => itemGroupView(await itemGroupByCode(ctx.db, code));
