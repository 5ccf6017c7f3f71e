import { Cron } from 'croner';
import { refusal, type Refusal } from '../refusal.js';

/** A job's schedule in this deployment: on or off, and its cron pattern (null: none chosen yet). */
export interface JobSchedule {
  readonly enabled: boolean;
  readonly cron: string | null;
}

/**
 * What the deployment's administrators set on screen (as in aACE's and Dynamics' settings): the
 * environment gives the first values, the database keeps the current ones.
 */
export interface DeploymentSettings {
  /** Releases append to any pending shipment of the customer at the location, not only the order's own. */
  readonly appendAcrossOrders: boolean;
  /** A no_backorder order's remainder is cancelled at its release (else by the cancel-backorders job). */
  readonly cancelNoBackorderAtRelease: boolean;
  /** The cancellation SLA (days after entry) of orders whose policy sets none; null: none. */
  readonly cancelAfterDays: number | null;
  /** Every schedulable job's schedule, by job name. */
  readonly schedules: Readonly<Record<string, JobSchedule>>;
}

export interface SettingsChange {
  readonly appendAcrossOrders?: boolean | undefined;
  readonly cancelNoBackorderAtRelease?: boolean | undefined;
  readonly cancelAfterDays?: number | null | undefined;
  readonly schedules?: readonly { readonly job: string; readonly enabled?: boolean | undefined; readonly cron?: string | null | undefined }[] | undefined;
}

/** Why a cron pattern is refused (croner's own words), or undefined when croner accepts it. */
export function cronPatternProblem(pattern: string): string | undefined {
  try {
    new Cron(pattern, { paused: true }).stop();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The settings after a change, or the refusal of its first bad part (nothing is applied then).
 * Only jobs that already have a schedule entry may be scheduled: the others need parameters
 * only a person gives.
 */
export function applyChange(current: DeploymentSettings, change: SettingsChange, jobNames: readonly string[]): DeploymentSettings | Refusal {
  const schedules: Record<string, JobSchedule> = { ...current.schedules };
  for (const [index, entry] of (change.schedules ?? []).entries()) {
    const field = `body/schedules/${index}`;
    const before = schedules[entry.job];
    if (before === undefined) {
      return jobNames.includes(entry.job)
        ? refusal('job_not_schedulable', `The job ${entry.job} needs parameters a person gives; it runs by hand only.`, { field: `${field}/job`, job: entry.job })
        : refusal('unknown_job', `No job is named ${entry.job}.`, { field: `${field}/job`, job: entry.job, jobs: Object.keys(schedules) });
    }
    const cron = entry.cron === undefined ? before.cron : entry.cron === null ? null : entry.cron.trim();
    const problem = cron === null ? undefined : cronPatternProblem(cron);
    if (problem !== undefined) {
      return refusal('invalid_cron_pattern', `"${cron}" is not a cron pattern: ${problem}.`, { field: `${field}/cron`, job: entry.job, cron });
    }
    const enabled = entry.enabled ?? before.enabled;
    if (enabled && cron === null) {
      return refusal('schedule_without_pattern', `The job ${entry.job} cannot be switched on without a cron pattern.`, { field: `${field}/cron`, job: entry.job });
    }
    schedules[entry.job] = { enabled, cron };
  }
  return {
    appendAcrossOrders: change.appendAcrossOrders ?? current.appendAcrossOrders,
    cancelNoBackorderAtRelease: change.cancelNoBackorderAtRelease ?? current.cancelNoBackorderAtRelease,
    cancelAfterDays: change.cancelAfterDays === undefined ? current.cancelAfterDays : change.cancelAfterDays,
    schedules,
  };
}

/** What changed, field by field, as `{ before, after }` (for the record log). */
export function settingsDifference(before: DeploymentSettings, after: DeploymentSettings): Record<string, { before: unknown; after: unknown }> {
  const changed: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of ['appendAcrossOrders', 'cancelNoBackorderAtRelease', 'cancelAfterDays'] as const) {
    if (before[key] !== after[key]) changed[key] = { before: before[key], after: after[key] };
  }
  for (const [job, schedule] of Object.entries(after.schedules)) {
    const was = before.schedules[job];
    if (was?.enabled !== schedule.enabled || was?.cron !== schedule.cron) changed[`schedules.${job}`] = { before: was ?? null, after: schedule };
  }
  return changed;
}
