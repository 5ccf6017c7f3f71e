import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * A CSV import knows orders by their reference (the customer's PO number): before it enters a
 * chunk it looks up which references Allot already has, so that running a file again enters
 * nothing twice. Without this index each chunk read every order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `create index if not exists orders_by_reference on orders (reference) where reference is not null;`);
}
