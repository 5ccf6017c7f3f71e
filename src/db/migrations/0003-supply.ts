import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Preorders, promise dates and supply with dates (issue 4): item preorder terms, the preorder flag
 * and promise date of order lines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(db, `
    alter table items
      add column preorder_launch_date date,
      add column preorder_cap integer check (preorder_cap > 0);

    alter table order_lines
      add column preorder boolean not null default false;
    -- Preorder lines waiting for their launch day (the preorder-launch job finds them here).
    create index order_lines_preorder on order_lines (item_id) where preorder;
  `);
}
