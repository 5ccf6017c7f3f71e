import { beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderHistory } from '../../src/queries/history.js';
import { changeItem } from '../../src/services/catalog/item-change.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { orderView } from '../../src/queries/order-view.js';
import { fixtures } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.policy({ code: 'NO-BO', backorderStrategy: 'no_backorder', violation: 'error' });
    await f.customer('ACME', 0);
    await f.customer('STRICT', 0, 'NO-BO');
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(t.store.db, t.f.clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
});

let n = 0;
const sku = () => `PRE-${++n}`;
const LAUNCH = '2026-12-01'; // the fixtures' clock says 2026-11-01

const preorderItem = (s: string, cap?: number, launchDate = LAUNCH) =>
  t.f.inTx((tx) => createItem(tx, { sku: s, name: s, preorder: { launchDate, cap } }));

describe(`preorders on ${databaseLabel}`, () => {
  it('takes preorder lines whatever the stock and the backorder strategy', async () => {
    const s = sku();
    await preorderItem(s);
    const order = await t.f.order('STRICT', [{ sku: s, quantity: 4 }]);
    expect(order.lines[0]).toMatchObject({ preorder: true, allocated: 0, backordered: 4 });
    const history = await orderHistory(t.f.ctx, order.id);
    expect(history.entries.find((e) => e.action === 'entered' && e.lineNo === 1)?.reason).toContain(LAUNCH);
  });

  it('still refuses ordinary lines of the same order under no_backorder', async () => {
    const s = sku();
    const plain = sku();
    await preorderItem(s);
    await t.f.item(plain);
    await expect(t.f.order('STRICT', [{ sku: s, quantity: 1 }, { sku: plain, quantity: 1 }])).rejects.toMatchObject({
      refusal: { code: 'backorder_not_allowed' },
    });
  });

  it('refuses units beyond the cap and writes nothing', async () => {
    const s = sku();
    await preorderItem(s, 5);
    await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    await expect(t.f.order('ACME', [{ sku: s, quantity: 1 }, { sku: s, quantity: 2 }])).rejects.toMatchObject({
      refusal: { code: 'preorder_cap_exceeded', context: { cap: 5, preordered: 3, requested: 3 } },
    });
    const ok = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    expect(ok.lines[0]!.preorder).toBe(true);
  });

  it('takes ordinary orders once the launch date has passed, and after the terms are removed', async () => {
    const s = sku();
    await preorderItem(s);
    await t.f.inTx((tx) => changeItem(tx, s, { preorder: { launchDate: '2026-10-01' } }));
    expect((await t.f.order('ACME', [{ sku: s, quantity: 1 }])).lines[0]!.preorder).toBe(false);
    await t.f.inTx((tx) => changeItem(tx, s, { preorder: null }));
    expect((await t.f.order('ACME', [{ sku: s, quantity: 1 }])).lines[0]!.preorder).toBe(false);
  });

  it('allocates stock received before launch; on launch day the lines become ordinary lines', async () => {
    // Launches before the other tests' items, so this run sees only its own lines.
    const s = sku();
    const launch = '2026-11-20';
    await preorderItem(s, undefined, launch);
    const first = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    const second = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    await t.f.receive(s, 4);
    expect((await orderView(t.store.db, first.id)).lines[0]).toMatchObject({ preorder: true, allocated: 3 });

    expect(await runner.run('preorder-launch', 'test', { asOf: '2026-11-19' })).toMatchObject({ processed: 0 });
    expect((await orderView(t.store.db, first.id)).lines[0]!.preorder).toBe(true);

    const run = await runner.run('preorder-launch', 'test', { asOf: launch });
    expect(run).toMatchObject({ status: 'completed', processed: 2, detail: { items: 1, lines: 2, allocated: 1, backordered: 1 } });
    expect((await orderView(t.store.db, first.id)).lines[0]).toMatchObject({ preorder: false, allocated: 3, status: 'allocated' });
    expect((await orderView(t.store.db, second.id)).lines[0]).toMatchObject({ preorder: false, allocated: 1, backordered: 2 });
    const log = (await orderHistory(t.f.ctx, second.id)).entries.filter((e) => e.action === 'preorder_launched');
    expect(log).toHaveLength(1);
    expect(log[0]!.reason).toContain('ordinary backorder');
    expect(await runner.run('preorder-launch', 'test', { asOf: launch })).toMatchObject({ processed: 0 });
  });

  it('does not release a preorder line before launch, even allocated, and releases it on launch day', async () => {
    const s = sku();
    await preorderItem(s, undefined, '2026-11-03');
    await t.f.receive(s, 4);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 4 }]);
    expect(order.lines[0]).toMatchObject({ preorder: true, allocated: 4 });
    // Refused with its own code and the launch date (issue 11: not nothing_to_release).
    expect(await t.f.release(order.id)).toMatchObject({ kind: 'refused', code: 'preorder_not_launched', context: { launchDate: '2026-11-03' } });

    t.f.clock.advanceDays(2);
    expect(await t.f.release(order.id)).toMatchObject({ released: [{ lineNo: 1, quantity: 4 }] });
  });
});
