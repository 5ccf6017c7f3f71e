import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/database.js';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { listEvents } from '../../src/services/arrival-alert.js';
import { fixtures } from '../support/fixtures.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel, freshStore } from '../support/test-store.js';

let store: Store;
let f: ReturnType<typeof fixtures>;

beforeAll(async () => {
  store = await freshStore();
  f = fixtures(store);
  await f.location('MAIN', 10);
  await f.customer('ACME', 0);
  await f.customer('BETA', 0);
});
afterAll(() => store.close());
afterEach(async () => {
  expect(await invariantViolations(store.db, { immediate: false })).toEqual([]);
});

describe(`stock-arrival alerts on ${databaseLabel}`, () => {
  it('lists the orders and lines a receipt filled, and pages by id', async () => {
    await f.item('EV-1');
    const a = await f.order('ACME', [{ sku: 'EV-1', quantity: 2 }, { sku: 'EV-1', quantity: 1 }]);
    const b = await f.order('BETA', [{ sku: 'EV-1', quantity: 4 }]);
    await f.receive('EV-1', 5);
    await f.receive('EV-1', 10);
    await f.receive('EV-1', 3); // fills nothing: no alert
    const all = await listEvents(f.ctx, 0, 100);
    expect(all.events.map((e) => [e.type, e.sku, e.received, e.filled, e.orders])).toEqual([
      ['stock_arrived', 'EV-1', 5, 5, [{ orderId: a.id, lines: [{ lineNo: 1, quantity: 2 }, { lineNo: 2, quantity: 1 }] }, { orderId: b.id, lines: [{ lineNo: 1, quantity: 2 }] }]],
      ['stock_arrived', 'EV-1', 10, 2, [{ orderId: b.id, lines: [{ lineNo: 1, quantity: 2 }] }]],
    ]);
    const first = await listEvents(f.ctx, 0, 1);
    expect(first.events).toHaveLength(1);
    const second = await listEvents(f.ctx, first.next, 1);
    expect(second.events[0]!.id).toBe(all.events[1]!.id);
    expect((await listEvents(f.ctx, second.next, 10)).events).toEqual([]);
  });

  it('in scheduled mode alerts when the primary process hands the stock out', async () => {
    const scheduled = fixtures(store, 'scheduled', f.clock);
    const runner = new JobRunner(store.db, f.clock, 'scheduled', jobCatalogue({ fillMode: 'scheduled', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
    await f.item('EV-2');
    const a = await scheduled.order('ACME', [{ sku: 'EV-2', quantity: 3 }]);
    const { next } = await listEvents(f.ctx, 0, 500);
    await scheduled.receive('EV-2', 3);
    expect((await listEvents(f.ctx, next, 10)).events).toEqual([]);
    await runner.run('primary-backorder-process', 'test');
    const { events } = await listEvents(f.ctx, next, 10);
    expect(events).toMatchObject([{ sku: 'EV-2', location: null, reference: 'primary backorder process', received: null, filled: 3, orders: [{ orderId: a.id }] }]);
  });
});
