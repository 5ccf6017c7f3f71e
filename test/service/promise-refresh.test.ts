import { describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderHistory } from '../../src/queries/history.js';
import { orderView } from '../../src/queries/order-view.js';
import { createPurchaseOrder } from '../../src/services/supply/purchase-orders.js';
import { uploadSchedule } from '../../src/services/supply/supply-schedule.js';
import { TestClock } from '../support/fixtures.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const clock = new TestClock(); // 2026-11-01
const t = useTestStore({
  clock,
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('ACME', 0);
  },
});
const dateOf = async (orderId: number) => (await orderView(t.store.db, orderId)).lines[0]!.expectedShipDate;

describe(`the daily promise-date refresh on ${databaseLabel}`, () => {
  it('moves dates that time made wrong (expired schedule entries, overdue purchase orders), once a day', async () => {
    const runner = new JobRunner(t.store.db, clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
    await t.f.item('DUE-1');
    await t.f.inTx((tx) => uploadSchedule(tx, { entries: [{ sku: 'DUE-1', location: 'MAIN', date: '2026-11-03', quantity: 5 }] }));
    await t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-10', lines: [{ sku: 'DUE-1', quantity: 5 }] }));
    const first = await t.f.order('ACME', [{ sku: 'DUE-1', quantity: 5 }]);
    const second = await t.f.order('ACME', [{ sku: 'DUE-1', quantity: 5 }]);
    expect([await dateOf(first.id), await dateOf(second.id)]).toEqual(['2026-11-03', '2026-11-10']);

    // Nothing has passed yet: nothing to do.
    expect(await runner.run('refresh-promise-dates', 'test')).toMatchObject({ status: 'completed', processed: 0 });

    // The 3rd passed without the scheduled units: the first order now waits for the purchase order.
    clock.advanceDays(4); // 2026-11-05
    expect(await runner.run('refresh-promise-dates', 'test')).toMatchObject({ status: 'completed', processed: 1 });
    expect([await dateOf(first.id), await dateOf(second.id)]).toEqual(['2026-11-10', null]);
    const log = (await orderHistory(t.f.ctx, first.id)).entries.filter((e) => e.action === 'promise_date_changed').map((e) => e.reason);
    expect(log.at(-1)).toBe('expected ship date 2026-11-03 → 2026-11-10');
    expect(await runner.run('refresh-promise-dates', 'test')).toMatchObject({ processed: 0 });

    // The purchase order is overdue: it counts as arriving today, and today moves every day.
    clock.advanceDays(7); // 2026-11-12
    await runner.run('refresh-promise-dates', 'test');
    expect(await dateOf(first.id)).toBe('2026-11-12');
    clock.advanceDays(1);
    await runner.run('refresh-promise-dates', 'test');
    expect(await dateOf(first.id)).toBe('2026-11-13');
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });
});
