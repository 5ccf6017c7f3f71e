import { describe, expect, it } from 'vitest';
import { planFill } from '../../src/domain/allocation/allocation-plan.js';

const line = (lineId: number, backordered: number, preferredLocationId: number | null = null) => ({
  lineId,
  orderId: lineId,
  lineNo: 1,
  priority: 0,
  entrySeq: lineId,
  backordered,
  preferredLocationId,
});

describe('planFill with an order location (pull from several locations)', () => {
  const supply = [
    { locationId: 1, available: 4 },
    { locationId: 2, available: 3 },
  ];

  it('takes from the line’s own location first, then the others by priority', () => {
    expect(planFill([line(1, 5, 2)], supply)).toEqual([
      { lineId: 1, locationId: 2, quantity: 3 },
      { lineId: 1, locationId: 1, quantity: 2 },
    ]);
  });

  it('keeps queue order across lines with different locations', () => {
    expect(planFill([line(1, 2), line(2, 4, 2)], supply)).toEqual([
      { lineId: 1, locationId: 1, quantity: 2 },
      { lineId: 2, locationId: 2, quantity: 3 },
      { lineId: 2, locationId: 1, quantity: 1 },
    ]);
  });

  it('ignores a location that holds none of the item', () => {
    expect(planFill([line(1, 2, 9)], supply)).toEqual([{ lineId: 1, locationId: 1, quantity: 2 }]);
  });
});
