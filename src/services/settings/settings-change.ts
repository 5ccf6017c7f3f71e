import { logEntries } from '../../app/journal.js';
import type { ReadContext, ServiceContext } from '../../app/context.js';
import { actorName } from '../../domain/access/actor.js';
import { isRefused, type Refusal } from '../../domain/refusal.js';
import { applyChange, settingsDifference, type DeploymentSettings, type SettingsChange } from '../../domain/settings/deployment-settings.js';
import { lockSettings, saveSettings, storedSettings, type StoredSettings } from '../../repositories/settings-repository.js';
import { settingsInForce, withNewJobs, type SchedulableJob } from './settings-in-force.js';

/** Where the settings come from: the environment's values and the jobs this deployment has. */
export interface SettingsOrigin {
  readonly initial: DeploymentSettings;
  readonly jobs: readonly SchedulableJob[];
}

export async function readSettings(ctx: ReadContext, origin: SettingsOrigin) {
  return settingsView(await settingsInForce(ctx.db, origin.initial), origin.jobs);
}

/**
 * Changes the deployment settings. A bad part refuses the whole change; a change that alters
 * nothing writes nothing. The record log keeps each changed field before and after, and who.
 */
export async function changeSettings(ctx: ServiceContext, origin: SettingsOrigin, change: SettingsChange) {
  await lockSettings(ctx.db);
  const stored = await storedSettings(ctx.db, true);
  const current = stored ? withNewJobs(stored, origin.initial) : { ...origin.initial, version: 0, changedAt: null, changedBy: null };
  const next = applyChange(current, change, origin.jobs.map((j) => j.name));
  if (isRefused(next)) return next as Refusal;
  const difference = settingsDifference(current, next);
  if (Object.keys(difference).length === 0) return settingsView(current, origin.jobs);
  const at = ctx.clock.now();
  const by = actorName(ctx.actor);
  await saveSettings(ctx.db, next, current.version + 1, at, by);
  logEntries(ctx, [{ entity: 'settings', action: 'settings_changed', reason: JSON.stringify(difference) }]);
  return settingsView({ ...next, version: current.version + 1, changedAt: at, changedBy: by }, origin.jobs);
}

function settingsView(settings: StoredSettings, jobs: readonly SchedulableJob[]) {
  return {
    appendAcrossOrders: settings.appendAcrossOrders,
    cancelNoBackorderAtRelease: settings.cancelNoBackorderAtRelease,
    cancelAfterDays: settings.cancelAfterDays,
    schedules: jobs
      .filter((job) => settings.schedules[job.name] !== undefined)
      .map((job) => ({ job: job.name, description: job.description, ...settings.schedules[job.name]! })),
    version: settings.version,
    changedAt: settings.changedAt?.toISOString() ?? null,
    changedBy: settings.changedBy,
  };
}
