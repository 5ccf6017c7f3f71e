import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Executor } from './executor.js';

export type ItemRow = Selectable<Database['items']>;
export type LocationRow = Selectable<Database['locations']>;
export type CustomerRow = Selectable<Database['customers']>;
export type PolicyRow = Selectable<Database['fulfillment_policies']>;
export type ItemGroupRow = Selectable<Database['item_groups']>;

/** Inserts a row unless its code is taken; returns undefined when it is. */
async function insertUnique<T extends 'items' | 'locations' | 'customers' | 'fulfillment_policies' | 'item_groups'>(
  db: Executor,
  table: T,
  row: Insertable<Database[T]>,
  conflictColumn: 'sku' | 'code',
): Promise<Selectable<Database[T]> | undefined> {
  const inserted = await db
    .insertInto(table as 'items')
    .values(row as Insertable<Database['items']>)
    .onConflict((oc) => oc.column(conflictColumn as 'sku').doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted as Selectable<Database[T]> | undefined;
}

export const insertItem = (db: Executor, row: Insertable<Database['items']>) => insertUnique(db, 'items', row, 'sku');
export const insertLocation = (db: Executor, row: Insertable<Database['locations']>) =>
  insertUnique(db, 'locations', row, 'code');
export const insertCustomer = (db: Executor, row: Insertable<Database['customers']>) =>
  insertUnique(db, 'customers', row, 'code');
export const insertItemGroup = (db: Executor, row: Insertable<Database['item_groups']>) => insertUnique(db, 'item_groups', row, 'code');
export const insertPolicy = (db: Executor, row: Insertable<Database['fulfillment_policies']>) =>
  insertUnique(db, 'fulfillment_policies', row, 'code');

export function findItemsBySku(db: Executor, skus: readonly string[]): Promise<ItemRow[]> {
  if (skus.length === 0) return Promise.resolve([]);
  return db.selectFrom('items').selectAll().where('sku', 'in', skus).execute();
}

/** The items, locked in id order as `lockItems` locks them (order entry reads and locks in one statement). */
export function lockItemsBySku(db: Executor, skus: readonly string[]): Promise<ItemRow[]> {
  if (skus.length === 0) return Promise.resolve([]);
  return db.selectFrom('items').selectAll().where('sku', 'in', skus).orderBy('id').forNoKeyUpdate().execute();
}

export function updateItemRow(db: Executor, id: number, set: Updateable<Database['items']>): Promise<ItemRow> {
  return db.updateTable('items').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function findItemsById(db: Executor, ids: readonly number[]): Promise<ItemRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('items').selectAll().where('id', 'in', ids).execute();
}

export function findCustomersByCode(db: Executor, codes: readonly string[]): Promise<CustomerRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('customers').selectAll().where('code', 'in', codes).execute();
}

export function findPolicies(db: Executor, codes: readonly string[], ids: readonly number[]): Promise<PolicyRow[]> {
  if (codes.length === 0 && ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fulfillment_policies')
    .selectAll()
    .where((eb) => eb.or([eb('code', 'in', codes.length ? codes : ['']), eb('id', 'in', ids.length ? ids : [0])]))
    .execute();
}

export function findLocationsByCode(db: Executor, codes: readonly string[]): Promise<LocationRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('locations').selectAll().where('code', 'in', codes).execute();
}

export function findLocationByCode(db: Executor, code: string): Promise<LocationRow | undefined> {
  return db.selectFrom('locations').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findCustomerByCode(db: Executor, code: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findPolicyByCode(db: Executor, code: string): Promise<PolicyRow | undefined> {
  return db.selectFrom('fulfillment_policies').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function countItems(db: Executor): Promise<number> {
  const row = await db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

type MasterTable = 'items' | 'locations' | 'customers' | 'fulfillment_policies' | 'item_groups';

/** What a master-data list asks: a text search on code (and name), active or not, after a code, how many. */
export interface MasterDataFilter {
  /** A `like` pattern, already escaped, matched in any case. */
  readonly pattern?: string | undefined;
  readonly active?: boolean | undefined;
  readonly after?: string | undefined;
  readonly limit: number;
}

/** Rows of a master-data table in code order (SKU for items), by keyset: those after `after`. */
async function masterRows<T extends MasterTable>(db: Executor, table: T, filter: MasterDataFilter): Promise<Selectable<Database[T]>[]> {
  const key = table === 'items' ? 'sku' : 'code';
  const named = table !== 'fulfillment_policies';
  let query = db.selectFrom(table as 'locations').selectAll();
  if (filter.pattern !== undefined) {
    const pattern = filter.pattern;
    query = query.where((eb) =>
      eb.or([eb(key as 'code', 'ilike', pattern), ...(named ? [eb('name', 'ilike', pattern)] : [])]),
    );
  }
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.after !== undefined) query = query.where(key as 'code', '>', filter.after);
  const rows = await query.orderBy(key as 'code').limit(filter.limit).execute();
  return rows as unknown as Selectable<Database[T]>[];
}

export const itemRows = (db: Executor, filter: MasterDataFilter) => masterRows(db, 'items', filter);
export const locationRows = (db: Executor, filter: MasterDataFilter) => masterRows(db, 'locations', filter);
export const customerRows = (db: Executor, filter: MasterDataFilter) => masterRows(db, 'customers', filter);
export const policyRows = (db: Executor, filter: MasterDataFilter) => masterRows(db, 'fulfillment_policies', filter);
export const itemGroupRows = (db: Executor, filter: MasterDataFilter) => masterRows(db, 'item_groups', filter);

export function findItemGroupByCode(db: Executor, code: string): Promise<ItemGroupRow | undefined> {
  return db.selectFrom('item_groups').selectAll().where('code', '=', code).executeTakeFirst();
}

export function updateItemGroupRow(db: Executor, id: number, set: Updateable<Database['item_groups']>): Promise<ItemGroupRow> {
  return db.updateTable('item_groups').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The codes of item groups by id. */
export async function itemGroupCodes(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('item_groups').select(['id', 'code']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** The items of a group that take its rule or its cap (they leave one of them unset), by id. */
export async function itemsInheritingFrom(db: Executor, groupId: number): Promise<{ id: number }[]> {
  return db
    .selectFrom('items')
    .select('id')
    .where('group_id', '=', groupId)
    .where('service', '=', false)
    .where((eb) =>
      eb.or([eb('allocation_rule', 'is', null), eb.and([eb('no_customer_cap', '=', false), eb('customer_cap_units', 'is', null), eb('customer_cap_percent', 'is', null)])]),
    )
    .orderBy('id')
    .execute();
}

export function updateLocationRow(db: Executor, id: number, set: Updateable<Database['locations']>): Promise<LocationRow> {
  return db.updateTable('locations').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function updateCustomerRow(db: Executor, id: number, set: Updateable<Database['customers']>): Promise<CustomerRow> {
  return db.updateTable('customers').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function updatePolicyRow(db: Executor, id: number, set: Updateable<Database['fulfillment_policies']>): Promise<PolicyRow> {
  return db.updateTable('fulfillment_policies').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The codes of locations by id (what views show for a location a row refers to). */
export async function locationCodes(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('locations').select(['id', 'code']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}
