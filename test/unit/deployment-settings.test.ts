import { describe, expect, it } from 'vitest';
import { applyChange, cronPatternProblem, settingsDifference, type DeploymentSettings } from '../../src/domain/settings/deployment-settings.js';
import { isRefused } from '../../src/domain/refusal.js';

const current: DeploymentSettings = {
  appendAcrossOrders: false,
  cancelNoBackorderAtRelease: false,
  cancelAfterDays: 30,
  schedules: { 'release-to-warehouse': { enabled: false, cron: null }, 'check-invariants': { enabled: true, cron: '45 3 * * *' } },
};
const jobs = ['release-to-warehouse', 'check-invariants', 'cancel-for-item-or-customer'];

describe('deployment settings changes', () => {
  it('changes only what is named, keeping a pattern when only the switch changes', () => {
    const next = applyChange(current, { cancelAfterDays: null, schedules: [{ job: 'check-invariants', enabled: false }] }, jobs);
    expect(next).toEqual({ ...current, cancelAfterDays: null, schedules: { ...current.schedules, 'check-invariants': { enabled: false, cron: '45 3 * * *' } } });
    expect(settingsDifference(current, next as DeploymentSettings)).toEqual({
      cancelAfterDays: { before: 30, after: null },
      'schedules.check-invariants': { before: { enabled: true, cron: '45 3 * * *' }, after: { enabled: false, cron: '45 3 * * *' } },
    });
    expect(settingsDifference(current, applyChange(current, { cancelAfterDays: 30 }, jobs) as DeploymentSettings)).toEqual({});
  });

  it('refuses a bad pattern, an unknown or unschedulable job, a switch on without a pattern, naming the field', () => {
    const cases = [
      [{ schedules: [{ job: 'check-invariants', cron: '* * *' }] }, 'invalid_cron_pattern', 'body/schedules/0/cron'],
      [{ schedules: [{ job: 'check-invariants' }, { job: 'nightly-magic', enabled: true }] }, 'unknown_job', 'body/schedules/1/job'],
      [{ schedules: [{ job: 'cancel-for-item-or-customer', enabled: true }] }, 'job_not_schedulable', 'body/schedules/0/job'],
      [{ schedules: [{ job: 'release-to-warehouse', enabled: true }] }, 'schedule_without_pattern', 'body/schedules/0/cron'],
      [{ schedules: [{ job: 'check-invariants', cron: null }] }, 'schedule_without_pattern', 'body/schedules/0/cron'],
    ] as const;
    for (const [change, code, field] of cases) {
      const answer = applyChange(current, change, jobs);
      expect(isRefused(answer) && answer.code).toBe(code);
      expect(isRefused(answer) && answer.context?.field).toBe(field);
    }
  });

  it('takes what croner takes: five fields, or six with seconds', () => {
    expect(cronPatternProblem('*/15 * * * *')).toBeUndefined();
    expect(cronPatternProblem('* * * * * *')).toBeUndefined();
    expect(cronPatternProblem('61 * * * *')).toBeTypeOf('string');
    expect(cronPatternProblem('every tuesday')).toBeTypeOf('string');
  });
});
