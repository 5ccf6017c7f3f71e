import { describe, expect, it } from 'vitest';
import { listBackorders } from '../../src/queries/backorder-list.js';
import { orderHistory } from '../../src/queries/history.js';
import { cancelOrder, changeOrder } from '../../src/services/orders/order-change.js';
import { orderView } from '../../src/queries/order-view.js';
import { adjustStock, receiveStock, stockView } from '../../src/services/stock/stock-changes.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
/** A unique SKU per test, so tests in this file do not share queues. */
const sku = () => `SKU-${++n}`;

const line = <T extends { lineNo: number }>(order: { lines: T[] }, lineNo = 1): T => order.lines.find((l) => l.lineNo === lineNo)!;

describe(`allocation on ${databaseLabel}`, () => {
  it('allocates what is on hand and backorders the rest, then a receipt fills it (aACE example)', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 20);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 25 }]);
    expect(line(order)).toMatchObject({ quantity: 25, allocated: 20, backordered: 5, status: 'partially_allocated' });
    expect(order.status).toBe('partially_allocated');

    const stock = await t.f.receive(s, 10);
    expect(stock).toMatchObject({ onHand: 30, allocated: 25, available: 5, backordered: 0, waitingLines: 0 });
    expect(line(await orderView(t.store.db, order.id))).toMatchObject({ allocated: 25, backordered: 0, status: 'allocated' });
  });

  it('fills the queue first come, first served within a priority', async () => {
    const s = sku();
    await t.f.item(s);
    const first = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    const second = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    await t.f.receive(s, 4);
    expect(line(await orderView(t.store.db, first.id)).allocated).toBe(3);
    expect(line(await orderView(t.store.db, second.id)).allocated).toBe(1);
  });

  it('lets a priority customer take unreleased stock from an earlier, lower-priority order', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 5);
    const early = await t.f.order('ACME', [{ sku: s, quantity: 5 }]);
    expect(line(early).allocated).toBe(5);
    const vip = await t.f.order('VIP', [{ sku: s, quantity: 3 }]);
    expect(line(vip)).toMatchObject({ allocated: 3, backordered: 0 });
    expect(line(await orderView(t.store.db, early.id))).toMatchObject({ allocated: 2, backordered: 3 });
    const history = await orderHistory(t.f.ctx, early.id);
    expect(history.entries.some((e) => e.action === 'deallocated' && e.reason?.includes(`taken by order ${vip.id}`))).toBe(true);
  });

  it('keeps several lines of one order in line-number order', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 4);
    const order = await t.f.order('ACME', [
      { sku: s, quantity: 3 },
      { sku: s, quantity: 3 },
    ]);
    expect(order.lines.map((l) => l.allocated)).toEqual([3, 1]);
  });

  it('cancels the backordered part first, then frees allocation that fills the queue', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 10);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 12 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 4 }]);
    expect(line(a)).toMatchObject({ allocated: 10, backordered: 2 });

    const partly = await t.f.inTx((tx) => cancelOrder(tx, a.id, { lines: [{ lineNo: 1, quantity: 2 }], reason: 'customer asked' }));
    expect(line(partly)).toMatchObject({ allocated: 10, backordered: 0, cancelled: 2 });
    expect(line(await orderView(t.store.db, b.id)).allocated).toBe(0);

    const more = await t.f.inTx((tx) => cancelOrder(tx, a.id, { lines: [{ lineNo: 1, quantity: 5 }] }));
    expect(line(more)).toMatchObject({ allocated: 5, cancelled: 7 });
    expect(line(await orderView(t.store.db, b.id))).toMatchObject({ allocated: 4, status: 'allocated' });

    const all = await t.f.inTx((tx) => cancelOrder(tx, a.id, {}));
    expect(all.status).toBe('cancelled');
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 10, allocated: 4, available: 6 });
  });

  it('refuses to cancel more than is open, or a closed order, and writes nothing', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await expect(t.f.inTx((tx) => cancelOrder(tx, order.id, { lines: [{ lineNo: 1, quantity: 3 }] }))).rejects.toMatchObject({
      refusal: { code: 'cancel_exceeds_open' },
    });
    await expect(t.f.inTx((tx) => cancelOrder(tx, order.id, { lines: [{ lineNo: 2 }] }))).rejects.toMatchObject({
      refusal: { code: 'line_not_found' },
    });
    await t.f.inTx((tx) => cancelOrder(tx, order.id, {}));
    await expect(t.f.inTx((tx) => cancelOrder(tx, order.id, {}))).rejects.toMatchObject({ refusal: { code: 'order_closed' } });
    expect(line(await orderView(t.store.db, order.id)).cancelled).toBe(2);
  });

  it('reallocates when a priority is raised and when it is lowered', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 4);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 4 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    expect(line(b).allocated).toBe(0);

    const raised = await t.f.inTx((tx) => changeOrder(tx, b.id, { priority: 5 }));
    expect(line(raised).allocated).toBe(3);
    expect(line(await orderView(t.store.db, a.id))).toMatchObject({ allocated: 1, backordered: 3 });

    const lowered = await t.f.inTx((tx) => changeOrder(tx, b.id, { priority: -1 }));
    expect(line(lowered).allocated).toBe(0);
    expect(line(await orderView(t.store.db, a.id))).toMatchObject({ allocated: 4, backordered: 0 });
    const history = await orderHistory(t.f.ctx, b.id);
    expect(history.entries.filter((e) => e.action === 'priority_changed').map((e) => e.reason)).toEqual(['0 → 5', '5 → -1']);
  });

  it('allocates across locations by location priority', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2, 'EAST');
    await t.f.receive(s, 3, 'MAIN');
    await t.f.order('ACME', [{ sku: s, quantity: 4 }]);
    const stock = await stockView(t.f.ctx, s);
    expect(stock.locations).toEqual([
      { location: 'MAIN', onHand: 3, allocated: 3, available: 0 },
      { location: 'EAST', onHand: 2, allocated: 1, available: 1 },
    ]);
  });

  it('takes stock back from the worst-ranked line when an adjustment removes it', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 6);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    await t.f.inTx((tx) => adjustStock(tx, { sku: s, location: 'MAIN', quantity: -2, reason: 'cycle count' }));
    expect(line(await orderView(t.store.db, a.id)).allocated).toBe(3);
    expect(line(await orderView(t.store.db, b.id))).toMatchObject({ allocated: 1, backordered: 2 });
    await expect(
      t.f.inTx((tx) => adjustStock(tx, { sku: s, location: 'MAIN', quantity: -5, reason: 'too much' })),
    ).rejects.toMatchObject({ refusal: { code: 'adjustment_exceeds_stock' } });

    await t.f.inTx((tx) => adjustStock(tx, { sku: s, location: 'MAIN', quantity: 2, reason: 'found' }));
    expect(line(await orderView(t.store.db, b.id)).allocated).toBe(3);
  });

  it('fills from a return', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 1 }]);
    await t.f.inTx((tx) => receiveStock(tx, 'return', { sku: s, location: 'EAST', quantity: 1 }));
    expect(line(await orderView(t.store.db, order.id)).allocated).toBe(1);
  });

  it('never backorders a service item and refuses stock for it', async () => {
    const s = sku();
    await t.f.item(s, 50, true);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    expect(line(order)).toMatchObject({ allocated: 2, backordered: 0 });
    await expect(t.f.receive(s, 1)).rejects.toMatchObject({ refusal: { code: 'service_item_has_no_stock' } });
  });

  it('refuses at entry an order a no_backorder/error policy cannot fill, writing nothing', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 1);
    await t.f.policy({ code: `STRICT-${s}`, backorderStrategy: 'no_backorder', violation: 'error' });
    await t.f.policy({ code: `SOFT-${s}`, backorderStrategy: 'no_backorder', violation: 'warning' });
    await expect(t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: `STRICT-${s}` })).rejects.toMatchObject({
      refusal: { code: 'backorder_not_allowed' },
    });
    expect(await stockView(t.f.ctx, s)).toMatchObject({ allocated: 0, available: 1, waitingLines: 0 });

    const flagged = await t.f.order('ACME', [{ sku: s, quantity: 2 }], { fulfillmentPolicy: `SOFT-${s}` });
    expect(flagged.warnings).toHaveLength(1);
    expect(line(flagged)).toMatchObject({ allocated: 1, backordered: 1 });
  });

  it('lists backorders with queue positions, filters and cursor paging', async () => {
    const s = sku();
    await t.f.item(s);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await t.f.order(i % 2 ? 'BETA' : 'ACME', [{ sku: s, quantity: 2 }]));
    const vip = await t.f.order('VIP', [{ sku: s, quantity: 1 }]);

    const first = await listBackorders(t.f.ctx, { sku: s, limit: 4 });
    expect(first.items.map((i) => [i.orderId, i.queuePosition])).toEqual([
      [vip.id, 1],
      [orders[0]!.id, 2],
      [orders[1]!.id, 3],
      [orders[2]!.id, 4],
    ]);
    expect(first.nextCursor).not.toBeNull();
    const rest = await listBackorders(t.f.ctx, { sku: s, limit: 4, cursor: first.nextCursor! });
    expect(rest.items.map((i) => i.queuePosition)).toEqual([5, 6]);
    expect(rest.nextCursor).toBeNull();

    const beta = await listBackorders(t.f.ctx, { sku: s, customer: 'BETA' });
    expect(beta.items.map((i) => i.queuePosition)).toEqual([3, 5]);
    expect(beta.items[0]).toMatchObject({ backordered: 2, allocated: 0, ageDays: 0 });

    t.f.clock.advanceDays(3);
    const old = await listBackorders(t.f.ctx, { sku: s, minAgeDays: 3 });
    expect(old.items).toHaveLength(6);
    expect(old.items[0]!.ageDays).toBe(3);
    expect((await listBackorders(t.f.ctx, { sku: s, minAgeDays: 4 })).items).toHaveLength(0);
  });

  it('records who changed what and why', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await t.f.inTx((tx) => receiveStock({ ...tx, actor: 'maria' }, 'receipt', { sku: s, location: 'MAIN', quantity: 2, reference: 'PO-9' }));
    const history = await orderHistory(t.f.ctx, order.id);
    expect(history.entries.map((e) => e.action)).toEqual(['entered', 'backordered', 'allocated']);
    expect(history.entries.at(-1)).toMatchObject({ actor: 'maria', quantity: 2, reason: 'receipt of 2 at MAIN (PO-9)' });
  });
});
