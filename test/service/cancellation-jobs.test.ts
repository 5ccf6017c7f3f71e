import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderHistory } from '../../src/queries/history.js';
import { orderView } from '../../src/queries/order-view.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// The test clock starts on 2026-11-01.
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('ACME');
    await f.customer('BETA');
    await f.policy({ code: 'NOBO', backorderStrategy: 'no_backorder', violation: 'info' });
    await f.policy({ code: 'SLA3', backorderStrategy: 'backorder_allowed', cancelAfterDays: 3 });
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(
    t.store.db,
    t.f.clock,
    'immediate',
    jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *', cancelAfterDays: 10 }),
  );
});

let n = 0;
const sku = () => `CXL-${++n}`;
const code = (prefix: string) => `${prefix}-${++n}`;
const line = async (orderId: number) => (await orderView(t.store.db, orderId)).lines[0]!;
const runs = async () => Number((await sql<{ n: number }>`select count(*)::int as n from job_runs`.execute(t.store.db)).rows[0]!.n);

describe(`cancellation jobs on ${databaseLabel}`, () => {
  it('cancel-backorders cancels the backorder of no_backorder lines past their planned ship date, and only those', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 1);
    const due = await t.f.order('ACME', [{ sku: s, quantity: 3 }], { fulfillmentPolicy: 'NOBO', requestedShipDate: '2026-10-30' });
    const today = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: 'NOBO', requestedShipDate: '2026-11-01' });
    const future = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: 'NOBO', requestedShipDate: '2026-12-24' });
    const allowed = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { requestedShipDate: '2026-10-01' });

    const run = await runner.run('cancel-backorders', 'test');
    expect(run).toMatchObject({ status: 'completed', processed: 1, detail: { orders: [due.id], lines: 1, units: 2, skippedLinkedToSupply: 0 } });
    expect(await line(due.id)).toMatchObject({ allocated: 1, cancelled: 2, backordered: 0 });
    expect(await line(today.id)).toMatchObject({ cancelled: 0, backordered: 2 });

    expect(await runner.run('cancel-backorders', 'test', { daysPastShipDate: 0 })).toMatchObject({ detail: { orders: [today.id] } });
    expect(await runner.run('cancel-backorders', 'test', { daysPastShipDate: 0 })).toMatchObject({ processed: 0 });
    expect(await runner.run('cancel-backorders', 'test', { ignoreShipDate: true })).toMatchObject({ detail: { orders: [future.id] } });
    expect(await line(allowed.id)).toMatchObject({ cancelled: 0, backordered: 2 });
    const entry = (await orderHistory(t.f.ctx, due.id)).entries.find((e) => e.action === 'cancelled');
    expect(entry).toMatchObject({ quantity: 2, actor: 'test' });
    expect(entry!.reason).toContain('cancel-backorders');
  });

  it('cancel-backorders takes the entry date when no ship date was asked for, and the asOf day', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: 'NOBO' });
    expect(await runner.run('cancel-backorders', 'test', { asOf: '2026-11-01' })).toMatchObject({ processed: 0 });
    expect(await runner.run('cancel-backorders', 'test', { asOf: '2026-11-02' })).toMatchObject({ detail: { orders: [order.id] } });
  });

  it('skips lines linked to supply (the line_supply_links seam)', async () => {
    const s = sku();
    await t.f.item(s);
    const linked = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: 'NOBO', requestedShipDate: '2026-10-01' });
    const lineId = (await sql<{ id: number }>`select id from order_lines where order_id = ${linked.id}`.execute(t.store.db)).rows[0]!.id;
    await sql
      .raw(`create or replace view line_supply_links as select id as line_id, 'purchase_order'::text as kind from order_lines where id = ${Number(lineId)}`)
      .execute(t.store.db);
    try {
      expect(await runner.run('cancel-backorders', 'test')).toMatchObject({ processed: 0, detail: { skippedLinkedToSupply: 1 } });
      expect(await line(linked.id)).toMatchObject({ cancelled: 0, backordered: 2 });
    } finally {
      await sql.raw(`create or replace view line_supply_links as select null::bigint as line_id, null::text as kind where false`).execute(t.store.db);
    }
    expect(await runner.run('cancel-backorders', 'test')).toMatchObject({ detail: { orders: [linked.id] } });
  });

  it('cancel-for-item-or-customer cancels every open quantity of one customer, and the freed stock fills the queue', async () => {
    const [a, b] = [sku(), sku()];
    await t.f.item(a);
    await t.f.item(b);
    await t.f.receive(a, 3);
    const bankrupt = code('BANKRUPT');
    await t.f.customer(bankrupt);
    const one = await t.f.order(bankrupt, [{ sku: a, quantity: 3 }, { sku: b, quantity: 1 }]);
    const two = await t.f.order(bankrupt, [{ sku: b, quantity: 4 }]);
    const waiting = await t.f.order('BETA', [{ sku: a, quantity: 2 }]);
    expect(await line(waiting.id)).toMatchObject({ allocated: 0 });

    const run = await runner.run('cancel-for-item-or-customer', 'test', { customer: bankrupt });
    expect(run).toMatchObject({ processed: 3, detail: { orders: [one.id, two.id], lines: 3, units: 8, customer: bankrupt } });
    expect((await orderView(t.store.db, one.id)).status).toBe('cancelled');
    expect(await line(waiting.id)).toMatchObject({ allocated: 2, backordered: 0 });
    expect(await stockView(t.f.ctx, a)).toMatchObject({ onHand: 3, allocated: 2, available: 1 });
    expect(await runner.run('cancel-for-item-or-customer', 'test', { customer: bankrupt })).toMatchObject({ processed: 0 });
  });

  it('cancel-for-item-or-customer cancels one item across customers and leaves released stock alone', async () => {
    const [gone, kept] = [sku(), sku()];
    await t.f.item(gone);
    await t.f.item(kept);
    await t.f.receive(gone, 2);
    const acme = await t.f.order('ACME', [{ sku: gone, quantity: 3 }, { sku: kept, quantity: 1 }]);
    const beta = await t.f.order('BETA', [{ sku: gone, quantity: 1 }]);
    const released = await t.f.release(acme.id);
    expect(released).toMatchObject({ released: [{ lineNo: 1, quantity: 2 }] });

    const run = await runner.run('cancel-for-item-or-customer', 'test', { sku: gone });
    expect(run).toMatchObject({ detail: { orders: [acme.id, beta.id], lines: 2, units: 2, sku: gone } });
    const after = await orderView(t.store.db, acme.id);
    expect(after.lines[0]).toMatchObject({ released: 2, cancelled: 1, backordered: 0 });
    expect(after.lines[1]).toMatchObject({ cancelled: 0, backordered: 1 });
  });

  it('refuses a run naming both a customer and an item, or neither, and records no run', async () => {
    const before = await runs();
    await expect(runner.run('cancel-for-item-or-customer', 'test', { customer: 'ACME', sku: 'X' })).rejects.toMatchObject({
      refusal: { code: 'exactly_one_customer_or_item' },
    });
    await expect(runner.run('cancel-for-item-or-customer', 'test', {})).rejects.toMatchObject({
      refusal: { code: 'exactly_one_customer_or_item' },
    });
    await expect(runner.run('cancel-for-item-or-customer', 'test', { customer: 'NOBODY' })).rejects.toMatchObject({
      refusal: { code: 'customer_not_found' },
    });
    await expect(runner.run('cancel-for-item-or-customer', 'test', { sku: 'NOTHING' })).rejects.toMatchObject({
      refusal: { code: 'item_not_found' },
    });
    expect(await runs()).toBe(before);
  });

  it('cancellation-sla cancels backorders older than the policy cancelAfterDays, else the deployment default', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 1);
    const policy = await t.f.order('ACME', [{ sku: s, quantity: 3 }], { fulfillmentPolicy: 'SLA3' });
    const plain = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);

    expect(await runner.run('cancellation-sla', 'test', { asOf: '2026-11-03' })).toMatchObject({ processed: 0 });
    const day4 = await runner.run('cancellation-sla', 'test', { asOf: '2026-11-04' });
    expect(day4).toMatchObject({ processed: 1, detail: { orders: [policy.id], units: 2 } });
    expect(await line(policy.id)).toMatchObject({ allocated: 1, cancelled: 2 });
    expect(await line(plain.id)).toMatchObject({ cancelled: 0, backordered: 2 });
    // Ten days on, the deployment default reaches every backorder left in this file, this one too.
    const day11 = await runner.run('cancellation-sla', 'test', { asOf: '2026-11-11' });
    expect(day11).toMatchObject({ detail: { orders: expect.arrayContaining([plain.id]) } });
    expect(await line(plain.id)).toMatchObject({ cancelled: 2, backordered: 0 });
  });
});
