import { describe, expect, it } from 'vitest';
import { backorderAtEntry, defaultPolicy } from '../../src/domain/fulfillment-policy.js';
import { backordered, cancellable, lineStatus } from '../../src/domain/line-quantities.js';
import { orderStatus, orderSummary } from '../../src/domain/order-status.js';
import { inverseOf, movementDelta, movementKinds } from '../../src/domain/stock-movement.js';

const q = (quantity: number, allocated = 0, extra: { shipped?: number; cancelled?: number; released?: number } = {}) => ({
  quantity,
  allocated,
  released: extra.released ?? 0,
  shipped: extra.shipped ?? 0,
  cancelled: extra.cancelled ?? 0,
});

describe('line quantities and statuses', () => {
  it('derives backordered and cancellable quantities', () => {
    expect(backordered(q(25, 20))).toBe(5);
    expect(cancellable(q(25, 20, { released: 8 }))).toBe(17);
  });

  it.each([
    [q(5), 'backordered'],
    [q(5, 2), 'partially_allocated'],
    [q(5, 5), 'allocated'],
    [q(5, 0, { cancelled: 5 }), 'cancelled'],
    [q(5, 0, { shipped: 3, cancelled: 2 }), 'shipped'],
    [q(5, 1, { shipped: 2 }), 'partially_shipped'],
  ] as const)('line %o is %s', (line, status) => {
    expect(lineStatus(line)).toBe(status);
  });

  it('summarises an order at a glance', () => {
    const lines = [q(25, 20), q(3, 3), q(2, 0, { cancelled: 2 })];
    expect(orderStatus(lines)).toBe('partially_allocated');
    expect(orderSummary(lines)).toBe('5 units on backorder on 1 line.');
    expect(orderStatus([q(2, 0, { cancelled: 2 })])).toBe('cancelled');
    expect(orderStatus([q(2, 2)])).toBe('allocated');
  });
});

describe('stock movements', () => {
  it('gives every movement a named inverse that undoes its counters', () => {
    for (const kind of movementKinds) {
      const forward = movementDelta(kind, 3);
      const inverse = inverseOf[kind];
      const back = kind === 'adjustment' || kind === 'receipt' ? movementDelta(inverse, -3) : movementDelta(inverse, 3);
      if (kind === 'issue' || kind === 'return') {
        // An issue's inverse (a return) restores on hand; allocation is re-made by the queue.
        expect(forward.onHand + back.onHand).toBe(0);
      } else {
        expect({ onHand: forward.onHand + back.onHand, allocated: forward.allocated + back.allocated }).toEqual({ onHand: 0, allocated: 0 });
      }
    }
  });
});

describe('backorders at entry', () => {
  it('follows the violation level of a no_backorder policy', () => {
    const noBackorder = { ...defaultPolicy, backorderStrategy: 'no_backorder' as const };
    expect(backorderAtEntry(defaultPolicy)).toBe('allow');
    expect(backorderAtEntry({ ...noBackorder, violation: 'error' })).toBe('refuse');
    expect(backorderAtEntry({ ...noBackorder, violation: 'warning' })).toBe('warn');
    expect(backorderAtEntry({ ...noBackorder, violation: 'info' })).toBe('note');
  });
});
