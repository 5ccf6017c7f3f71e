import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/database.js';
import { enterOrders, isRefusal, type OrderInput } from '../../src/services/order-entry.js';
import type { OrderView } from '../../src/services/order-view.js';
import { stockView } from '../../src/services/stock-service.js';
import { fixtures } from '../support/fixtures.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel, freshStore } from '../support/test-store.js';

let store: Store;
let f: ReturnType<typeof fixtures>;

beforeAll(async () => {
  store = await freshStore();
  f = fixtures(store);
  await f.location('MAIN');
  await f.customer('ACME', 0);
  await f.customer('VIP', 10);
  await f.policy({ code: 'STRICT', backorderStrategy: 'no_backorder', violation: 'error' });
  await f.customer('PICKY', 0, 'STRICT');
});
afterAll(() => store.close());
afterEach(async () => {
  expect(await invariantViolations(store.db, { immediate: true })).toEqual([]);
});

const one = (customer: string, sku: string, quantity: number, extra: Partial<OrderInput> = {}): OrderInput => ({
  customer,
  lines: [{ sku, quantity }],
  ...extra,
});

describe(`entering many orders in one transaction on ${databaseLabel}`, () => {
  it('allocates in arrival order within a priority, and priority first', async () => {
    await f.item('B-1');
    await f.receive('B-1', 5);
    const results = await f.inTx((tx) =>
      enterOrders(tx, [one('ACME', 'B-1', 2), one('ACME', 'B-1', 2), one('VIP', 'B-1', 3), one('ACME', 'B-1', 1)]),
    );
    const allocated = (results as OrderView[]).map((r) => r.lines[0]!.allocated);
    expect(allocated).toEqual([2, 0, 3, 0]);
    expect((results as OrderView[]).map((r) => r.id)).toEqual([...(results as OrderView[]).map((r) => r.id)].sort((a, b) => a - b));
  });

  it('answers each refused order with its refusal and enters the rest', async () => {
    await f.item('B-2');
    await f.receive('B-2', 6);
    const results = await f.inTx((tx) =>
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
    expect(results.map((r) => (isRefusal(r) ? r.code : r.lines[0]!.allocated))).toEqual([
      1,
      'customer_not_found',
      'backorder_not_allowed',
      'item_not_found',
      1,
      'fulfillment_policy_not_found',
      4,
    ]);
    // Orders whose policy may refuse are entered after the others; nothing of the refused one stays.
    expect(await stockView(f.ctx, 'B-2')).toMatchObject({ onHand: 6, allocated: 6, backordered: 0, waitingLines: 0 });
  });
});
