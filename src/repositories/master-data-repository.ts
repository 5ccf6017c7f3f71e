import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Executor } from './executor.js';

export type ItemRow = Selectable<Database['items']>;
export type LocationRow = Selectable<Database['locations']>;
export type CustomerRow = Selectable<Database['customers']>;
export type PolicyRow = Selectable<Database['fulfillment_policies']>;

/** Inserts a row unless its code is taken; returns undefined when it is. */
async function insertUnique<T extends 'items' | 'locations' | 'customers' | 'fulfillment_policies'>(
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
export const insertPolicy = (db: Executor, row: Insertable<Database['fulfillment_policies']>) =>
  insertUnique(db, 'fulfillment_policies', row, 'code');

export function findItemsBySku(db: Executor, skus: readonly string[]): Promise<ItemRow[]> {
  if (skus.length === 0) return Promise.resolve([]);
  return db.selectFrom('items').selectAll().where('sku', 'in', skus).execute();
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
