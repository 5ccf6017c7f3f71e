import { describe, expect, it } from 'vitest';
import { backorderAtEntry, defaultPolicy } from '../../src/domain/orders/fulfillment-policy.js';
import { backordered, cancellable, lineStatus } from '../../src/domain/allocation/line-quantities.js';
import { orderStatus, orderSummary } from '../../src/domain/orders/order-status.js';
import { inverseOf, movementDelta, movementKinds } from '../../src/domain/allocation/stock-movement.js';

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
  const net = (...deltas: { onHand: number; allocated: number }[]) =>
    deltas.reduce((a, d) => ({ onHand: a.onHand + d.onHand, allocated: a.allocated + d.allocated }), { onHand: 0, allocated: 0 });

  it('names an inverse for every kind', () => {
    for (const kind of movementKinds) expect(movementKinds).toContain(inverseOf[kind]);
  });

  it('undoes each movement with its inverse', () => {
    expect(net(movementDelta('allocation', 3), movementDelta(inverseOf.allocation, 3))).toEqual({ onHand: 0, allocated: 0 });
    expect(net(movementDelta('receipt', 3), movementDelta(inverseOf.receipt, -3))).toEqual({ onHand: 0, allocated: 0 });
    expect(net(movementDelta('adjustment', 3), movementDelta(inverseOf.adjustment, -3))).toEqual({ onHand: 0, allocated: 0 });
    // An issue ships allocated stock; its inverse (a return) puts it back on hand, free to allocate again.
    expect(net(movementDelta('issue', 3), movementDelta(inverseOf.issue, 3))).toEqual({ onHand: 0, allocated: -3 });
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
