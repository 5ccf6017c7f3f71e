import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFill } from '../../src/domain/allocation/allocation-plan.js';
import { planRationedFill, rationedShares, withinCaps, type CustomerLine, type RationingState } from '../../src/domain/allocation/fair-share-plan.js';
import { capInForce, outranksUnder, rationingProblem } from '../../src/domain/allocation/rationing.js';

let seq = 0;
const line = (customerId: number, backordered: number, priority = 0): CustomerLine => {
  seq++;
  return { lineId: seq, orderId: seq, lineNo: 1, priority, entrySeq: seq, backordered, customerId };
};
const fair = (capUnits: number | null = null, held: [number, number][] = []): RationingState => ({ rule: 'fair_share', capUnits, held: new Map(held) });
const queue = (capUnits: number | null = null, held: [number, number][] = []): RationingState => ({ rule: 'queue', capUnits, held: new Map(held) });
const byLine = (lines: readonly CustomerLine[], shares: Map<number, number>) => lines.map((l) => shares.get(l.lineId) ?? 0);

describe('fair share', () => {
  it('shares a shortage among customers at one priority in proportion to what they wait for', () => {
    const lines = [line(1, 30), line(2, 10), line(3, 20)];
    expect(byLine(lines, rationedShares(lines, 30, fair()))).toEqual([15, 5, 10]);
  });

  it('rounds down and gives the remainder one unit at a time in queue order', () => {
    // 10 × 1/3 each = 3.33: 3 each, the one left to the first in the queue.
    const lines = [line(1, 5), line(2, 5), line(3, 5)];
    expect(byLine(lines, rationedShares(lines, 10, fair()))).toEqual([4, 3, 3]);
    // Two units for three customers: the first two in the queue.
    expect(byLine(lines, rationedShares(lines, 2, fair()))).toEqual([1, 1, 0]);
  });

  it('serves a higher priority in full before sharing at the next one', () => {
    const lines = [line(1, 4, 5), line(2, 6, 0), line(3, 6, 0)];
    expect(byLine(lines, rationedShares(lines, 10, fair()))).toEqual([4, 3, 3]);
  });

  it("gives a customer's share to its own lines in queue order", () => {
    const lines = [line(1, 2), line(2, 8), line(1, 6)];
    // Customer 1 waits for 8 of 16: 5 of 10 units; its first line takes 2, its later one 3.
    expect(byLine(lines, rationedShares(lines, 10, fair()))).toEqual([2, 5, 3]);
  });

  it('covers everyone when the stock is not short', () => {
    const lines = [line(1, 3), line(2, 4)];
    expect(byLine(lines, rationedShares(lines, 50, fair()))).toEqual([3, 4]);
  });

  it('never gives more than the budget nor more than a line waits for, and wastes nothing (property)', () => {
    const arbitrary = fc.record({
      lines: fc.array(fc.record({ customer: fc.integer({ min: 1, max: 4 }), units: fc.integer({ min: 1, max: 20 }), priority: fc.integer({ min: 0, max: 2 }) }), {
        minLength: 1,
        maxLength: 12,
      }),
      budget: fc.integer({ min: 0, max: 120 }),
      cap: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
      rule: fc.constantFrom('queue' as const, 'fair_share' as const),
    });
    fc.assert(
      fc.property(arbitrary, ({ lines: spec, budget, cap, rule }) => {
        const lines = spec.map((s) => line(s.customer, s.units, s.priority)).sort((a, b) => b.priority - a.priority || a.entrySeq - b.entrySeq);
        const shares = rationedShares(lines, budget, { rule, capUnits: cap, held: new Map() });
        const given = [...shares.values()].reduce((a, b) => a + b, 0);
        const demand = lines.reduce((a, l) => a + l.backordered, 0);
        expect(given).toBe(Math.min(budget, demand));
        for (const l of lines) expect(shares.get(l.lineId) ?? 0).toBeLessThanOrEqual(l.backordered);
        // A customer's units beyond its cap only when every other customer is served in full or reached the cap too.
        if (cap !== null) {
          const perCustomer = new Map<number, number>();
          for (const l of lines) perCustomer.set(l.customerId, (perCustomer.get(l.customerId) ?? 0) + (shares.get(l.lineId) ?? 0));
          for (const [customer, units] of perCustomer) {
            if (units <= cap) continue;
            for (const [other, got] of perCustomer) {
              const wanted = lines.filter((l) => l.customerId === other).reduce((a, l) => a + l.backordered, 0);
              if (other !== customer) expect(got >= cap || got === wanted).toBe(true);
            }
          }
        }
      }),
    );
  });
});

