import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Entry sequence numbers leave room between orders (steps of 1024), so an order split off
 * another takes the next number after its family and keeps the family's place in the queue while
 * numbering its own lines from 1 (docs/domain.md#split). Existing numbers are spread out in
 * place (negated first, so no two rows meet on the unique index while they move).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    update orders set entry_seq = -entry_seq * 1024;
    update orders set entry_seq = -entry_seq;
    update order_lines set entry_seq = entry_seq * 1024;
    select setval('order_entry_seq', greatest((select coalesce(max(entry_seq), 0) from orders), 1));
    alter sequence order_entry_seq increment by 1024;
  `);
}
