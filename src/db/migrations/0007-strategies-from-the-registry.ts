import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Backorder strategies are registered objects in the code (src/domain/strategies/registry.ts):
 * the API accepts only registered codes, so the database no longer lists them, and adding a
 * strategy needs no migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table fulfillment_policies drop constraint if exists fulfillment_policies_backorder_strategy_check;
    alter table orders drop constraint if exists orders_backorder_strategy_check;
  `);
}
