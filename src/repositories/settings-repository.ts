import { sql } from 'kysely';
import type { DeploymentSettings } from '../domain/settings/deployment-settings.js';
import type { Executor } from './executor.js';

/** The stored settings with their change count and last change; undefined before the row is written. */
export interface StoredSettings extends DeploymentSettings {
  readonly version: number;
  readonly changedAt: Date | null;
  readonly changedBy: string | null;
}

export async function storedSettings(db: Executor, forUpdate = false): Promise<StoredSettings | undefined> {
  const query = db.selectFrom('settings').selectAll().where('id', '=', 1);
  const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirst();
  if (!row) return undefined;
  return {
    appendAcrossOrders: row.append_across_orders,
    cancelNoBackorderAtRelease: row.cancel_no_backorder_at_release,
    cancelAfterDays: row.cancel_after_days,
    schedules: typeof row.schedules === 'string' ? JSON.parse(row.schedules) : row.schedules,
    version: row.version,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  };
}

/** Writes the row with the environment's values unless it exists (every process may try; one wins). */
export async function seedSettings(db: Executor, initial: DeploymentSettings): Promise<void> {
  await db
    .insertInto('settings')
    .values({ id: 1, ...columnsOf(initial), version: 0, changed_at: null, changed_by: null })
    .onConflict((c) => c.column('id').doNothing())
    .execute();
}

/** Writes the settings as the next version (the row locked or absent in this transaction). */
export async function saveSettings(db: Executor, settings: DeploymentSettings, version: number, at: Date, by: string): Promise<void> {
  const values = { ...columnsOf(settings), version, changed_at: at, changed_by: by };
  await db
    .insertInto('settings')
    .values({ id: 1, ...values })
    .onConflict((c) => c.column('id').doUpdateSet(values))
    .execute();
}

/** Serialises the first writers of a database without the row: the row lock covers the rest. */
export async function lockSettings(db: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('allot.settings'))`.execute(db);
}

function columnsOf(settings: DeploymentSettings) {
  return {
    append_across_orders: settings.appendAcrossOrders,
    cancel_no_backorder_at_release: settings.cancelNoBackorderAtRelease,
    cancel_after_days: settings.cancelAfterDays,
    schedules: JSON.stringify(settings.schedules),
  };
}
