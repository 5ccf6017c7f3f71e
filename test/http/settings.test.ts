import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { startSchedules } from '../../src/jobs/scheduler.js';
import { bearer, keyFor } from '../support/access.js';
import { TestClock } from '../support/fixtures.js';
import { httpApp, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

/**
 * Deployment settings (GET/PATCH /v1/settings): the environment's values until changed, admins
 * only, every bad change refused whole, each change in the record log, and two API processes on
 * one database: what one saves, the other follows at once (its scheduler within its refresh).
 */
const t = useTestStore();
let first: Http;
let second: Http;
const clock = new TestClock();
// The environment of both processes: appending across orders, a 30-day default cancellation SLA.
const environment = { appendAcrossOrders: true, cancelAfterDays: 30 };

beforeAll(async () => {
  first = await httpApp(t.store, 'immediate', clock, environment);
  second = await httpApp(t.store, 'immediate', clock, environment);
});
afterAll(async () => {
  await first.close();
  await second.close();
});

const scheduleOf = (settings: { schedules: { job: string }[] }, job: string) => settings.schedules.find((s) => s.job === job);
const settingsLog = () => t.store.db.selectFrom('record_log').selectAll().where('entity', '=', 'settings').orderBy('id').execute();

describe(`deployment settings on ${databaseLabel}`, () => {
  it('answers the environment’s values before any change, with every job that may run on a schedule', async () => {
    const settings = await first.ok(200, 'GET', '/v1/settings');
    expect(settings).toMatchObject({ appendAcrossOrders: true, cancelNoBackorderAtRelease: false, cancelAfterDays: 30, version: 0, changedAt: null, changedBy: null });
    expect(scheduleOf(settings, 'expire-idempotency-keys')).toMatchObject({ enabled: true, cron: '17 * * * *' });
    expect(scheduleOf(settings, 'release-to-warehouse')).toMatchObject({ enabled: false, cron: null });
    expect(scheduleOf(settings, 'primary-backorder-process')).toMatchObject({ enabled: false, cron: null });
    // Needs a customer or an item named by a person: never scheduled.
    expect(scheduleOf(settings, 'cancel-for-item-or-customer')).toBeUndefined();
    expect(await second.ok(200, 'GET', '/v1/settings')).toEqual(settings);
  });

  it('is for admins only: an operator or a viewer is refused, and sees nothing', async () => {
    for (const role of ['viewer', 'operator'] as const) {
      const secret = await keyFor(first, `settings ${role}`, role);
      expect((await first.get('/v1/settings', bearer(secret))).body).toMatchObject({ status: 403, code: 'forbidden' });
      expect((await first.patch('/v1/settings', { cancelAfterDays: 5 }, bearer(secret))).body).toMatchObject({ status: 403, code: 'forbidden' });
    }
    expect((await first.ok(200, 'GET', '/v1/settings')).version).toBe(0);
  });

  it('refuses a bad change whole, with a stable code and the field, and writes nothing', async () => {
    const refusals: [unknown, string, string?][] = [
      [{ schedules: [{ job: 'check-invariants', cron: 'every tuesday' }] }, 'invalid_cron_pattern', 'body/schedules/0/cron'],
      [{ cancelAfterDays: 9, schedules: [{ job: 'release-to-warehouse', cron: '61 * * * *', enabled: true }] }, 'invalid_cron_pattern', 'body/schedules/0/cron'],
      [{ schedules: [{ job: 'no-such-job', enabled: true }] }, 'unknown_job', 'body/schedules/0/job'],
      [{ schedules: [{ job: 'cancel-for-item-or-customer', enabled: true, cron: '0 1 * * *' }] }, 'job_not_schedulable', 'body/schedules/0/job'],
      [{ schedules: [{ job: 'release-to-warehouse', enabled: true }] }, 'schedule_without_pattern', 'body/schedules/0/cron'],
      [{ appendAcrossOrders: false, colour: 'blue' }, 'validation_failed'],
      [{ schedules: [{ job: 'check-invariants', enabled: false, when: 'never' }] }, 'validation_failed'],
      [{ cancelAfterDays: -1 }, 'validation_failed'],
      [{ cancelAfterDays: 'soon' }, 'validation_failed'],
      [{}, 'validation_failed'],
    ];
    for (const [body, code, field] of refusals) {
      const answer = await first.patch('/v1/settings', body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.body.code).toBe(code);
      if (field) expect(answer.body.field).toBe(field);
    }
    expect(await first.ok(200, 'GET', '/v1/settings')).toMatchObject({ version: 0, cancelAfterDays: 30, appendAcrossOrders: true });
    expect(await settingsLog()).toEqual([]);
  });

  it('saves a change through one process and the other answers it at once; the record log keeps before, after and who', async () => {
    const changed = await first.ok(200, 'PATCH', '/v1/settings', {
      cancelAfterDays: null,
      cancelNoBackorderAtRelease: true,
      schedules: [{ job: 'release-to-warehouse', enabled: true, cron: '*/15 * * * *' }, { job: 'expire-idempotency-keys', enabled: false }],
    });
    expect(changed).toMatchObject({ version: 1, cancelAfterDays: null, cancelNoBackorderAtRelease: true, appendAcrossOrders: true, changedBy: 'system' });
    expect(scheduleOf(changed, 'release-to-warehouse')).toMatchObject({ enabled: true, cron: '*/15 * * * *' });
    expect(scheduleOf(changed, 'expire-idempotency-keys')).toMatchObject({ enabled: false, cron: '17 * * * *' });
    expect(await second.ok(200, 'GET', '/v1/settings')).toEqual(changed);

    const jobs = (await second.ok(200, 'GET', '/v1/jobs')).jobs as { name: string; schedule: string | null }[];
    expect(jobs.find((j) => j.name === 'release-to-warehouse')?.schedule).toBe('*/15 * * * *');
    expect(jobs.find((j) => j.name === 'expire-idempotency-keys')?.schedule).toBeNull();

    const log = await settingsLog();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'settings_changed', actor: 'system' });
    expect(JSON.parse(log[0]!.reason!)).toEqual({
      cancelNoBackorderAtRelease: { before: false, after: true },
      cancelAfterDays: { before: 30, after: null },
      'schedules.release-to-warehouse': { before: { enabled: false, cron: null }, after: { enabled: true, cron: '*/15 * * * *' } },
      'schedules.expire-idempotency-keys': { before: { enabled: true, cron: '17 * * * *' }, after: { enabled: false, cron: '17 * * * *' } },
    });

    // The same values again change nothing and log nothing.
    expect((await second.ok(200, 'PATCH', '/v1/settings', { cancelAfterDays: null })).version).toBe(1);
    expect(await settingsLog()).toHaveLength(1);
  });

  it('puts a new default cancellation SLA in force in the other process: its explanation and its cancellation job follow', async () => {
    await first.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await first.ok(201, 'POST', '/v1/customers', { code: 'WEB', name: 'Web shop' });
    await first.ok(201, 'POST', '/v1/items', { sku: 'SET-1', name: 'Set one' });
    const order = await first.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: 'SET-1', quantity: 2 }] });
    const explain = () => second.ok(200, 'GET', `/v1/orders/${order.id}/lines/1/explanation`);
    expect((await explain()).cancellation).toBeNull();

    await first.ok(200, 'PATCH', '/v1/settings', { cancelAfterDays: 0 });
    expect((await explain()).cancellation).toMatchObject({ afterDays: 0 });
    const run = await second.ok(200, 'POST', '/v1/jobs/cancellation-sla/run');
    expect(run).toMatchObject({ status: 'completed', processed: 1 });
    expect((await second.ok(200, 'GET', `/v1/orders/${order.id}`)).lines[0]).toMatchObject({ cancelled: 2 });
  });

  it('switches appending across orders for releases made through the other process', async () => {
    await first.ok(201, 'POST', '/v1/items', { sku: 'SET-2', name: 'Set two' });
    await first.ok(201, 'POST', '/v1/stock/receipts', { sku: 'SET-2', location: 'WH1', quantity: 3 });
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push(await first.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: 'SET-2', quantity: 1 }] }));
    const release = async (id: number) => (await second.ok(200, 'POST', `/v1/orders/${id}/release`)).shipments as number[];
    const [pending] = await release(orders[0].id);

    await first.ok(200, 'PATCH', '/v1/settings', { appendAcrossOrders: false });
    expect(await release(orders[1].id)).not.toEqual([pending]);
    await first.ok(200, 'PATCH', '/v1/settings', { appendAcrossOrders: true });
    expect(await release(orders[2].id)).toEqual([pending]);
  });

  it('makes another process’s scheduler start, move and stop a job without a restart', async () => {
    const runner = new JobRunner(t.store.db, clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '*/30 * * * *', secondarySchedule: '0 2 * * *' }));
    const stop = startSchedules(runner, pino({ level: 'silent' }), t.store.db, { refreshMs: 100 });
    const scheduledRuns = async () =>
      (await t.store.db.selectFrom('job_runs').select(['id', 'scheduled_for']).where('job', '=', 'expire-idempotency-keys').where('actor', '=', 'scheduler').execute()).length;
    try {
      expect(await scheduledRuns()).toBe(0);
      // Every second (croner's six-field pattern), switched on through the first process.
      await first.ok(200, 'PATCH', '/v1/settings', { schedules: [{ job: 'expire-idempotency-keys', enabled: true, cron: '* * * * * *' }] });
      await waitFor(async () => (await scheduledRuns()) >= 2, 6000);

      await first.ok(200, 'PATCH', '/v1/settings', { schedules: [{ job: 'expire-idempotency-keys', enabled: false }] });
      await sleep(1500); // the refresh, and a run that had already started
      const afterStop = await scheduledRuns();
      await sleep(2200);
      expect(await scheduledRuns()).toBe(afterStop);
    } finally {
      stop();
    }
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(100);
  }
}