describe('queue rule (rationing by caps only)', () => {
  it('without a cap, fills exactly as the queue does', () => {
    const lines = [line(1, 4, 2), line(2, 6), line(3, 6)];
    const supply = [{ locationId: 1, available: 7 }, { locationId: 2, available: 3 }];
    expect(planRationedFill(lines, supply, 9, queue())).toEqual(planFill(lines, supply, 9));
  });

  it('holds a customer at its cap while others wait, and gives it the rest when no one else can take it', () => {
    const lines = [line(1, 10), line(2, 3)];
    expect(byLine(lines, rationedShares(lines, 8, queue(4)))).toEqual([5, 3]);
    expect(byLine(lines, rationedShares(lines, 6, queue(4)))).toEqual([4, 2]);
  });

  it('counts what a customer already holds against its cap', () => {
    const lines = [line(1, 10), line(2, 10)];
    expect(byLine(lines, rationedShares(lines, 6, queue(5, [[1, 3]])))).toEqual([2, 4]);
  });
});

describe('caps with fair share', () => {
  it('shares capped demand: a capped customer counts only what it may still reach', () => {
    const lines = [line(1, 20), line(2, 4), line(3, 4)];
    // Customer 1 may reach 5: demand 5 + 4 + 4 = 13 > 9 units: 3, 2, 2 rounded down, the 2 left in queue order.
    expect(byLine(lines, rationedShares(lines, 9, fair(5)))).toEqual([4, 3, 2]);
    // Enough for every capped demand: what is left goes beyond the cap.
    expect(byLine(lines, rationedShares(lines, 15, fair(5)))).toEqual([7, 4, 4]);
  });

  it('limits takers to their caps in a settle', () => {
    const lines = [line(1, 4), line(1, 4), line(2, 4)];
    expect(withinCaps(lines, fair(5, [[1, 2]])).map((l) => l.backordered)).toEqual([3, 4]);
    expect(withinCaps(lines, fair()).map((l) => l.backordered)).toEqual([4, 4, 4]);
  });
});

describe('rationing terms', () => {
  it('a percent cap is that share of the receipts of its period, rounded down', () => {
    expect(capInForce({ percentOfReceipts: 30, periodDays: 7 }, 25)).toBe(7);
    expect(capInForce({ units: 12 }, 25)).toBe(12);
  });

  it('fair share lets stock move only across priorities; the queue by rank', () => {
    const early = { priority: 1, entrySeq: 1, lineNo: 1 };
    const late = { priority: 1, entrySeq: 2, lineNo: 1 };
    const lower = { priority: 0, entrySeq: 0, lineNo: 1 };
    expect(outranksUnder('queue')(early, late)).toBe(true);
    expect(outranksUnder('fair_share')(early, late)).toBe(false);
    expect(outranksUnder('fair_share')(late, lower)).toBe(true);
  });

  it('refuses fair share or a cap on a service item, and a cap that is zero, negative or of both kinds', () => {
    expect(rationingProblem('fair_share', null, true)?.code).toBe('rationing_on_service_item');
    expect(rationingProblem('queue', { units: 3 }, true)?.code).toBe('rationing_on_service_item');
    expect(rationingProblem('queue', null, true)).toBeNull();
    expect(rationingProblem('fair_share', { units: 0 }, false)?.code).toBe('customer_cap_not_positive');
    expect(rationingProblem('fair_share', { percentOfReceipts: -5, periodDays: 7 }, false)?.code).toBe('customer_cap_not_positive');
    expect(rationingProblem('fair_share', { percentOfReceipts: 5, periodDays: 0 }, false)?.code).toBe('customer_cap_not_positive');
    expect(rationingProblem('queue', { units: 3, percentOfReceipts: 5, periodDays: 7 }, false)?.code).toBe('customer_cap_invalid');
    expect(rationingProblem('queue', { percentOfReceipts: 5 }, false)?.code).toBe('customer_cap_invalid');
    expect(rationingProblem('queue', { percentOfReceipts: 101, periodDays: 7 }, false)?.code).toBe('customer_cap_invalid');
    expect(rationingProblem('fair_share', { percentOfReceipts: 20, periodDays: 7 }, false)).toBeNull();
  });
});
