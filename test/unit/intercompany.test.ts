import { describe, expect, it } from 'vitest';
import { closesLoop, strategySynced } from '../../src/domain/orders/intercompany.js';

describe('intercompany rules', () => {
  it('syncs the strategy only for direct delivery to a customer that syncs', () => {
    expect(strategySynced({ originalOrderId: 1, directDelivery: true, customerSyncs: true })).toBe(true);
    expect(strategySynced({ originalOrderId: 1, directDelivery: true, customerSyncs: false })).toBe(false);
    expect(strategySynced({ originalOrderId: 1, directDelivery: false, customerSyncs: true })).toBe(false);
  });

  it('finds a loop up the chain of originals, and none where the chain ends', () => {
    const chain = new Map([
      [3, 2],
      [2, 1],
    ]);
    expect(closesLoop(1, 3, (id) => chain.get(id))).toBe(true); // 1 would supply 3, which 2 supplies, which supplies 1
    expect(closesLoop(4, 3, (id) => chain.get(id))).toBe(false);
    expect(closesLoop(5, 5, () => undefined)).toBe(true);
    const looping = new Map([
      [7, 8],
      [8, 7],
    ]);
    expect(closesLoop(9, 7, (id) => looping.get(id))).toBe(false); // a loop not through 9 ends the walk
  });
});
