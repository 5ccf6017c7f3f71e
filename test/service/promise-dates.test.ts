import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/database.js';
import { listBackorders } from '../../src/services/backorder-list.js';
import { orderHistory } from '../../src/services/history-service.js';
import { changeItem } from '../../src/services/item-service.js';
import { createItem } from '../../src/services/master-data-service.js';
import { cancelOrder, changeOrder } from '../../src/services/order-service.js';
import { orderView } from '../../src/services/order-view.js';
import { refreshPromises } from '../../src/services/promise-service.js';
import {
  cancelPurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  receivePurchaseOrder,
  type PurchaseOrderInput,
} from '../../src/services/purchase-order-service.js';
import { stockView } from '../../src/services/stock-service.js';
import { uploadSchedule } from '../../src/services/supply-schedule-service.js';
import { createTransferOrder, shipTransferOrder } from '../../src/services/transfer-order-service.js';
import { launchPreorders } from '../../src/services/preorder-service.js';
import { fixtures } from '../support/fixtures.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel, freshStore } from '../support/test-store.js';

let store: Store;
let f: ReturnType<typeof fixtures>;
let n = 0;
const sku = () => `ATP-${++n}`;
const dateOf = async (orderId: number, lineNo = 1) => (await orderView(store.db, orderId)).lines.find((l) => l.lineNo === lineNo)!.expectedShipDate;
const po = (s: string, quantity: number, expectedDate: string, extra: Partial<PurchaseOrderInput> = {}) =>
  f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate, lines: [{ sku: s, quantity }], ...extra }));
const promiseLog = async (orderId: number) =>
  (await orderHistory(f.ctx, orderId)).entries.filter((e) => e.action === 'promise_date_changed').map((e) => e.reason);

beforeAll(async () => {
  store = await freshStore();
  f = fixtures(store); // the clock says 2026-11-01
  await f.location('MAIN', 10);
  await f.location('EAST', 5);
  await f.customer('ACME', 0);
  await f.customer('BETA', 0);
  await f.customer('VIP', 10);
});
afterAll(() => store.close());
afterEach(async () => {
  expect(await invariantViolations(store.db, { immediate: true })).toEqual([]);
});

