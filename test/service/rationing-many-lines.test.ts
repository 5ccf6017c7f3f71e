import { describe, expect, it } from 'vitest';
import { orderView, type OrderView } from '../../src/queries/order-view.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { enterOrders, type EntryResult } from '../../src/services/orders/order-entry.js';
import type { RationingInput } from '../../src/contract/catalog.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// Rationing with more waiting lines than the engine reads in one page (500): the settle and the
// fill must still reach every line the rule and the caps let take stock. Invariants after each test.
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.customer('HOG', 10);
    await f.customer('LATE', 10);
    await f.customer('LOW', 0);
    for (const code of ['C1', 'C2', 'C3']) await f.customer(code, 0);
  },
});

let n = 0;
async function rationedItem(rationing: RationingInput): Promise<string> {
  const sku = `M-${++n}`;
  await t.f.inTx((tx) => createItem(tx, { sku, name: sku, rationing }));
  return sku;
}
/** `count` lines of one unit for a customer, in orders of at most 500 lines, entered together. */
const manyLines = (customer: string, sku: string, count: number) =>
  t.f.inTx((tx) =>
    enterOrders(
      tx,
      Array.from({ length: Math.ceil(count / 500) }, (_, i) => ({
        customer,
        lines: Array.from({ length: Math.min(500, count - i * 500) }, () => ({ sku, quantity: 1 })),
      })),
    ),
  );
const allocatedOf = async (orderId: number) => (await orderView(t.store.db, orderId)).lines.reduce((sum, l) => sum + l.allocated, 0);

describe(`rationing beyond one page of waiting lines on ${databaseLabel}`, () => {
  it('a line behind more than 500 lines of a customer at its cap still takes stock from a lower priority', async () => {
    const sku = await rationedItem({ customerCap: { units: 1 } });
    await t.f.receive(sku, 2);
    const low = await t.f.order('LOW', [{ sku, quantity: 1 }]);
    const hog = await t.f.order('HOG', [{ sku, quantity: 1 }]);
    expect([await allocatedOf(low.id), await allocatedOf(hog.id)]).toEqual([1, 1]);
    // HOG, at its cap of 1, waits with 600 lines at priority 10: none of them may take LOW's unit.
    await manyLines('HOG', sku, 600);
    expect(await allocatedOf(low.id)).toBe(1);
    // LATE, at priority 10 too, ranks behind all 600 but is under its cap: it takes LOW's unit.
    const late = await t.f.order('LATE', [{ sku, quantity: 1 }]);
    expect([await allocatedOf(late.id), await allocatedOf(low.id)]).toEqual([1, 0]);
  });

  it('fair share over more than 500 waiting lines: a receipt is shared by what each customer waits for', async () => {
    const sku = await rationedItem({ rule: 'fair_share' });
    // C1 waits with 600 lines, C2 with 300, C3 with 100 (1,000 units): 500 come.
    const [c1, c2, c3] = [await manyLines('C1', sku, 600), await manyLines('C2', sku, 300), await manyLines('C3', sku, 100)];
    await t.f.receive(sku, 500);
    const total = async (entered: readonly EntryResult[]) => (await Promise.all(entered.map((e) => allocatedOf((e as OrderView).id)))).reduce((a, b) => a + b, 0);
    expect([await total(c1), await total(c2), await total(c3)]).toEqual([300, 150, 50]);
  });
});
