import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * One integer width for sums of quantities: a quantity the API accepts (up to 1,000,000,000 per
 * line or request) fits an integer, but a ledger row sums the movements of a step per item,
 * location and reason, as the counters it moves do (bigint). Three lines of the largest quantity
 * filled in one step overflowed an integer delta.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table stock_ledger alter column on_hand_delta type bigint, alter column allocated_delta type bigint;
  `);
}
