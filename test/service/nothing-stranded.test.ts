import { beforeAll, describe, expect, it } from 'vitest';
import { isRefused, type Refusal } from '../../src/domain/refusal.js';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderView } from '../../src/queries/order-view.js';
import type { ReleaseResult } from '../../src/services/release/order-release.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// Stock is never allocated to a quantity that can never be released (docs/domain.md#nothing-stranded).
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('ACME');
    await f.customer('BETA');
    await f.policy({ code: 'NOBO', backorderStrategy: 'no_backorder', violation: 'info' });
    await f.policy({ code: 'NOBO-PPD', backorderStrategy: 'no_backorder', violation: 'info', preventPartialDelivery: true });
    await f.policy({ code: 'MAX1', backorderStrategy: 'max_one_backorder' });
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(t.store.db, t.f.clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
});

let n = 0;
const sku = () => `STR-${++n}`;
const view = (id: number) => orderView(t.store.db, id);
function released(outcome: ReleaseResult | Refusal): ReleaseResult {
  if (isRefused(outcome)) throw new Error(`release refused: ${outcome.code} ${outcome.detail}`);
  return outcome;
}

describe(`nothing stranded on ${databaseLabel}`, () => {
  it('gives a no_backorder remainder nothing after its one release; another customer gets the stock; cancel-backorders cancels it', async () => {
    const [a, b, c] = [sku(), sku(), sku()];
    for (const s of [a, b, c]) await t.f.item(s);
    await t.f.receive(a, 5);
    await t.f.receive(b, 3);
    const order = await t.f.order('ACME', [{ sku: a, quantity: 5 }, { sku: b, quantity: 5 }, { sku: c, quantity: 5 }], { fulfillmentPolicy: 'NOBO' });
    const first = released(await t.f.release(order.id));
    expect(first.released).toEqual([{ lineNo: 1, quantity: 5 }, { lineNo: 2, quantity: 3 }]);

    const other = await t.f.order('BETA', [{ sku: c, quantity: 5 }]);
    await t.f.receive(b, 2);
    await t.f.receive(c, 5);
    const after = await view(order.id);
    // The remainder takes nothing: it can never be released.
    expect(after.lines.map((l) => l.allocated)).toEqual([5, 3, 0]);
    expect(after.summary).not.toBe('Nothing on backorder.');
    expect(after.summary).toContain('will not ship');
    expect((await view(other.id)).lines[0]).toMatchObject({ allocated: 5, backordered: 0 });
    expect(await stockView(t.f.ctx, b)).toMatchObject({ available: 2 });

    const run = await runner.run('cancel-backorders', 'test', { ignoreShipDate: true });
    expect(run.detail).toMatchObject({ orders: [order.id] });
    const cancelled = await view(order.id);
    expect(cancelled.lines.map((l) => [l.cancelled, l.backordered])).toEqual([[0, 0], [2, 0], [5, 0]]);
  });

  it('frees what a line held back by preventPartialDelivery held at the last release', async () => {
    const s = sku();
    await t.f.item(s);
    const x = sku();
    await t.f.item(x);
    await t.f.receive(s, 2);
    await t.f.receive(x, 4);
    const order = await t.f.order('ACME', [{ sku: x, quantity: 4 }, { sku: s, quantity: 5 }], { fulfillmentPolicy: 'NOBO-PPD' });
    expect(order.lines[1]).toMatchObject({ allocated: 2, backordered: 3 });
    const other = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    expect(other.lines[0]).toMatchObject({ allocated: 0 });
    released(await t.f.release(order.id));
    // Line 2 was held back and can never go: its 2 units go to the next line in the queue.
    expect((await view(order.id)).lines[1]).toMatchObject({ allocated: 0, released: 0 });
    expect((await view(other.id)).lines[0]).toMatchObject({ allocated: 2 });
  });

  it('keeps a max_one_backorder order whose short-picked units can never ship out of the queue', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 3);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 5 }], { fulfillmentPolicy: 'MAX1' });
    const first = released(await t.f.release(order.id));
    await t.f.ship(first.shipments[0]!);
    await t.f.receive(s, 2);
    const second = released(await t.f.release(order.id));
    await t.f.ship(second.shipments[0]!, { lines: [{ orderId: order.id, lineNo: 1, quantity: 1 }] });
    const other = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    await t.f.receive(s, 3);
    // The short-picked unit can never be released (no third release): the other customer gets all 3.
    expect((await view(order.id)).lines[0]).toMatchObject({ shipped: 4, allocated: 0, backordered: 1 });
    expect((await view(other.id)).lines[0]).toMatchObject({ allocated: 3 });
    const run = await runner.run('cancel-backorders', 'test', { ignoreShipDate: true });
    expect(run.detail?.orders).toContain(order.id);
    expect((await view(order.id)).lines[0]).toMatchObject({ cancelled: 1, backordered: 0, status: 'shipped' });
  });

  it('lets the remainder wait again when its last release is voided', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 4 }], { fulfillmentPolicy: 'NOBO' });
    const first = released(await t.f.release(order.id));
    await t.f.voidShipment(first.shipments[0]!);
    await t.f.receive(s, 2);
    // No release in force: the order may still have its one release, so its line takes stock again.
    expect((await view(order.id)).lines[0]).toMatchObject({ allocated: 4, released: 0, backordered: 0 });
  });
});
