import { describe, expect, it } from 'vitest';
import { isRefused } from '../../src/domain/refusal.js';
import { enterOrders, type OrderInput } from '../../src/services/orders/order-entry.js';
import { orderViews, type OrderView } from '../../src/queries/order-view.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await f.location('MAIN');
    await f.customer('ACME', 0);
    await f.customer('VIP', 10);
    await f.policy({ code: 'STRICT', backorderStrategy: 'no_backorder', violation: 'error' });
    await f.customer('PICKY', 0, 'STRICT');
  },
});

const one = (customer: string, sku: string, quantity: number, extra: Partial<OrderInput> = {}): OrderInput => ({
  customer,
  lines: [{ sku, quantity }],
  ...extra,
});

describe(`entering many orders in one transaction on ${databaseLabel}`, () => {
  it('allocates in arrival order within a priority, and priority first', async () => {
    await t.f.item('B-1');
    await t.f.receive('B-1', 5);
    const results = await t.f.inTx((tx) =>
      enterOrders(tx, [one('ACME', 'B-1', 2), one('ACME', 'B-1', 2), one('VIP', 'B-1', 3), one('ACME', 'B-1', 1)]),
    );
    const allocated = (results as OrderView[]).map((r) => r.lines[0]!.allocated);
    expect(allocated).toEqual([2, 0, 3, 0]);
    expect((results as OrderView[]).map((r) => r.id)).toEqual([...(results as OrderView[]).map((r) => r.id)].sort((a, b) => a - b));
  });

  it('answers each refused order with its refusal and enters the rest', async () => {
    await t.f.item('B-2');
    await t.f.receive('B-2', 6);
    const results = await t.f.inTx((tx) =>
      enterOrders(tx, [
        one('ACME', 'B-2', 1),
        one('NOBODY', 'B-2', 1),
        one('PICKY', 'B-2', 5),
        one('ACME', 'NO-SUCH-SKU', 1),
        one('PICKY', 'B-2', 1),
        one('ACME', 'B-2', 1, { fulfillmentPolicy: 'NO-SUCH-POLICY' }),
        one('ACME', 'B-2', 4),
      ]),
    );
    expect(results.map((r) => (isRefused(r) ? r.code : r.lines[0]!.allocated))).toEqual([
      1,
      'customer_not_found',
      'backorder_not_allowed',
      'item_not_found',
      1,
      'fulfillment_policy_not_found',
      4,
    ]);
    // Orders whose policy may refuse are entered after the others; nothing of the refused one stays.
    expect(await stockView(t.f.ctx, 'B-2')).toMatchObject({ onHand: 6, allocated: 6, backordered: 0, waitingLines: 0 });
  });

  it('answers as written exactly what reading the orders back shows', async () => {
    await t.f.location('EAST', 1);
    await t.f.policy({ code: 'HALF', backorderStrategy: 'backorder_allowed', fulfillmentRate: { valueType: 'quantity', minPercent: 50 }, violation: 'warning' });
    await t.f.customer('SPLIT', 0, 'HALF');
    await t.f.item('W-1');
    await t.f.item('W-2');
    await t.f.item('W-SVC', 25, true);
    await t.f.receive('W-1', 3);
    await t.f.receive('W-1', 2, 'EAST');
    await t.f.receive('W-2', 1, 'EAST');
    const inputs: OrderInput[] = [
      { customer: 'ACME', lines: [{ sku: 'W-1', quantity: 4 }, { sku: 'W-2', quantity: 2 }, { sku: 'W-SVC', quantity: 1 }], reference: 'mixed' },
      { customer: 'SPLIT', lines: [{ sku: 'W-1', quantity: 2, unitPrice: 12.5 }], shipType: 'complete', requestedShipDate: '2026-11-20' },
      { customer: 'ACME', lines: [{ sku: 'W-2', quantity: 1, preventPartialDelivery: true }], location: 'EAST', priority: 0 },
      { customer: 'ACME', lines: [{ sku: 'W-1', quantity: 1 }], fulfillmentPolicy: 'HALF', backorderStrategy: 'max_one_backorder' },
    ];
    const answered = (await t.f.inTx((tx) => enterOrders(tx, inputs))) as OrderView[];
    expect(answered.every((a) => !isRefused(a))).toBe(true);
    expect(answered).toEqual(await orderViews(t.store.db, answered.map((a) => a.id)));
    expect(answered[0]!.lines[0]!.allocations.length).toBe(2); // both locations
  });
});

