import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promiseDates, promiseDatesAtTail, type ExpectedSupply, type PromiseLine } from '../../src/domain/promising/promise-dates.js';

const TODAY = '2026-11-01';
const line = (lineId: number, backordered: number, notBefore: string | null = null): PromiseLine => ({ lineId, backordered, notBefore });
const supply = (date: string, quantity: number, forLineId: number | null = null): ExpectedSupply => ({ date, quantity, forLineId });

describe('promise dates: the walk', () => {
  it('covers the head of the queue from free stock today, then the rest by receipt dates', () => {
    const queue = [line(1, 3), line(2, 4), line(3, 2)];
    const dates = promiseDates(queue, 3, [supply('2026-11-20', 2), supply('2026-11-10', 4)], TODAY);
    expect(dates).toEqual([TODAY, '2026-11-10', '2026-11-20']);
  });

  it('promises a line when its whole remaining quantity is covered, and none when no supply covers it', () => {
    const dates = promiseDates([line(1, 5), line(2, 1)], 0, [supply('2026-11-05', 2), supply('2026-11-09', 3)], TODAY);
    expect(dates).toEqual(['2026-11-09', null]);
    expect(promiseDates([line(1, 1)], 0, [], TODAY)).toEqual([null]);
  });

  it('follows queue order: a line moved ahead takes the earlier supply', () => {
    const receipts = [supply('2026-11-05', 2), supply('2026-11-15', 2)];
    expect(promiseDates([line(1, 2), line(2, 2)], 0, receipts, TODAY)).toEqual(['2026-11-05', '2026-11-15']);
    expect(promiseDates([line(2, 2), line(1, 2)], 0, receipts, TODAY)).toEqual(['2026-11-05', '2026-11-15']);
  });

  it('never promises a preorder before its launch date, while it still takes its place in the queue', () => {
    const dates = promiseDates([line(1, 2, '2026-12-01'), line(2, 2)], 2, [supply('2026-11-10', 2)], TODAY);
    expect(dates).toEqual(['2026-12-01', '2026-11-10']);
    expect(promiseDates([line(1, 2, '2026-12-01')], 0, [supply('2026-12-20', 2)], TODAY)).toEqual(['2026-12-20']);
  });

  it('gives linked supply to its line first, and what it does not need to the queue', () => {
    const queue = [line(1, 3), line(2, 2), line(3, 1)];
    const dates = promiseDates(queue, 0, [supply('2026-11-05', 3, 2), supply('2026-11-12', 3)], TODAY);
    // Line 2 takes 2 of its 3 on the 5th; the spare unit starts line 1, which completes on the 12th with line 3.
    expect(dates).toEqual(['2026-11-12', '2026-11-05', '2026-11-12']);
  });

  it('treats linked supply for a line already covered as supply for the queue', () => {
    const dates = promiseDates([line(1, 2), line(2, 2)], 2, [supply('2026-11-05', 2, 1)], TODAY);
    expect(dates).toEqual([TODAY, '2026-11-05']);
  });

  it('counts overdue supply as arriving today, and serves linked supply before the queue on the same day', () => {
    expect(promiseDates([line(1, 1)], 0, [supply('2026-10-01', 1)], TODAY)).toEqual([TODAY]);
    const sameDay = promiseDates([line(1, 1), line(2, 1)], 0, [supply('2026-11-05', 1), supply('2026-11-05', 1, 2)], TODAY);
    expect(sameDay).toEqual(['2026-11-05', '2026-11-05']);
    expect(promiseDates([line(1, 1), line(2, 1)], 0, [supply('2026-11-05', 1), supply('2026-11-05', 1, 2)], TODAY)).toEqual(['2026-11-05', '2026-11-05']);
  });

  it('at the tail of the queue, needs only what is owed ahead, and agrees with the full walk', () => {
    const arbitrary = fc.record({
      ahead: fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 12 }),
      tail: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
      available: fc.integer({ min: 0, max: 10 }),
      supply: fc.array(
        fc.record({ day: fc.integer({ min: -3, max: 40 }), quantity: fc.integer({ min: 1, max: 8 }), linkTo: fc.option(fc.nat({ max: 14 }), { nil: null }) }),
        { maxLength: 10 },
      ),
    });
    fc.assert(
      fc.property(arbitrary, ({ ahead, tail, available, supply: raw }) => {
        const queue = [...ahead, ...tail].map((b, i) => line(i + 1, b));
        const day = (d: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
        // Supply may be linked to lines ahead (or to lines no longer waiting), never to the new tail lines.
        const expected = raw.map((s) => supply(day(s.day), s.quantity, s.linkTo === null || s.linkTo >= ahead.length ? null : s.linkTo + 1));
        const full = promiseDates(queue, available, expected, TODAY).slice(ahead.length);
        const owed = ahead.reduce((s, b) => s + b, 0);
        expect(promiseDatesAtTail(owed, queue.slice(ahead.length), available, expected, TODAY)).toEqual(full);
      }),
      { numRuns: 500 },
    );
  });

  it('recomputes 100,000 waiting lines against 50 receipts in one linear pass', () => {
    const queue = Array.from({ length: 100_000 }, (_, i) => line(i + 1, 1 + (i % 5)));
    const receipts = Array.from({ length: 50 }, (_, i) => supply(`2026-12-${String((i % 28) + 1).padStart(2, '0')}`, 5_000, i % 7 === 0 ? i * 1000 + 1 : null));
    const started = performance.now();
    const dates = promiseDates(queue, 1_000, receipts, TODAY);
    const elapsed = performance.now() - started;
    expect(dates).toHaveLength(100_000);
    expect(dates[0]).toBe(TODAY);
    expect(dates.filter((d) => d === null).length).toBeGreaterThan(0);
    // Generous bound for a shared CI machine (about 0.1 s here); a quadratic walk would take minutes.
    expect(elapsed).toBeLessThan(2_000);
  });
});
