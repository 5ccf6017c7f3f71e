import { describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { listEvents } from '../../src/services/stock/arrival-alert.js';
import { fixtures } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  invariants: { immediate: false },
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('ACME', 0);
    await f.customer('BETA', 0);
  },
});

describe(`stock-arrival alerts on ${databaseLabel}`, () => {
  it('lists the orders and lines a receipt filled, and pages by id', async () => {
    await t.f.item('EV-1');
    const a = await t.f.order('ACME', [{ sku: 'EV-1', quantity: 2 }, { sku: 'EV-1', quantity: 1 }]);
    const b = await t.f.order('BETA', [{ sku: 'EV-1', quantity: 4 }]);
    await t.f.receive('EV-1', 5);
    await t.f.receive('EV-1', 10);
    await t.f.receive('EV-1', 3); // fills nothing: no alert
    const all = await listEvents(t.f.ctx, 0, 100);
    expect(all.events.map((e) => [e.type, e.sku, e.received, e.filled, e.orders])).toEqual([
      ['stock_arrived', 'EV-1', 5, 5, [{ orderId: a.id, lines: [{ lineNo: 1, quantity: 2 }, { lineNo: 2, quantity: 1 }] }, { orderId: b.id, lines: [{ lineNo: 1, quantity: 2 }] }]],
      ['stock_arrived', 'EV-1', 10, 2, [{ orderId: b.id, lines: [{ lineNo: 1, quantity: 2 }] }]],
    ]);
    const first = await listEvents(t.f.ctx, 0, 1);
    expect(first.events).toHaveLength(1);
    const second = await listEvents(t.f.ctx, first.next, 1);
    expect(second.events[0]!.id).toBe(all.events[1]!.id);
    expect((await listEvents(t.f.ctx, second.next, 10)).events).toEqual([]);
  });

  it('in scheduled mode alerts when the primary process hands the stock out', async () => {
    const scheduled = fixtures(t.store, 'scheduled', t.f.clock);
    const runner = new JobRunner(t.store.db, t.f.clock, 'scheduled', jobCatalogue({ fillMode: 'scheduled', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
    await t.f.item('EV-2');
    const a = await scheduled.order('ACME', [{ sku: 'EV-2', quantity: 3 }]);
    const { next } = await listEvents(t.f.ctx, 0, 500);
    await scheduled.receive('EV-2', 3);
    expect((await listEvents(t.f.ctx, next, 10)).events).toEqual([]);
    await runner.run('primary-backorder-process', 'test');
    const { events } = await listEvents(t.f.ctx, next, 10);
    expect(events).toMatchObject([{ sku: 'EV-2', location: null, reference: 'primary backorder process', received: null, filled: 3, orders: [{ orderId: a.id }] }]);
  });
});
