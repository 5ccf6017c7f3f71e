import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderHistory, itemHistory } from '../../src/queries/history.js';
import { orderView } from '../../src/queries/order-view.js';
import { createPurchaseOrder } from '../../src/services/supply/purchase-orders.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// A self-checking service (issue "Nothing stranded, nothing lost", item 14). The clock says 2026-11-01.
const t = useTestStore({
  seed: async (f) => {
    await f.location('MAIN');
    await f.customer('ACME');
    await f.item('INV-1');
    await f.receive('INV-1', 3);
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(t.store.db, t.f.clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
});
const itemId = async () => (await t.store.db.selectFrom('items').select('id').where('sku', '=', 'INV-1').executeTakeFirstOrThrow()).id;
const check = () => runner.run('check-invariants', 'test');
const codes = (run: Awaited<ReturnType<typeof check>>) => (run.detail!.breaches as { code: string }[]).map((b) => b.code).sort();

describe(`check-invariants on ${databaseLabel}`, () => {
  it('finds nothing in a consistent database', async () => {
    const order = await t.f.order('ACME', [{ sku: 'INV-1', quantity: 5 }]);
    await t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-05', lines: [{ sku: 'INV-1', quantity: 2 }] }));
    expect((await orderView(t.store.db, order.id)).lines[0]).toMatchObject({ backordered: 2, expectedShipDate: '2026-11-05' });
    expect(await check()).toMatchObject({ status: 'completed', processed: 0, detail: { breaches: [] } });
  });

  it('finds each derived value broken on purpose, and repair mends it from what it is derived from', async () => {
    const id = await itemId();
    const order = (await orderView(t.store.db, 1));
    // Break the counters, the demand and a promise date behind the service's back.
    await sql`update stock_levels set on_hand = on_hand + 5, allocated = allocated - 1 where item_id = ${id}`.execute(t.store.db);
    await sql`update item_demand set backordered = backordered + 7, waiting_lines = 0 where item_id = ${id}`.execute(t.store.db);
    await sql`update order_lines set expected_ship_date = '2026-12-24' where order_id = ${order.id}`.execute(t.store.db);

    const broken = await check();
    expect(broken.processed).toBeGreaterThan(0);
    expect(codes(broken)).toEqual(expect.arrayContaining(['counters_equal_ledger', 'demand_counters_equal_lines', 'no_unit_allocated_twice']));
    const breach = (broken.detail!.breaches as { code: string; rows: { item_id: number }[] }[]).find((b) => b.code === 'counters_equal_ledger')!;
    expect(breach.rows[0]).toMatchObject({ item_id: id });
    const events = await t.store.db.selectFrom('events').select('reference').where('type', '=', 'invariant.broken').execute();
    expect(events.map((e) => e.reference)).toContain('counters_equal_ledger');

    const mended = await runner.run('check-invariants', 'test', { repair: true });
    expect(mended).toMatchObject({ processed: 0, detail: { breaches: [] } });
    expect((mended.detail!.repaired as { what: string }[]).map((r) => r.what).sort()).toEqual(['demand counters', 'stock counters']);
    expect((await orderView(t.store.db, order.id)).lines[0]!.expectedShipDate).toBe('2026-11-05');
    // What the repair changed is in the record log; the ledger is as it was.
    const logged = (await itemHistory(t.f.ctx, 'INV-1')).entries.filter((e) => e.action === 'derived_value_repaired');
    expect(logged.map((e) => e.reason)).toEqual(expect.arrayContaining([expect.stringContaining('stock counters: on hand 8, allocated 2 → on hand 3, allocated 3')]));
    expect((await orderHistory(t.f.ctx, order.id)).entries.at(-1)).toMatchObject({ action: 'promise_date_changed', reason: 'expected ship date 2026-12-24 → 2026-11-05' });
    // A second repair finds nothing to change.
    expect((await runner.run('check-invariants', 'test', { repair: true })).detail).toMatchObject({ repaired: [], breaches: [] });
  });
});
