import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Deployment settings kept in the database (docs/design.md, "Deployment settings"): one row, so
 * every API process reads the same values and a change needs no restart. The environment gives
 * the values the row starts with. `schedules` maps a job's name to `{ enabled, cron }`;
 * `version` counts the changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    create table settings (
      id smallint primary key check (id = 1),
      append_across_orders boolean not null,
      cancel_no_backorder_at_release boolean not null,
      cancel_after_days integer check (cancel_after_days between 0 and 3650),
      schedules jsonb not null,
      version integer not null,
      changed_at timestamptz,
      changed_by text
    );
    `,
  );
}
