import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isRefused, type Refusal } from '../../src/domain/refusal.js';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderHistory } from '../../src/queries/history.js';
import { changeOrder } from '../../src/services/orders/order-change.js';
import { orderView } from '../../src/queries/order-view.js';
import type { ReleaseResult } from '../../src/services/release/order-release.js';
import { shipmentView } from '../../src/queries/shipment-view.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
const sku = () => `REL-${++n}`;
const code = (prefix: string) => `${prefix}-${++n}`;

function released(outcome: ReleaseResult | Refusal): ReleaseResult {
  if (isRefused(outcome)) throw new Error(`release declined: ${outcome.code} ${outcome.detail}`);
  return outcome;
}
function refusedCode(outcome: ReleaseResult | Refusal): string {
  if (!isRefused(outcome)) throw new Error(`release went through: ${JSON.stringify(outcome)}`);
  return outcome.code;
}
const view = (id: number) => orderView(t.store.db, id);
const actions = async (id: number) => (await orderHistory(t.f.ctx, id)).entries.map((e) => e.action);

describe(`release to warehouse on ${databaseLabel}`, () => {
  it('releases what is allocated onto a pending shipment, ships it, and releases the rest when it comes', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 20);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 25 }]);
    const first = released(await t.f.release(order.id));
    expect(first).toMatchObject({ releaseNo: 1, released: [{ lineNo: 1, quantity: 20 }], warnings: [] });
    expect(first.shipments).toHaveLength(1);
    expect((await view(order.id)).lines[0]).toMatchObject({ allocated: 20, released: 20, backordered: 5 });
    expect(await shipmentView(t.store.db, first.shipments[0]!)).toMatchObject({
      status: 'pending',
      location: 'MAIN',
      customer: 'ACME',
      lines: [{ orderId: order.id, lineNo: 1, sku: s, quantity: 20, shipped: 0 }],
    });

    const shipped = await t.f.ship(first.shipments[0]!);
    expect(shipped).toMatchObject({ status: 'shipped', lines: [{ quantity: 20, shipped: 20 }] });
    expect((await view(order.id)).lines[0]).toMatchObject({ allocated: 0, released: 0, shipped: 20, backordered: 5 });
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 0, allocated: 0 });

    await t.f.receive(s, 5);
    const second = released(await t.f.release(order.id));
    expect(second).toMatchObject({ releaseNo: 2, released: [{ lineNo: 1, quantity: 5 }] });
    expect(second.shipments[0]).not.toBe(first.shipments[0]);
    await t.f.ship(second.shipments[0]!);
    const done = await view(order.id);
    expect(done).toMatchObject({ status: 'shipped', releases: 2 });
    expect(done.lines[0]).toMatchObject({ shipped: 25, backordered: 0, status: 'shipped' });
  });

  it('keeps a deliver_in_full order waiting, says why, logs the refusal and releases once complete', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 3);
    const policy = code('DIF');
    await t.f.policy({ code: policy, backorderStrategy: 'deliver_in_full', preventPartialDelivery: true });
    const order = await t.f.order('ACME', [{ sku: s, quantity: 5 }], { fulfillmentPolicy: policy });
    expect(order).toMatchObject({
      status: 'awaiting_full_allocation',
      backorderStrategy: 'deliver_in_full',
      summary: 'Waiting for 2 units on line 1 before the first release (deliver in full).',
      releaseBlock: { rule: 'deliver_in_full', waitingFor: [{ lineNo: 1, units: 2 }] },
    });
    expect(refusedCode(await t.f.release(order.id))).toBe('deliver_in_full_incomplete');
    expect((await view(order.id)).lines[0]).toMatchObject({ allocated: 3, released: 0 });
    const refusals = (await orderHistory(t.f.ctx, order.id)).entries.filter((e) => e.action === 'release_refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.reason).toMatch(/^deliver_in_full_incomplete: .*2 units on line 1/);

    await t.f.receive(s, 2);
    expect((await view(order.id)).status).toBe('allocated');
    expect(released(await t.f.release(order.id)).released).toEqual([{ lineNo: 1, quantity: 5 }]);
  });

  it('allows max_one_backorder one more release only when complete, and no third', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 4);
    const policy = code('MOB');
    await t.f.policy({ code: policy, backorderStrategy: 'max_one_backorder' });
    const order = await t.f.order('ACME', [{ sku: s, quantity: 10 }], { fulfillmentPolicy: policy });
    const first = released(await t.f.release(order.id));
    await t.f.ship(first.shipments[0]!);
    await t.f.receive(s, 3);
    expect(refusedCode(await t.f.release(order.id))).toBe('max_one_backorder_incomplete');
    expect(await view(order.id)).toMatchObject({
      releases: 1,
      summary: 'Waiting for 3 units on line 1 before the second and last release (max one backorder).',
    });
    await t.f.receive(s, 3);
    const second = released(await t.f.release(order.id));
    expect(second.released).toEqual([{ lineNo: 1, quantity: 6 }]);
    // A short pick sends 2 back; there is no third release, so they take no stock (nothing
    // stranded, issue 11: they were allocated again before) and wait to be cancelled.
    await t.f.ship(second.shipments[0]!, { lines: [{ orderId: order.id, lineNo: 1, quantity: 4 }] });
    await t.f.receive(s, 2);
    expect((await view(order.id)).lines[0]).toMatchObject({ shipped: 8, allocated: 0, backordered: 2 });
    expect(await stockView(t.f.ctx, s)).toMatchObject({ available: 2 });
    expect(refusedCode(await t.f.release(order.id))).toBe('max_one_backorder_exhausted');
  });

  it('holds back a preventPartialDelivery line that is short and releases the others', async () => {
    const [a, b] = [sku(), sku()];
    await t.f.item(a);
    await t.f.item(b);
    await t.f.receive(a, 2);
    await t.f.receive(b, 1);
    const order = await t.f.order('ACME', [
      { sku: a, quantity: 2, preventPartialDelivery: true },
      { sku: b, quantity: 3, preventPartialDelivery: true },
    ]);
    expect(released(await t.f.release(order.id)).released).toEqual([{ lineNo: 1, quantity: 2 }]);
    expect(await actions(order.id)).toContain('release_held');
    expect(refusedCode(await t.f.release(order.id))).toBe('prevent_partial_delivery');
  });

  it('flags a first release below the fulfillment rate with violation warning, and refuses it with error', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 4);
    const soft = code('RATE-W');
    const hard = code('RATE-E');
    await t.f.policy({ code: soft, backorderStrategy: 'backorder_allowed', fulfillmentRate: { valueType: 'quantity', minPercent: 50 }, violation: 'warning' });
    await t.f.policy({ code: hard, backorderStrategy: 'backorder_allowed', fulfillmentRate: { valueType: 'quantity', minPercent: 50 }, violation: 'error' });
    const warned = await t.f.order('ACME', [{ sku: s, quantity: 10 }], { fulfillmentPolicy: soft });
    const outcome = released(await t.f.release(warned.id));
    expect(outcome.warnings).toEqual(['First release would send 40 % of the order by quantity, below the minimum of 50 %.']);
    expect((await view(warned.id)).warnings).toEqual(outcome.warnings);
    expect(await actions(warned.id)).toContain('fulfillment_rate_warning');

    const other = sku();
    await t.f.item(other);
    await t.f.receive(other, 4);
    const blocked = await t.f.order('BETA', [{ sku: other, quantity: 10 }], { fulfillmentPolicy: hard });
    expect(refusedCode(await t.f.release(blocked.id))).toBe('fulfillment_rate_below_minimum');
    expect((await view(blocked.id)).lines[0]).toMatchObject({ allocated: 4, released: 0 });
  });

  it('ignores a 100 % rate of the customer policy once the order strategy is changed by hand', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 6);
    const policy = code('FULL100');
    await t.f.policy({ code: policy, backorderStrategy: 'deliver_in_full', fulfillmentRate: { valueType: 'quantity', minPercent: 100 }, violation: 'error' });
    const customer = code('CUST100');
    await t.f.customer(customer, 0, policy);
    const order = await t.f.order(customer, [{ sku: s, quantity: 10 }]);
    expect(refusedCode(await t.f.release(order.id))).toBe('deliver_in_full_incomplete');
    const changed = await t.f.inTx((tx) => changeOrder(tx, order.id, { backorderStrategy: 'backorder_allowed' }));
    expect(changed).toMatchObject({ backorderStrategy: 'backorder_allowed', fulfillmentPolicy: policy, status: 'partially_allocated' });
    expect(released(await t.f.release(order.id)).released).toEqual([{ lineNo: 1, quantity: 6 }]);
    expect(await actions(order.id)).toContain('strategy_changed');
  });

  it('propagates a policy change to the header strategy and the lines', async () => {
    const s = sku();
    await t.f.item(s);
    const strict = code('STRICT');
    await t.f.policy({ code: strict, backorderStrategy: 'max_one_backorder', preventPartialDelivery: true });
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    expect(order).toMatchObject({ backorderStrategy: 'backorder_allowed', lines: [{ preventPartialDelivery: false }] });
    const changed = await t.f.inTx((tx) => changeOrder(tx, order.id, { fulfillmentPolicy: strict }));
    expect(changed).toMatchObject({ backorderStrategy: 'max_one_backorder', fulfillmentPolicy: strict, lines: [{ preventPartialDelivery: true }] });
  });

  it('appends releases of the same order to its pending shipment, one shipment per location', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2, 'MAIN');
    await t.f.receive(s, 1, 'EAST');
    const order = await t.f.order('ACME', [{ sku: s, quantity: 6 }]);
    const first = released(await t.f.release(order.id));
    expect(first.shipments).toHaveLength(2);
    await t.f.receive(s, 2, 'MAIN');
    const second = released(await t.f.release(order.id));
    const main = first.shipments.find((id) => second.shipments.includes(id));
    expect(main).toBeDefined();
    expect(await shipmentView(t.store.db, main!)).toMatchObject({ location: 'MAIN', lines: [{ quantity: 4 }] });
  });

  it('appends across orders of one customer only when the setting says so', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 10);
    const [a, b, c] = [
      await t.f.order('BETA', [{ sku: s, quantity: 1 }]),
      await t.f.order('BETA', [{ sku: s, quantity: 1 }]),
      await t.f.order('BETA', [{ sku: s, quantity: 1 }]),
    ];
    const off = { appendAcrossOrders: false, cancelNoBackorderRemainder: false };
    const on = { appendAcrossOrders: true, cancelNoBackorderRemainder: false };
    const [sa] = released(await t.f.release(a.id, off)).shipments;
    const [sb] = released(await t.f.release(b.id, off)).shipments;
    expect(sb).not.toBe(sa);
    const [sc] = released(await t.f.release(c.id, on)).shipments;
    expect(sc).toBe(sa);
    expect((await shipmentView(t.store.db, sa!)).lines.map((l) => l.orderId)).toEqual([a.id, c.id]);
  });

  it('voids a shipment back to allocated-unreleased, where a priority order may take it', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 5);
    const early = await t.f.order('ACME', [{ sku: s, quantity: 5 }]);
    const [shipment] = released(await t.f.release(early.id)).shipments;
    const vip = await t.f.order('VIP', [{ sku: s, quantity: 3 }]);
    expect(vip.lines[0]).toMatchObject({ allocated: 0, backordered: 3 });

    expect(await t.f.voidShipment(shipment!)).toMatchObject({ status: 'voided' });
    expect((await view(early.id)).lines[0]).toMatchObject({ allocated: 2, released: 0, backordered: 3 });
    expect((await view(vip.id)).lines[0]).toMatchObject({ allocated: 3, backordered: 0 });
    expect((await view(early.id)).releases).toBe(0);
    await expect(t.f.voidShipment(shipment!)).rejects.toMatchObject({ refusal: { code: 'shipment_already_voided' } });
    await expect(t.f.ship(shipment!)).rejects.toMatchObject({ refusal: { code: 'shipment_already_voided' } });
  });

  it('sends a short pick back to backorder, writes off the missing stock and fills from elsewhere', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 5, 'MAIN');
    const order = await t.f.order('ACME', [{ sku: s, quantity: 5 }]);
    const [shipment] = released(await t.f.release(order.id)).shipments;
    await t.f.receive(s, 1, 'EAST');
    const shipped = await t.f.ship(shipment!, { lines: [{ orderId: order.id, lineNo: 1, quantity: 3 }] });
    expect(shipped.lines).toEqual([{ orderId: order.id, lineNo: 1, sku: s, quantity: 5, shipped: 3 }]);
    expect((await view(order.id)).lines[0]).toMatchObject({ shipped: 3, allocated: 1, released: 0, backordered: 1 });
    expect(await stockView(t.f.ctx, s)).toMatchObject({
      locations: [
        { location: 'MAIN', onHand: 0, allocated: 0 },
        { location: 'EAST', onHand: 1, allocated: 1 },
      ],
    });
    const { rows } = await sql<{ kind: string; on_hand_delta: number }>`
      select kind, on_hand_delta from stock_ledger l join items i on i.id = l.item_id
      where i.sku = ${s} and kind in ('issue', 'adjustment') order by l.id`.execute(t.store.db);
    expect(rows).toEqual([
      { kind: 'issue', on_hand_delta: -3 },
      { kind: 'adjustment', on_hand_delta: -2 },
    ]);
    expect(await actions(order.id)).toEqual(expect.arrayContaining(['shipped', 'short_picked']));
    await expect(t.f.ship(shipment!)).rejects.toMatchObject({ refusal: { code: 'shipment_already_shipped' } });
  });

  it('refuses to ship more than released or a line not on the shipment, writing nothing', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const [shipment] = released(await t.f.release(order.id)).shipments;
    await expect(t.f.ship(shipment!, { lines: [{ orderId: order.id, lineNo: 1, quantity: 3 }] })).rejects.toMatchObject({
      refusal: { code: 'ship_exceeds_released' },
    });
    await expect(t.f.ship(shipment!, { lines: [{ orderId: order.id, lineNo: 2, quantity: 1 }] })).rejects.toMatchObject({
      refusal: { code: 'shipment_line_not_found' },
    });
    expect(await shipmentView(t.store.db, shipment!)).toMatchObject({ status: 'pending', lines: [{ quantity: 2, shipped: 0 }] });
  });

  it('cancels the remainder of a no_backorder order at release when configured, and refuses a second release', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    const policy = code('NOBO');
    await t.f.policy({ code: policy, backorderStrategy: 'no_backorder', violation: 'warning' });
    const kept = await t.f.order('ACME', [{ sku: s, quantity: 3 }], { fulfillmentPolicy: policy });
    released(await t.f.release(kept.id));
    expect(refusedCode(await t.f.release(kept.id))).toBe('no_backorder_single_release');

    await t.f.receive(s, 2);
    const cut = await t.f.order('ACME', [{ sku: s, quantity: 5 }], { fulfillmentPolicy: policy });
    // The first order's remainder can never ship, so it no longer waits (nothing stranded, issue 11).
    expect((await view(kept.id)).lines[0]).toMatchObject({ released: 2, allocated: 2, backordered: 1 });
    expect(cut.lines[0]).toMatchObject({ allocated: 2, backordered: 3 });
    released(await t.f.release(cut.id, { appendAcrossOrders: false, cancelNoBackorderRemainder: true }));
    expect((await view(cut.id)).lines[0]).toMatchObject({ released: 2, cancelled: 3, backordered: 0 });
  });

  it('refuses to release an order with nothing open, and one that does not exist', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 1 }]);
    expect(refusedCode(await t.f.release(order.id))).toBe('nothing_to_release');
    await t.f.inTx((tx) => import('../../src/services/orders/order-cancellation.js').then((m) => m.cancelOrder(tx, order.id, {})));
    await expect(t.f.release(order.id)).rejects.toMatchObject({ refusal: { code: 'order_closed' } });
    await expect(t.f.release(99_999_999)).rejects.toMatchObject({ refusal: { code: 'order_not_found' } });
  });

  it('runs release-to-warehouse over every order in queue order, logging each refusal once', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 4);
    const policy = code('DIF-JOB');
    await t.f.policy({ code: policy, backorderStrategy: 'deliver_in_full' });
    const runner = new JobRunner(t.store.db, t.f.clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
    // Earlier runs of other tests may have left releasable orders: release them first.
    await runner.run('release-to-warehouse', 'test');
    const waiting = await t.f.order('ACME', [{ sku: s, quantity: 3 }], { fulfillmentPolicy: policy });
    await t.f.receive(s, 1);
    const plain = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    const vip = await t.f.order('VIP', [{ sku: s, quantity: 1 }]);
    // 5 in stock: VIP 1, waiting 3, plain 1 of 2.
    const run = await runner.run('release-to-warehouse', 'test');
    expect(run).toMatchObject({ status: 'completed', processed: 3 });
    expect((run.detail as { orders: number[] }).orders).toEqual([vip.id, waiting.id, plain.id]);
    const partial = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: policy });
    await t.f.receive(s, 2); // 1 completes plain, 1 goes to partial, which waits for its second

    const again = await runner.run('release-to-warehouse', 'test');
    const again2 = await runner.run('release-to-warehouse', 'test');
    expect(again.detail).toMatchObject({ orders: [plain.id], refused: expect.objectContaining({ deliver_in_full_incomplete: 1 }) });
    expect(again2).toMatchObject({ processed: 0 });
    expect((await actions(partial.id)).filter((a) => a === 'release_refused')).toHaveLength(1);
  });
});
