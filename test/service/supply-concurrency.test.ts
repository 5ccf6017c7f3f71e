import { describe, expect, it } from 'vitest';
import { Refused } from '../../src/domain/refusal.js';
import { enterOrder } from '../../src/services/orders/order-entry.js';
import { createPurchaseOrder, receivePurchaseOrder } from '../../src/services/supply/purchase-orders.js';
import { purchaseOrderView } from '../../src/queries/purchase-order-view.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel, onPostgres } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  poolSize: 30,
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('ACME', 0);
    await f.customer('VIP', 5);
  },
});

const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => {
      if (error instanceof Refused) return { ok: false as const, code: error.refusal.code };
      throw error;
    },
  );

describe(`purchase orders under concurrency on ${databaseLabel}${onPostgres ? ' (one transaction per request)' : ''}`, () => {
  it('receives a purchase order once however many receipts race for it', async () => {
    await t.f.item('RACE-1');
    const po = await t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-05', lines: [{ sku: 'RACE-1', quantity: 4 }] }));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => settled(t.f.inTx((tx) => receivePurchaseOrder(tx, po.id, { lines: [{ lineNo: 1, quantity: 3 }] })))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code)))).toEqual(new Set(['receipt_exceeds_open']));
    expect((await purchaseOrderView(t.store.db, po.id)).lines[0]).toMatchObject({ received: 3, open: 1 });
    expect(await stockView(t.f.ctx, 'RACE-1')).toMatchObject({ onHand: 3 });
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it('keeps every invariant while orders, linked receipts and priority orders interleave', async () => {
    await t.f.item('RACE-2');
    const waiting = [];
    for (let i = 0; i < 10; i++) waiting.push(await t.f.order('ACME', [{ sku: 'RACE-2', quantity: 2 }]));
    const pos = [];
    for (const order of waiting) {
      pos.push(await t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-05', lines: [{ sku: 'RACE-2', quantity: 2, orderId: order.id, lineNo: 1 }] })));
    }
    await Promise.all([
      ...pos.map((po) => settled(t.f.inTx((tx) => receivePurchaseOrder(tx, po.id, {})))),
      ...Array.from({ length: 10 }, (_, i) => settled(t.f.inTx((tx) => enterOrder(tx, { customer: i % 2 ? 'VIP' : 'ACME', lines: [{ sku: 'RACE-2', quantity: 1 }] })))),
    ]);
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
    // Each linked line kept the stock raised for it, whatever priority orders came in between.
    const rows = await t.store.db.selectFrom('order_lines').select('allocated').where('order_id', 'in', waiting.map((o) => o.id)).execute();
    expect(rows.map((r) => r.allocated)).toEqual(waiting.map(() => 2));
  });
});
