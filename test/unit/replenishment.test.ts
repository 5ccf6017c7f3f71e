import { describe, expect, it } from 'vitest';
import { quantityToBuy, shortagePurchase } from '../../src/domain/supply/replenishment.js';

const position = { backordered: 0, available: 0, inbound: 0, minLevel: 0, reorderQuantity: 0 };

describe('replenishment', () => {
  it('buys what covers backorders and reaches the minimum level, net of free stock and inbound', () => {
    expect(quantityToBuy({ ...position, backordered: 7, minLevel: 5 })).toBe(12);
    expect(quantityToBuy({ ...position, backordered: 7, minLevel: 5, inbound: 10 })).toBe(2);
    expect(quantityToBuy({ ...position, minLevel: 5, available: 3 })).toBe(2);
    expect(quantityToBuy({ ...position, backordered: 2, minLevel: 5, available: 3, inbound: 4 })).toBe(0);
  });

  it('never buys less than the reorder quantity, and nothing when nothing is needed', () => {
    expect(quantityToBuy({ ...position, backordered: 2, reorderQuantity: 50 })).toBe(50);
    expect(quantityToBuy({ ...position, available: 10, reorderQuantity: 50 })).toBe(0);
  });

  it('raises the shortage for the order plus the minimum level (purchase the shortage)', () => {
    expect(shortagePurchase(5, { ...position, backordered: 5, minLevel: 10 })).toEqual({ forLines: 5, topUp: 10 });
    // Inbound already covers the minimum level: only the shortage.
    expect(shortagePurchase(5, { ...position, backordered: 5, minLevel: 10, inbound: 10 })).toEqual({ forLines: 5, topUp: 0 });
    // Other backorders are covered too, and the whole is at least the reorder quantity.
    expect(shortagePurchase(5, { ...position, backordered: 8, minLevel: 2, reorderQuantity: 24 })).toEqual({ forLines: 5, topUp: 19 });
  });
});
