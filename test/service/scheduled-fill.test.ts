import { beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { cancelOrder } from '../../src/services/orders/order-change.js';
import { orderView } from '../../src/queries/order-view.js';
import { adjustStock, receiveStock, stockView } from '../../src/services/stock/stock-changes.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  fillMode: 'scheduled',
  invariants: { immediate: false },
  seed: async (f) => {
    await f.location('MAIN');
    await f.customer('ACME');
    await f.customer('BETA');
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(t.store.db, t.f.clock, 'scheduled', jobCatalogue({ fillMode: 'scheduled', primarySchedule: '*/30 * * * *', secondarySchedule: '0 2 * * *' }));
});

let n = 0;
const sku = () => `SCH-${++n}`;
const allocatedOf = async (orderId: number) => (await orderView(t.store.db, orderId)).lines[0]!.allocated;

describe(`scheduled fill mode on ${databaseLabel}`, () => {
  it('leaves receipts for the primary process, which fills the queue once', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    await t.f.receive(s, 3);
    expect(await allocatedOf(a.id)).toBe(0);
    expect(await stockView(t.f.ctx, s)).toMatchObject({ available: 3, backordered: 4 });

    expect(await runner.run('secondary-backorder-process', 'test')).toMatchObject({ processed: 0 });
    expect(await runner.run('primary-backorder-process', 'test')).toMatchObject({ status: 'completed', processed: 2 });
    expect([await allocatedOf(a.id), await allocatedOf(b.id)]).toEqual([2, 1]);
    expect(await runner.run('primary-backorder-process', 'test')).toMatchObject({ processed: 0 });
    expect(await stockView(t.f.ctx, s)).toMatchObject({ available: 0, backordered: 1 });
  });

  it('never lets a new order jump ahead of lines waiting for a receipt', async () => {
    const s = sku();
    await t.f.item(s);
    const waiting = await t.f.order('ACME', [{ sku: s, quantity: 5 }]);
    await t.f.receive(s, 8);
    const late = await t.f.order('BETA', [{ sku: s, quantity: 5 }]);
    expect(late.lines[0]).toMatchObject({ allocated: 3, backordered: 2 });
    await runner.run('primary-backorder-process', 'test');
    expect(await allocatedOf(waiting.id)).toBe(5);
    expect(await allocatedOf(late.id)).toBe(3);
  });

  it('keeps queue order when a higher-priority order takes the free stock a waiting line was owed', async () => {
    const s = sku();
    await t.f.item(s);
    const first = await t.f.order('ACME', [{ sku: s, quantity: 1 }]);
    await t.f.receive(s, 2); // one unit owed to the first order, one free
    const second = await t.f.order('BETA', [{ sku: s, quantity: 1 }]);
    expect(second.lines[0]).toMatchObject({ allocated: 1 });
    const urgent = await t.f.order('BETA', [{ sku: s, quantity: 1 }], { priority: 1 });
    expect(urgent.lines[0]).toMatchObject({ allocated: 1 });
    // The urgent order took the unit owed to the first; the first takes the second's instead.
    expect([await allocatedOf(first.id), await allocatedOf(second.id)]).toEqual([1, 0]);
  });

  it('leaves cancellations and adjustments for the secondary process', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    await runner.run('primary-backorder-process', 'test');
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    await t.f.inTx((tx) => cancelOrder(tx, a.id, {}));
    await t.f.inTx((tx) => adjustStock(tx, { sku: s, location: 'MAIN', quantity: 1, reason: 'found one' }));
    expect(await allocatedOf(b.id)).toBe(0);

    await runner.run('primary-backorder-process', 'test');
    expect(await allocatedOf(b.id)).toBe(0);
    expect(await runner.run('secondary-backorder-process', 'test')).toMatchObject({ processed: 1 });
    expect(await allocatedOf(b.id)).toBe(3);
  });

  it('lets the primary process fill only what receipts brought and entry did not take (not returns)', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2); // nobody waits: the primary process would have 2 to hand out
    const first = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    expect(first.lines[0]).toMatchObject({ allocated: 2, backordered: 1 }); // entry took the receipt's stock
    await t.f.inTx((tx) => receiveStock(tx, 'return', { sku: s, location: 'MAIN', quantity: 1 }));

    expect(await runner.run('primary-backorder-process', 'test')).toMatchObject({ processed: 0 });
    expect(await allocatedOf(first.id)).toBe(2);
    expect(await runner.run('secondary-backorder-process', 'test')).toMatchObject({ processed: 1 });
    expect(await allocatedOf(first.id)).toBe(3);
  });

  it('records each run with its progress', async () => {
    const runs = await runner.lastRuns();
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.status === 'completed' && r.finishedAt !== null)).toBe(true);
  });
});
