import { describe, expect, it } from 'vitest';
import { orderHistory } from '../../src/queries/history.js';
import { orderView } from '../../src/queries/order-view.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { changeItem } from '../../src/services/catalog/item-change.js';
import { changeOrder } from '../../src/services/orders/order-change.js';
import type { RationingInput } from '../../src/contract/catalog.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// Rationing (docs/domain.md#rationing): fair shares and per-customer caps, checked against the invariants after every test.
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await twoLocationsThreeCustomers(f);
    await f.customer('GAMMA', 0);
    await f.customer('VIP2', 10);
  },
});

let n = 0;
async function rationedItem(rationing: RationingInput): Promise<string> {
  const sku = `R-${++n}`;
  await t.f.inTx((tx) => createItem(tx, { sku, name: sku, rationing }));
  return sku;
}
const allocated = async (orderId: number) => (await orderView(t.store.db, orderId)).lines[0]!.allocated;

describe(`rationing on ${databaseLabel}`, () => {
  it('fair share: a receipt is shared among the customers waiting at one priority in proportion to what they wait for', async () => {
    const sku = await rationedItem({ rule: 'fair_share' });
    const acme = await t.f.order('ACME', [{ sku, quantity: 30 }]);
    const beta = await t.f.order('BETA', [{ sku, quantity: 10 }]);
    const gamma = await t.f.order('GAMMA', [{ sku, quantity: 20 }]);
    await t.f.receive(sku, 31);
    // 31 × 30/60 = 15.5, 31 × 10/60 = 5.17, 31 × 20/60 = 10.33: 15, 5, 10, and the unit left to the first in the queue.
    expect([await allocated(acme.id), await allocated(beta.id), await allocated(gamma.id)]).toEqual([16, 5, 10]);
    const history = await orderHistory(t.f.ctx, beta.id);
    expect(history.entries.some((e) => e.action === 'allocated' && e.reason?.includes('fair share'))).toBe(true);
  });

  it('fair share: a customer with several lines gets one share, its lines served in queue order', async () => {
    const sku = await rationedItem({ rule: 'fair_share' });
    const first = await t.f.order('ACME', [{ sku, quantity: 2 }]);
    const beta = await t.f.order('BETA', [{ sku, quantity: 8 }]);
    const second = await t.f.order('ACME', [{ sku, quantity: 6 }]);
    await t.f.receive(sku, 10);
    expect([await allocated(first.id), await allocated(beta.id), await allocated(second.id)]).toEqual([2, 5, 3]);
  });

  it('fair share: a higher priority is served in full first, and may take stock from a lower one; the same priority may not', async () => {
    const sku = await rationedItem({ rule: 'fair_share' });
    await t.f.receive(sku, 6);
    const acme = await t.f.order('ACME', [{ sku, quantity: 6 }]);
    expect(await allocated(acme.id)).toBe(6);
    // Same priority, later: under the queue rule nothing would move either; it waits for its share.
    const beta = await t.f.order('BETA', [{ sku, quantity: 4 }]);
    expect(await allocated(beta.id)).toBe(0);
    // An earlier line that loses its rank to a priority change does not take back from a same-priority holder.
    await t.f.inTx((tx) => changeOrder(tx, beta.id, { priority: 0 }));
    expect(await allocated(acme.id)).toBe(6);
    const vip = await t.f.order('VIP', [{ sku, quantity: 3 }]);
    expect(await allocated(vip.id)).toBe(3);
    expect(await allocated(acme.id)).toBe(3);
    await t.f.receive(sku, 4);
    // ACME waits for 3, BETA for 4: 4 × 3/7 = 1.7, 4 × 4/7 = 2.3: 1 and 2, the unit left to ACME (first in the queue).
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([5, 2]);
  });

  it('a unit cap holds a customer back while others wait, and lets it have what no one else can take', async () => {
    const sku = await rationedItem({ customerCap: { units: 4 } });
    const acme = await t.f.order('ACME', [{ sku, quantity: 10 }]);
    const beta = await t.f.order('BETA', [{ sku, quantity: 3 }]);
    await t.f.receive(sku, 6);
    // Queue order within the caps: ACME reaches 4, BETA gets 2.
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([4, 2]);
    await t.f.receive(sku, 5);
    // BETA is served in full (one more), the other 4 go beyond ACME's cap: no one else waits.
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([8, 3]);
  });

  it('a cap also limits what a priority customer takes from lines behind it', async () => {
    const sku = await rationedItem({ customerCap: { units: 2 } });
    await t.f.receive(sku, 5);
    const acme = await t.f.order('ACME', [{ sku, quantity: 5 }]);
    expect(await allocated(acme.id)).toBe(5);
    const vip = await t.f.order('VIP', [{ sku, quantity: 4 }]);
    expect(await allocated(vip.id)).toBe(2);
    expect(await allocated(acme.id)).toBe(3);
  });

  it('a percent cap is that share of the receipts of its period, counted back from the latest receipt', async () => {
    const sku = await rationedItem({ customerCap: { percentOfReceipts: 25, periodDays: 7 } });
    const acme = await t.f.order('ACME', [{ sku, quantity: 20 }]);
    const beta = await t.f.order('BETA', [{ sku, quantity: 20 }]);
    // Received 8: ACME may reach 2 while BETA waits; BETA 2 as well; the 4 left go in queue order beyond the caps.
    await t.f.receive(sku, 8);
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([6, 2]);
    // A receipt more than 7 days later: the period holds only that one (12 units, cap 3).
    t.f.clock.advanceDays(10);
    await t.f.receive(sku, 12);
    // ACME holds 6 ≥ 3: BETA first, up to its cap (3, has 2: one more), the rest in queue order.
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([17, 3]);
  });

  it('a queue item changed to fair share keeps what is allocated and shares what comes next', async () => {
    const sku = `R-${++n}`;
    await t.f.item(sku);
    const acme = await t.f.order('ACME', [{ sku, quantity: 10 }]);
    const beta = await t.f.order('BETA', [{ sku, quantity: 10 }]);
    await t.f.receive(sku, 4);
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([4, 0]);
    const item = await t.f.inTx((tx) => changeItem(tx, sku, { rationing: { rule: 'fair_share' } }));
    expect(item.rationing).toEqual({ rule: 'fair_share', customerCap: null });
    await t.f.receive(sku, 4);
    // ACME waits for 6, BETA for 10: 4 × 6/16 = 1.5, 4 × 10/16 = 2.5: 1 and 2, the unit left to ACME.
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([6, 2]);
    // Back to the queue: queue order is restored at once (ACME, first, takes BETA's unreleased units).
    const plain = await t.f.inTx((tx) => changeItem(tx, sku, { rationing: null }));
    expect(plain.rationing).toBeUndefined();
    expect([await allocated(acme.id), await allocated(beta.id)]).toEqual([8, 0]);
  });
});
