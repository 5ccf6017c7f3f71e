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
    expect(() => loadConfig({ ALLOT_JOB_LEASE_SECONDS: '1' })).toThrow(/ALLOT_JOB_LEASE_SECONDS must be an integer from 3/);
    expect(() => loadConfig({ ALLOT_SHUTDOWN_GRACE_SECONDS: 'soon' })).toThrow(/ALLOT_SHUTDOWN_GRACE_SECONDS/);
  });
});

describe('unknown settings', () => {
  it('stop the start, naming the unknown variable and the known one it resembles', () => {
    expect(() => loadConfig({ ALLOT_FIL_MODE: 'scheduled' })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOT_FIL_MODE: 'scheduled' })).toThrow(/ALLOT_FIL_MODE is not a setting of Allot \(did you mean ALLOT_FILL_MODE\?\)/);
    expect(() => loadConfig({ ALLOT_RELEASE_SCHEDUL: '0 1 * * *' })).toThrow(/did you mean ALLOT_RELEASE_SCHEDULE\?/);
  });

  it('name every unknown variable, and suggest nothing when nothing is close', () => {
    let message = '';
    try {
      loadConfig({ ALLOT_FIL_MODE: 'x', ALLOT_COLOUR: 'blue' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ALLOT_FIL_MODE/);
    expect(message).toMatch(/ALLOT_COLOUR is not a setting of Allot; known: /);
    expect(message).not.toMatch(/ALLOT_COLOUR is not a setting of Allot \(did you mean/);
  });

  it('leave other variables alone, and accept every documented setting', () => {
    expect(() => loadConfig({ PATH: '/bin', ALLOTMENT: 'x', NODE_ENV: 'production' })).not.toThrow();
    const documented = {
      ALLOT_DATA_DIR: './data',
      ALLOT_DEMO: '0',
      ALLOT_FILL_MODE: 'scheduled',
      ALLOT_PRIMARY_SCHEDULE: '*/30 * * * *',
      ALLOT_SECONDARY_SCHEDULE: '0 2 * * *',
      ALLOT_APPEND_ACROSS_ORDERS: '0',
      ALLOT_CANCEL_NO_BACKORDER_AT_RELEASE: '0',
      ALLOT_CANCEL_AFTER_DAYS: '30',
      ALLOT_RELEASE_SCHEDULE: '0 1 * * *',
      ALLOT_CANCEL_BACKORDERS_SCHEDULE: '0 3 * * *',
      ALLOT_CANCELLATION_SLA_SCHEDULE: '0 4 * * *',
      ALLOT_PLANNING_SCHEDULE: '15 0 * * *',
      ALLOT_DB_POOL_SIZE: '10',
      ALLOT_IDEMPOTENCY_KEY_HOURS: '24',
      ALLOT_CHECK_SCHEDULE: '45 3 * * *',
      ALLOT_JOB_LEASE_SECONDS: '60',
      ALLOT_SHUTDOWN_GRACE_SECONDS: '8',
    };
    expect(() => loadConfig(documented)).not.toThrow();
  });
});

describe('access and edge settings', () => {
  it('listen on this machine only for the embedded database, and open up with HOST or PostgreSQL', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://db/allot' }).host).toBe('0.0.0.0');
  });

  it('have safe defaults', () => {
    expect(loadConfig({})).toMatchObject({
      firstAdmin: undefined,
      sessionIdleMinutes: 30,
      signInLockoutFailures: 5,
      signInLockoutMinutes: 15,
      rateLimitPerMinute: 6000,
      anonymousRateLimitPerMinute: 300,
      signInPerMinute: 20,
      corsOrigins: [],
      bodyLimitBytes: 1024 * 1024,
      trustProxy: false,
    });
  });

  it('are read from the environment', () => {
    const config = loadConfig({
      ALLOT_ADMIN_EMAIL: 'ops@example.com',
      ALLOT_ADMIN_PASSWORD: 'a long secret',
      ALLOT_SESSION_IDLE_MINUTES: '90',
      ALLOT_CORS_ORIGINS: 'https://shop.example.com, http://localhost:5173',
      ALLOT_BODY_LIMIT_BYTES: '2048',
      ALLOT_RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config).toMatchObject({
      firstAdmin: { login: 'ops@example.com', password: 'a long secret' },
      sessionIdleMinutes: 90,
      corsOrigins: ['https://shop.example.com', 'http://localhost:5173'],
      bodyLimitBytes: 2048,
      rateLimitPerMinute: 0,
    });
  });

  it('stop the service with a clear message when wrong', () => {
    expect(() => loadConfig({ ALLOT_ADMIN_EMAIL: 'ops@example.com' })).toThrow(/ALLOT_ADMIN_PASSWORD/);
    expect(() => loadConfig({ ALLOT_ADMIN_EMAIL: 'ops@example.com', ALLOT_ADMIN_PASSWORD: 'short' })).toThrow(/at least 10/);
    expect(() => loadConfig({ ALLOT_CORS_ORIGINS: 'https://shop.example.com/path' })).toThrow(/ALLOT_CORS_ORIGINS/);
    expect(() => loadConfig({ ALLOT_CORS_ORIGINS: '*' })).toThrow(/ALLOT_CORS_ORIGINS/);
    expect(() => loadConfig({ ALLOT_SESSION_IDLE_MINUTES: '0' })).toThrow(/ALLOT_SESSION_IDLE_MINUTES/);
  });
});
