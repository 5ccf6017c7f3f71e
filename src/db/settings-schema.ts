import type { ColumnType } from 'kysely';

/** Kysely's view of the deployment settings (migration 0021). */
export interface SettingsTables {
  settings: SettingsTable;
}

export interface SettingsTable {
  id: number;
  append_across_orders: boolean;
  cancel_no_backorder_at_release: boolean;
  cancel_after_days: number | null;
  /** `{ [job]: { enabled, cron } }`, written as JSON text. */
  schedules: ColumnType<Record<string, { enabled: boolean; cron: string | null }>, string, string>;
  version: number;
  changed_at: Date | null;
  changed_by: string | null;
}
