import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Orders and their lines are written on every order entry, under the item lock, and never
 * deleted. Their foreign keys cost a per-row trigger each (eight per one-line order), three
 * times the insert itself (measured, docs/design.md), and that time is spent holding the lock
 * that a launch-day flood queues on. Entry resolves every code to an existing row before it
 * writes, nothing deletes master data, and the invariant tests check every reference.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table orders
      drop constraint orders_customer_id_fkey,
      drop constraint orders_fulfillment_policy_id_fkey,
      drop constraint orders_customer_policy_id_fkey,
      drop constraint orders_location_id_fkey,
      drop constraint orders_split_from_fkey;
    alter table order_lines
      drop constraint order_lines_order_id_fkey,
      drop constraint order_lines_item_id_fkey,
      drop constraint order_lines_preferred_location_id_fkey;
  `);
}
