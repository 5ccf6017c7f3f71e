import { describe, expect, it } from 'vitest';
import { listBackorders } from '../../src/queries/backorder-list.js';
import { orderHistory } from '../../src/queries/history.js';
import { changeItem } from '../../src/services/catalog/item-change.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { cancelOrder, changeOrder } from '../../src/services/orders/order-change.js';
import { orderView } from '../../src/queries/order-view.js';
import { refreshPromises } from '../../src/services/promising/promise-refresh.js';
import {
  cancelPurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  receivePurchaseOrder,
  type PurchaseOrderInput,
} from '../../src/services/supply/purchase-orders.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { uploadSchedule } from '../../src/services/supply/supply-schedule.js';
import { createTransferOrder, shipTransferOrder } from '../../src/services/supply/transfer-orders.js';
import { launchPreorders } from '../../src/services/promising/preorder-launch.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// The fixtures' clock says 2026-11-01.
const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
const sku = () => `ATP-${++n}`;
const dateOf = async (orderId: number, lineNo = 1) => (await orderView(t.store.db, orderId)).lines.find((l) => l.lineNo === lineNo)!.expectedShipDate;
const po = (s: string, quantity: number, expectedDate: string, extra: Partial<PurchaseOrderInput> = {}) =>
  t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate, lines: [{ sku: s, quantity }], ...extra }));
const promiseLog = async (orderId: number) =>
  (await orderHistory(t.f.ctx, orderId)).entries.filter((e) => e.action === 'promise_date_changed').map((e) => e.reason);

