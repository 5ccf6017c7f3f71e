import type { DeploymentSettings, JobSchedule } from '../../domain/settings/deployment-settings.js';
import type { Executor } from '../../repositories/executor.js';
import { seedSettings, storedSettings, type StoredSettings } from '../../repositories/settings-repository.js';
import type { ReleaseSettings } from '../release/order-release.js';

/** What a job tells the settings about itself: its name, and the schedule the environment gave it. */
export interface SchedulableJob {
  readonly name: string;
  readonly description: string;
  readonly schedule?: string | undefined;
  /** Runs by hand only (it needs parameters a person gives): no schedule entry. */
  readonly byHandOnly?: boolean | undefined;
}

/** The settings the environment gives (src/config.ts), for a database whose row is not written yet. */
export function initialSettings(
  release: Partial<ReleaseSettings>,
  cancelAfterDays: number | null | undefined,
  jobs: readonly SchedulableJob[],
): DeploymentSettings {
  const schedules: Record<string, JobSchedule> = {};
  for (const job of jobs) if (!job.byHandOnly) schedules[job.name] = { enabled: job.schedule !== undefined, cron: job.schedule ?? null };
  return {
    appendAcrossOrders: release.appendAcrossOrders ?? false,
    cancelNoBackorderAtRelease: release.cancelNoBackorderRemainder ?? false,
    cancelAfterDays: cancelAfterDays ?? null,
    schedules,
  };
}

/**
 * The settings in force: the stored row, read afresh on every call so a change made through any
 * process holds at once in all of them; the environment's values until the row is written.
 */
export async function settingsInForce(db: Executor, initial: DeploymentSettings): Promise<StoredSettings> {
  const stored = await storedSettings(db);
  return stored ? withNewJobs(stored, initial) : { ...initial, version: 0, changedAt: null, changedBy: null };
}

/** A job added by a later version has no stored schedule yet: it starts with the environment's. */
export function withNewJobs(stored: StoredSettings, initial: DeploymentSettings): StoredSettings {
  return { ...stored, schedules: { ...initial.schedules, ...stored.schedules } };
}

/** Writes the environment's values unless the database has settings already (at start). */
export const seedInitialSettings = seedSettings;

/** How a release appends and what it cancels, as set now (else as the environment says). */
export async function releaseSettingsInForce(db: Executor, fallback: ReleaseSettings): Promise<ReleaseSettings> {
  const stored = await storedSettings(db);
  return stored ? { appendAcrossOrders: stored.appendAcrossOrders, cancelNoBackorderRemainder: stored.cancelNoBackorderAtRelease } : fallback;
}

/** The deployment's default cancellation SLA in days as set now (else the environment's); null: none. */
export async function cancelAfterDaysInForce(db: Executor, fallback: number | null | undefined): Promise<number | null> {
  const stored = await storedSettings(db);
  return stored ? stored.cancelAfterDays : (fallback ?? null);
}

/** Each schedulable job's cron pattern when it is switched on now; the environment's until the row is written. */
export async function schedulesInForce(db: Executor, jobs: readonly SchedulableJob[]): Promise<Map<string, string>> {
  const initial = initialSettings({}, null, jobs).schedules;
  const schedules = { ...initial, ...(await storedSettings(db))?.schedules };
  const patterns = new Map<string, string>();
  for (const job of jobs) {
    const schedule = schedules[job.name];
    if (schedule?.enabled && schedule.cron !== null) patterns.set(job.name, schedule.cron);
  }
  return patterns;
}
