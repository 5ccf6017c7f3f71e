import { laterOf, type IsoDate } from '../business-date.js';

/** A waiting line, in queue order. `notBefore` is a preorder's launch date (never promised earlier). */
export interface PromiseLine {
  readonly lineId: number;
  readonly backordered: number;
  readonly notBefore: IsoDate | null;
}

/**
 * Units expected on a date: an open purchase order line, a transfer in transit, an entry of the
 * on-hand change schedule. `forLineId` names the line the supply was raised for (it takes it
 * first, as the receipt will); null is supply for the whole queue.
 */
export interface ExpectedSupply {
  readonly date: IsoDate;
  readonly quantity: number;
  readonly forLineId: number | null;
}

/**
 * Available to promise (docs/domain.md#promise-dates): walks the item's queue in order against the
 * free stock and then the expected supply by date, as the receipts will fill it, and gives each
 * line the date its whole backordered quantity is covered, or null when no expected supply covers
 * it. Supply due in the past counts as arriving today. One sort of the supply and one walk of the
 * queue: linear in the queue's length.
 */
export function promiseDates(
  queue: readonly PromiseLine[],
  available: number,
  supply: readonly ExpectedSupply[],
  today: IsoDate,
): (IsoDate | null)[] {
  const need = queue.map((l) => l.backordered);
  const dates: (IsoDate | null)[] = queue.map(() => null);
  const arrivals = supply
    .filter((s) => s.quantity > 0)
    .map((s) => ({ ...s, date: laterOf(today, s.date) }))
    // By date; on one day, linked supply first (a receipt serves its linked line before the queue).
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.forLineId === null) - Number(b.forLineId === null)));
  const position = arrivals.some((s) => s.forLineId !== null) ? new Map(queue.map((l, i) => [l.lineId, i])) : new Map<number, number>();

  const covered = (i: number, date: IsoDate) => {
    dates[i] = laterOf(date, queue[i]!.notBefore);
  };
  let pool = Math.max(0, available);
  let next = 0;
  const drain = (date: IsoDate) => {
    while (next < queue.length && pool > 0) {
      const take = Math.min(need[next]!, pool);
      need[next]! -= take;
      pool -= take;
      if (need[next] === 0) {
        if (dates[next] === null) covered(next, date);
        next++;
      }
    }
  };

  drain(today);
  for (const arrival of arrivals) {
    let units = arrival.quantity;
    const linked = arrival.forLineId === null ? undefined : position.get(arrival.forLineId);
    if (linked !== undefined && need[linked]! > 0) {
      const take = Math.min(need[linked]!, units);
      need[linked]! -= take;
      units -= take;
      if (need[linked] === 0) covered(linked, arrival.date);
    }
    // What a linked line does not need (or supply for a line no longer waiting) serves the queue.
    pool += units;
    drain(arrival.date);
  }
  return dates;
}

/**
 * The dates of lines that wait at the very end of the queue (a new order behind everyone), from
 * what is owed ahead of them alone: every unit of supply, linked or not, serves the lines ahead
 * or them, so the whole queue need not be read.
 */
export function promiseDatesAtTail(
  owedAhead: number,
  tail: readonly PromiseLine[],
  available: number,
  supply: readonly ExpectedSupply[],
  today: IsoDate,
): (IsoDate | null)[] {
  const ahead: PromiseLine = { lineId: Number.NaN, backordered: owedAhead, notBefore: null };
  return promiseDates([ahead, ...tail], available, supply.map((s) => ({ ...s, forLineId: null })), today).slice(1);
}