describe(`promise dates on ${databaseLabel}`, () => {
  it('promises waiting lines from purchase orders by date, and records each change', async () => {
    const s = sku();
    await f.item(s);
    const a = await f.order('ACME', [{ sku: s, quantity: 3 }]);
    expect(await dateOf(a.id)).toBeNull();
    await po(s, 2, '2026-11-10');
    expect(await dateOf(a.id)).toBeNull(); // 2 of 3: not covered
    await po(s, 5, '2026-11-20');
    expect(await dateOf(a.id)).toBe('2026-11-20');
    const b = await f.order('BETA', [{ sku: s, quantity: 4 }]);
    expect(b.lines[0]!.expectedShipDate).toBe('2026-11-20');
    const c = await f.order('BETA', [{ sku: s, quantity: 1 }]);
    expect(c.lines[0]!.expectedShipDate).toBeNull();
    expect(await promiseLog(a.id)).toEqual(['expected ship date none → 2026-11-20']);
  });

  it('moves dates when a priority changes, and back when it is lowered again', async () => {
    const s = sku();
    await f.item(s);
    const a = await f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await f.order('BETA', [{ sku: s, quantity: 2 }]);
    await po(s, 2, '2026-11-10');
    await po(s, 2, '2026-11-25');
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-10', '2026-11-25']);

    await f.inTx((tx) => changeOrder(tx, b.id, { priority: 5 }));
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-25', '2026-11-10']);
    expect(await promiseLog(a.id)).toEqual(['expected ship date none → 2026-11-10', 'expected ship date 2026-11-10 → 2026-11-25']);

    await f.inTx((tx) => changeOrder(tx, b.id, { priority: 0 }));
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual(['2026-11-10', '2026-11-25']);
  });

  it('moves dates when a line ahead is cancelled, and clears them when lines are filled', async () => {
    const s = sku();
    await f.item(s);
    const a = await f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await f.order('BETA', [{ sku: s, quantity: 2 }]);
    const first = await po(s, 2, '2026-11-10');
    expect(await dateOf(b.id)).toBeNull();
    await f.inTx((tx) => cancelOrder(tx, a.id, {}));
    expect(await dateOf(b.id)).toBe('2026-11-10');
    await f.inTx((tx) => receivePurchaseOrder(tx, first.id, {}));
    expect(await orderView(store.db, b.id)).toMatchObject({ lines: [{ allocated: 2, expectedShipDate: null }] });
  });

  it('counts drafts only once confirmed, and forgets a cancelled purchase order', async () => {
    const s = sku();
    await f.item(s);
    const a = await f.order('ACME', [{ sku: s, quantity: 2 }]);
    const draft = await f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-12', lines: [{ sku: s, quantity: 2 }] }, 'draft'));
    expect(await dateOf(a.id)).toBeNull();
    await f.inTx((tx) => confirmPurchaseOrder(tx, draft.id));
    expect(await dateOf(a.id)).toBe('2026-11-12');
    await f.inTx((tx) => cancelPurchaseOrder(tx, draft.id));
    expect(await dateOf(a.id)).toBeNull();
  });

  it('uses the uploaded schedule from today on, and overdue orders as arriving today', async () => {
    const s = sku();
    await f.item(s);
    const a = await f.order('ACME', [{ sku: s, quantity: 2 }]);
    const b = await f.order('BETA', [{ sku: s, quantity: 2 }]);
    await f.inTx((tx) =>
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
    const stock = await stockView(f.ctx, s);
    expect(stock.nextExpectedDate).toBe('2026-10-28');
    expect(stock.inbound.map((i) => [i.date, i.quantity, i.location, i.source])).toEqual([
      ['2026-10-28', 2, 'MAIN', 'purchase_order'],
      ['2026-11-15', 2, 'EAST', 'schedule'],
    ]);
  });

  it('promises a line its linked supply first, and a transfer once it is in transit', async () => {
    const s = sku();
    await f.item(s);
    const a = await f.order('ACME', [{ sku: s, quantity: 3 }]);
    const b = await f.order('BETA', [{ sku: s, quantity: 1 }]);
    await po(s, 1, '2026-11-08', { lines: [{ sku: s, quantity: 1, orderId: b.id, lineNo: 1 }] });
    expect([await dateOf(a.id), await dateOf(b.id)]).toEqual([null, '2026-11-08']);
    // A transfer in transit is supply again: its stock has left the source's shelf.
    const t = sku();
    await f.item(t);
    await f.receive(t, 2, 'EAST');
    const c = await f.order('ACME', [{ sku: t, quantity: 2 }]);
    const transfer = await f.inTx((tx) => createTransferOrder(tx, { from: 'EAST', to: 'MAIN', expectedDate: '2026-11-04', lines: [{ sku: t, quantity: 2, orderId: c.id, lineNo: 1 }] }));
    expect(await dateOf(c.id)).toBeNull();
    await f.inTx((tx) => shipTransferOrder(tx, transfer.id));
    expect(await dateOf(c.id)).toBe('2026-11-04');
  });

  it('never promises a preorder before launch, and follows the launch date when it moves', async () => {
    const s = sku();
    await f.inTx((tx) => createItem(tx, { sku: s, name: s, preorder: { launchDate: '2026-12-01' } }));
    const a = await f.order('ACME', [{ sku: s, quantity: 2 }]);
    await po(s, 2, '2026-11-10');
    expect(await dateOf(a.id)).toBe('2026-12-01');
    const list = await listBackorders(f.ctx, { sku: s });
    expect(list.items[0]).toMatchObject({ preorder: true, expectedShipDate: '2026-12-01' });
    await f.inTx((tx) => changeItem(tx, s, { preorder: { launchDate: '2026-11-20' } }));
    expect(await dateOf(a.id)).toBe('2026-11-20');
    const itemId = await itemIdOf(s);
    await f.inTx((tx) => launchPreorders({ ...tx, today: '2026-11-20' }, itemId));
    expect(await orderView(store.db, a.id)).toMatchObject({ lines: [{ preorder: false, expectedShipDate: '2026-11-20' }] });
  });

  it('gives new orders at the tail the same dates as a full recomputation', async () => {
    const s = sku();
    await f.item(s);
    await po(s, 5, '2026-11-05');
    await po(s, 5, '2026-11-15', { lines: [{ sku: s, quantity: 5 }] });
    const orders = [];
    for (const [customer, quantity] of [['ACME', 3], ['BETA', 4], ['ACME', 2], ['BETA', 2]] as const) orders.push(await f.order(customer, [{ sku: s, quantity }]));
    const before = await Promise.all(orders.map((o) => dateOf(o.id)));
    expect(before).toEqual(['2026-11-05', '2026-11-15', '2026-11-15', null]);
    const itemId = await itemIdOf(s);
    await f.inTx((tx) => refreshPromises(tx, [itemId]));
    expect(await Promise.all(orders.map((o) => dateOf(o.id)))).toEqual(before);
  });
});

async function itemIdOf(s: string): Promise<number> {
  return (await store.db.selectFrom('items').select('id').where('sku', '=', s).executeTakeFirstOrThrow()).id;
}
