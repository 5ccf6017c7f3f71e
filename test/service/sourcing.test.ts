import { describe, expect, it } from 'vitest';
import { changeOrder } from '../../src/services/orders/order-change.js';
import { purchaseShortage } from '../../src/services/supply/order-sourcing.js';
import { splitOrder } from '../../src/services/orders/order-split.js';
import { orderView } from '../../src/queries/order-view.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { receivePurchaseOrder } from '../../src/services/supply/purchase-orders.js';
import { purchaseOrderView } from '../../src/queries/purchase-order-view.js';
import { databaseLabel } from '../support/test-store.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
const sku = () => `SRC-${++n}`;

describe(`splitting and sourcing orders on ${databaseLabel}`, () => {
  it('moves supply raised for a line to its remainder, numbering each split order from 1 (issue 11)', async () => {
    const s = sku();
    await t.f.inTx((tx) => createItem(tx, { sku: s, name: s, replenishment: { supplier: 'S', leadTimeDays: 3 } }));
    await t.f.receive(s, 4);
    const original = await t.f.order('ACME', [{ sku: s, quantity: 6 }, { sku: s, quantity: 1 }]);
    expect(original.lines.map((l) => l.allocated)).toEqual([4, 0]);
    const { purchaseOrders } = await t.f.inTx((tx) => purchaseShortage(tx, original.id, {}));
    expect(purchaseOrders[0]!.lines.map((l) => [l.quantity, l.orderLineNo])).toEqual([[2, 1], [1, 2]]);

    const { newOrderId } = await t.f.inTx((tx) => splitOrder(tx, original.id));
    const remainder = await orderView(t.store.db, newOrderId);
    expect(remainder.lines.map((l) => [l.lineNo, l.quantity, l.expectedShipDate])).toEqual([[1, 2, '2026-11-04'], [2, 1, '2026-11-04']]);
    const po = await purchaseOrderView(t.store.db, purchaseOrders[0]!.id);
    expect(po.lines.map((l) => [l.orderId, l.orderLineNo])).toEqual([[newOrderId, 1], [newOrderId, 2]]);

    // A priority customer takes the original's unreleased stock: it waits again and may split again.
    await t.f.order('VIP', [{ sku: s, quantity: 2 }]);
    expect((await orderView(t.store.db, original.id)).lines[0]).toMatchObject({ allocated: 2, backordered: 2 });
    const second = await t.f.inTx((tx) => splitOrder(tx, original.id));
    expect((await orderView(t.store.db, second.newOrderId)).lines.map((l) => l.lineNo)).toEqual([1]);

    await t.f.inTx((tx) => receivePurchaseOrder(tx, po.id, {}));
    expect((await orderView(t.store.db, newOrderId)).lines.map((l) => l.allocated)).toEqual([2, 1]);
  });

  it('moves a split remainder up the queue like any order when its priority rises', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 1);
    const original = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    const { newOrderId } = await t.f.inTx((tx) => splitOrder(tx, original.id));
    const other = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await t.f.inTx((tx) => changeOrder(tx, newOrderId, { priority: 5 }));
    await t.f.receive(s, 2);
    expect((await orderView(t.store.db, newOrderId)).lines[0]!.allocated).toBe(2);
    expect((await orderView(t.store.db, other.id)).lines[0]!.allocated).toBe(0);
  });

  it('refuses sourcing without a supplier, or when nothing waits', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    const filled = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await expect(t.f.inTx((tx) => purchaseShortage(tx, filled.id, {}))).rejects.toMatchObject({ refusal: { code: 'nothing_to_source' } });
    await expect(t.f.inTx((tx) => splitOrder(tx, filled.id))).rejects.toMatchObject({ refusal: { code: 'nothing_to_split' } });
    const waiting = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await expect(t.f.inTx((tx) => purchaseShortage(tx, waiting.id, {}))).rejects.toMatchObject({ refusal: { code: 'no_supplier', context: { skus: [s] } } });
    const named = await t.f.inTx((tx) => purchaseShortage(tx, waiting.id, { supplier: 'Anyone', expectedDate: '2026-11-09', location: 'EAST' }));
    expect(named.purchaseOrders[0]).toMatchObject({ supplier: 'Anyone', location: 'EAST', expectedDate: '2026-11-09' });
  });
});
