import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planEntry,
  planFill,
  planSettle,
  planTakeBack,
  type Holding,
  type WaitingLine,
} from '../../src/domain/allocation/allocation-plan.js';
import { compareRank, ranksAhead } from '../../src/domain/allocation/queue-rank.js';

const line = (lineId: number, backordered: number, priority = 0, entrySeq = lineId, lineNo = 1): WaitingLine => ({
  lineId,
  orderId: lineId,
  lineNo,
  priority,
  entrySeq,
  backordered,
});
const holding = (lineId: number, quantity: number, priority = 0, entrySeq = lineId, locationId = 1): Holding => ({
  lineId,
  orderId: lineId,
  lineNo: 1,
  priority,
  entrySeq,
  locationId,
  quantity,
});

describe('queue order', () => {
  it('serves higher priority, then earlier entry, then lower line number', () => {
    const ranks = [
      { priority: 0, entrySeq: 2, lineNo: 1 },
      { priority: 5, entrySeq: 9, lineNo: 2 },
      { priority: 0, entrySeq: 1, lineNo: 2 },
      { priority: 5, entrySeq: 9, lineNo: 1 },
      { priority: 0, entrySeq: 1, lineNo: 1 },
    ];
    expect([...ranks].sort(compareRank)).toEqual([
      { priority: 5, entrySeq: 9, lineNo: 1 },
      { priority: 5, entrySeq: 9, lineNo: 2 },
      { priority: 0, entrySeq: 1, lineNo: 1 },
      { priority: 0, entrySeq: 1, lineNo: 2 },
      { priority: 0, entrySeq: 2, lineNo: 1 },
    ]);
  });

  it('never puts a line ahead of itself', () => {
    const rank = { priority: 1, entrySeq: 1, lineNo: 1 };
    expect(ranksAhead(rank, rank)).toBe(false);
  });
});

describe('planFill', () => {
  it('fills waiting lines in order and splits the last one (aACE: 25 ordered, 20 on hand)', () => {
    expect(planFill([line(1, 25)], [{ locationId: 1, available: 20 }])).toEqual([{ lineId: 1, locationId: 1, quantity: 20 }]);
  });

  it('takes from the best location first and spills to the next', () => {
    const grants = planFill([line(1, 4), line(2, 3)], [
      { locationId: 10, available: 5 },
      { locationId: 20, available: 5 },
    ]);
    expect(grants).toEqual([
      { lineId: 1, locationId: 10, quantity: 4 },
      { lineId: 2, locationId: 10, quantity: 1 },
      { lineId: 2, locationId: 20, quantity: 2 },
    ]);
  });

  it('stops at the limit', () => {
    expect(planFill([line(1, 5), line(2, 5)], [{ locationId: 1, available: 100 }], 7)).toEqual([
      { lineId: 1, locationId: 1, quantity: 5 },
      { lineId: 2, locationId: 1, quantity: 2 },
    ]);
  });

  it('never gives more than is free or more than a line lacks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
        (needs, free) => {
          const waiting = needs.map((n, i) => line(i + 1, n));
          const supply = free.map((available, i) => ({ locationId: i + 1, available }));
          const grants = planFill(waiting, supply);
          const total = grants.reduce((s, g) => s + g.quantity, 0);
          expect(total).toBe(Math.min(needs.reduce((a, b) => a + b, 0), free.reduce((a, b) => a + b, 0)));
          for (const w of waiting) {
            const got = grants.filter((g) => g.lineId === w.lineId).reduce((s, g) => s + g.quantity, 0);
            expect(got).toBeLessThanOrEqual(w.backordered);
          }
          // Strict first come: a line gets something only if every line before it is full.
          const firstShort = waiting.findIndex((w) => grants.filter((g) => g.lineId === w.lineId).reduce((s, g) => s + g.quantity, 0) < w.backordered);
          if (firstShort >= 0) {
            for (const w of waiting.slice(firstShort + 1)) expect(grants.some((g) => g.lineId === w.lineId)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('planEntry', () => {
  const supply = [{ locationId: 1, available: 10 }];

  it('gives a new line only what is not owed to lines waiting ahead of it', () => {
    expect(planEntry([line(1, 3), line(2, 10)], new Set([2]), supply)).toEqual([{ lineId: 2, locationId: 1, quantity: 7 }]);
    expect(planEntry([line(1, 12), line(2, 10)], new Set([2]), supply)).toEqual([]);
  });

  it('places many lines in one walk, in queue order, around lines already waiting', () => {
    const queue = [line(5, 2, 9), line(1, 3), line(2, 4), line(3, 4)];
    expect(planEntry(queue, new Set([5, 2, 3]), supply)).toEqual([
      { lineId: 5, locationId: 1, quantity: 2 },
      { lineId: 2, locationId: 1, quantity: 4 },
      { lineId: 3, locationId: 1, quantity: 1 },
    ]);
  });

  it('agrees with a fill when nothing else waits', () => {
    const queue = [line(1, 4), line(2, 4), line(3, 4)];
    expect(planEntry(queue, new Set([1, 2, 3]), supply)).toEqual(planFill(queue, supply));
  });
});

describe('planSettle', () => {
  it('moves unreleased stock from the worst holder to a better-ranked waiting line', () => {
    const waiting = [line(9, 5, 10)];
    const held = [holding(3, 2), holding(2, 4), holding(1, 10)];
    expect(planSettle(waiting, held)).toEqual([
      { fromLineId: 3, toLineId: 9, locationId: 1, quantity: 2 },
      { fromLineId: 2, toLineId: 9, locationId: 1, quantity: 3 },
    ]);
  });

  it('stops where the waiting line no longer ranks ahead', () => {
    expect(planSettle([line(5, 3)], [holding(2, 3)])).toEqual([]);
  });

  it('does nothing for the part that free stock already covers', () => {
    const waiting = [line(1, 4, 5), line(2, 4, 5)];
    expect(planSettle(waiting, [holding(7, 10)], 6)).toEqual([{ fromLineId: 7, toLineId: 2, locationId: 1, quantity: 2 }]);
  });

  it('never lets a line take from itself', () => {
    const self = line(1, 3, 0, 1);
    expect(planSettle([self], [holding(1, 2, 0, 1)])).toEqual([]);
  });
});

describe('planTakeBack', () => {
  it('takes from the worst-ranked holders and reports what it could not cover', () => {
    expect(planTakeBack([holding(3, 2), holding(2, 2)], 5)).toEqual({
      grants: [
        { lineId: 3, locationId: 1, quantity: 2 },
        { lineId: 2, locationId: 1, quantity: 2 },
      ],
      shortfall: 1,
    });
  });
});
