import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { jobCatalogue } from '../../src/jobs/catalogue.js';

describe('release and cancellation settings', () => {
  it('are off and unscheduled by default', () => {
    expect(loadConfig({})).toMatchObject({
      appendAcrossOrders: false,
      cancelNoBackorderAtRelease: false,
      cancelAfterDays: undefined,
      releaseSchedule: undefined,
      cancelBackordersSchedule: undefined,
      cancellationSlaSchedule: undefined,
    });
  });

  it('are read from the environment and reach the job schedules', () => {
    const config = loadConfig({
      ALLOT_APPEND_ACROSS_ORDERS: '1',
      ALLOT_CANCEL_NO_BACKORDER_AT_RELEASE: 'yes',
      ALLOT_CANCEL_AFTER_DAYS: '30',
      ALLOT_RELEASE_SCHEDULE: '*/15 * * * *',
      ALLOT_CANCEL_BACKORDERS_SCHEDULE: '0 3 * * *',
    });
    expect(config).toMatchObject({ appendAcrossOrders: true, cancelNoBackorderAtRelease: true, cancelAfterDays: 30 });
    const schedules = Object.fromEntries(jobCatalogue(config).map((j) => [j.name, j.schedule]));
    expect(schedules).toMatchObject({
      'release-to-warehouse': '*/15 * * * *',
      'cancel-backorders': '0 3 * * *',
      'cancel-for-item-or-customer': undefined,
      'cancellation-sla': undefined,
    });
  });

  it('stop the service with a clear message when wrong', () => {
    expect(() => loadConfig({ ALLOT_APPEND_ACROSS_ORDERS: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOT_CANCEL_AFTER_DAYS: '-1' })).toThrow(/ALLOT_CANCEL_AFTER_DAYS/);
    expect(() => loadConfig({ ALLOT_RELEASE_SCHEDULE: 'every day' })).toThrow(/ALLOT_RELEASE_SCHEDULE/);
  });
});