describe(`promise dates on ${databaseLabel}`, () => {
  it('promises waiting lines from purchase orders by date, and records each change', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    expect(await dateOf(a.id)).toBeNull();
    await po(s, 2, '2026-11-10');
    expect(await dateOf(a.id)).toBeNull(); // 2 of 3: not covered
    await po(s, 5, '2026-11-20');
    expect(await dateOf(a.id)).toBe('2026-11-20');
    const b = await t.f.order('BETA', [{ sku: s, quantity: 4 }]);
    expect(b.lines[0]!.expectedShipDate).toBe('2026-11-20');
    const c = await t.f.order('BETA', [{ sku: s, quantity: 1 }]);
    expect(c.lines[0]!.expectedShipDate).toBeNull();
    expect(await promiseLog(a.id)).toEqual(['expected ship date none → 2026-11-20']);
  });

  it('moves dates when a priority changes, and back when it is lowered again', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    await po(s, 2, '2026-11-10');
    await po(s, 2, '2026-11-25');
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-10', '2026-11-25']);

    await t.f.inTx((tx) => changeOrder(tx, b.id, { priority: 5 }));
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-25', '2026-11-10']);
    expect(await promiseLog(a.id)).toEqual(['expected ship date none → 2026-11-10', 'expected ship date 2026-11-10 → 2026-11-25']);

    await t.f.inTx((tx) => changeOrder(tx, b.id, { priority: 0 }));
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-10', '2026-11-25']);
  });

  it('moves dates when a line ahead is cancelled, and clears them when lines are filled', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    const first = await po(s, 2, '2026-11-10');
    expect(await dateOf(b.id)).toBeNull();
    await t.f.inTx((tx) => cancelOrder(tx, a.id, {}));
    expect(await dateOf(b.id)).toBe('2026-11-10');
    await t.f.inTx((tx) => receivePurchaseOrder(tx, first.id, {}));
    expect(await orderView(t.store.db, b.id)).toMatchObject({ lines: [{ allocated: 2, expectedShipDate: null }] });
  });

  it('counts drafts only once confirmed, and forgets a cancelled purchase order', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const draft = await t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-12', lines: [{ sku: s, quantity: 2 }] }, 'draft'));
    expect(await dateOf(a.id)).toBeNull();
    await t.f.inTx((tx) => confirmPurchaseOrder(tx, draft.id));
    expect(await dateOf(a.id)).toBe('2026-11-12');
    await t.f.inTx((tx) => cancelPurchaseOrder(tx, draft.id));
    expect(await dateOf(a.id)).toBeNull();
  });

  it('uses the uploaded schedule from today on, and overdue orders as arriving today', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    await t.f.inTx((tx) =>
      uploadSchedule(tx, {
        entries: [
          { sku: s, location: 'EAST', date: '2026-10-20', quantity: 9 },
          { sku: s, location: 'EAST', date: '2026-11-15', quantity: 2 },
        ],
      }),
    );
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-15', null]);
    await po(s, 2, '2026-10-28');
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-01', '2026-11-15']);
    const stock = await stockView(t.f.ctx, s);
    expect(stock.nextExpectedDate).toBe('2026-10-28');
    expect(stock.inbound.map((i) => [i.date, i.quantity, i.location, i.source])).toEqual([
      ['2026-10-28', 2, 'MAIN', 'purchase_order'],
      ['2026-11-15', 2, 'EAST', 'schedule'],
    ]);
  });

  it('promises a line its linked supply first, and a transfer once it is in transit', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 1 }]);
    await po(s, 1, '2026-11-08', { lines: [{ sku: s, quantity: 1, orderId: b.id, lineNo: 1 }] });
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual([null, '2026-11-08']);
    // A transfer in transit is supply again: its stock has left the source's shelf.
    const moved = sku();
    await t.f.item(moved);
    await t.f.receive(moved, 2, 'EAST');
    const c = await t.f.order('ACME', [{ sku: moved, quantity: 2 }]);
    const transfer = await t.f.inTx((tx) => createTransferOrder(tx, { from: 'EAST', to: 'MAIN', expectedDate: '2026-11-04', lines: [{ sku: moved, quantity: 2, orderId: c.id, lineNo: 1 }] }));
    expect(await dateOf(c.id)).toBeNull();
    await t.f.inTx((tx) => shipTransferOrder(tx, transfer.id));
    expect(await dateOf(c.id)).toBe('2026-11-04');
  });

  it('never promises a preorder before launch, and follows the launch date when it moves', async () => {
    const s = sku();
    await t.f.inTx((tx) => createItem(tx, { sku: s, name: s, preorder: { launchDate: '2026-12-01' } }));
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await po(s, 2, '2026-11-10');
    expect(await dateOf(a.id)).toBe('2026-12-01');
    const list = await listBackorders(t.f.ctx, { sku: s });
    expect(list.items[0]).toMatchObject({ preorder: true, expectedShipDate: '2026-12-01' });
    await t.f.inTx((tx) => changeItem(tx, s, { preorder: { launchDate: '2026-11-20' } }));
    expect(await dateOf(a.id)).toBe('2026-11-20');
    const itemId = await itemIdOf(s);
    await t.f.inTxOn('2026-11-20', (tx) => launchPreorders(tx, itemId));
    expect(await orderView(t.store.db, a.id)).toMatchObject({ lines: [{ preorder: false, expectedShipDate: '2026-11-20' }] });
  });

  it('gives new orders at the tail the same dates as a full recomputation', async () => {
    const s = sku();
    await t.f.item(s);
    await po(s, 5, '2026-11-05');
    await po(s, 5, '2026-11-15', { lines: [{ sku: s, quantity: 5 }] });
    const orders = [];
    for (const [customer, quantity] of [['ACME', 3], ['BETA', 4], ['ACME', 2], ['BETA', 2]] as const) orders.push(await t.f.order(customer, [{ sku: s, quantity }]));
    const before = await Promise.all(orders.map((o) => dateOf(o.id)));
    expect(before).toEqual(['2026-11-05', '2026-11-15', '2026-11-15', null]);
    const itemId = await itemIdOf(s);
    await t.f.inTx((tx) => refreshPromises(tx, [itemId]));
    expect(await Promise.all(orders.map((o) => dateOf(o.id)))).toEqual(before);
  });
});

async function itemIdOf(s: string): Promise<number> {
  return (await t.store.db.selectFrom('items').select('id').where('sku', '=', s).executeTakeFirstOrThrow()).id;
}
