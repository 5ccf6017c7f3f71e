import { ranksAhead, type QueueRank } from './queue-rank.js';

/**
 * A line waiting in an item's queue; `backordered` is what it still lacks. `preferredLocationId`
 * is its order's own location, allocated from first (then the others by location priority: pull
 * from several locations).
 */
export interface WaitingLine extends QueueRank {
  readonly lineId: number;
  readonly orderId: number;
  readonly backordered: number;
  readonly preferredLocationId?: number | null | undefined;
}

/** Stock free to allocate at one location. Lists of these are in location priority order. */
export interface LocationSupply {
  readonly locationId: number;
  readonly available: number;
}

/** Unreleased stock a line holds at one location: the only allocation that may be taken back. */
export interface Holding extends QueueRank {
  readonly lineId: number;
  readonly orderId: number;
  readonly locationId: number;
  readonly quantity: number;
}

export interface Grant {
  readonly lineId: number;
  readonly locationId: number;
  readonly quantity: number;
}

export interface Move {
  readonly fromLineId: number;
  readonly toLineId: number;
  readonly locationId: number;
  readonly quantity: number;
}

/**
 * Fills waiting lines (best-ranked first) from supply (the line's own location first, then best
 * location first), never more than `limit` units in all. Each line takes what it lacks or what is
 * left, whichever is smaller.
 */
export function planFill(
  waiting: readonly WaitingLine[],
  supply: readonly LocationSupply[],
  limit = Number.POSITIVE_INFINITY,
): Grant[] {
  const left = supply.map((s) => ({ ...s }));
  let budget = limit;
  const grants: Grant[] = [];
  for (const line of waiting) {
    let need = line.backordered;
    for (const location of preferredFirst(left, line.preferredLocationId)) {
      if (need === 0 || budget === 0) break;
      const quantity = Math.min(need, location.available, budget);
      if (quantity === 0) continue;
      grants.push({ lineId: line.lineId, locationId: location.locationId, quantity });
      location.available -= quantity;
      need -= quantity;
      budget -= quantity;
    }
    if (budget === 0) break;
  }
  return grants;
}

/** Locations in the order a line draws from them: its own first, then by location priority. */
function preferredFirst<T extends LocationSupply>(supply: T[], preferred: number | null | undefined): T[] {
  const at = preferred === null || preferred === undefined ? -1 : supply.findIndex((s) => s.locationId === preferred);
  if (at <= 0) return supply;
  return [supply[at]!, ...supply.slice(0, at), ...supply.slice(at + 1)];
}

/**
 * Restores queue order (at order entry and on priority changes): while the best waiting line
 * ranks ahead of the worst line holding unreleased stock, that stock moves to the waiting line.
 * `waiting` is best-first, `holdings` worst-first. Free stock (`available`) already covers the
 * first waiting units; only what it does not cover is taken. A line never takes from itself:
 * equal ranks stop the walk. `outranks` says who may take from whom (rationed items:
 * `outranksUnder` in rationing.ts).
 */
export function planSettle(
  waiting: readonly WaitingLine[],
  holdings: readonly Holding[],
  available = 0,
  outranks: (taker: QueueRank, holder: QueueRank) => boolean = ranksAhead,
): Move[] {
  const moves: Move[] = [];
  let covered = available;
  const needs = waiting.map((w) => {
    const fromFree = Math.min(covered, w.backordered);
    covered -= fromFree;
    return w.backordered - fromFree;
  });
  const left = holdings.map((h) => h.quantity);
  let w = 0;
  let h = 0;
  while (w < waiting.length && h < holdings.length) {
    if (needs[w] === 0) {
      w++;
      continue;
    }
    const taker = waiting[w]!;
    const holder = holdings[h]!;
    if (!outranks(taker, holder)) break;
    const quantity = Math.min(needs[w]!, left[h]!);
    moves.push({ fromLineId: holder.lineId, toLineId: taker.lineId, locationId: holder.locationId, quantity });
    needs[w]! -= quantity;
    left[h]! -= quantity;
    if (left[h] === 0) h++;
  }
  return moves;
}

/**
 * Takes back `quantity` units of unreleased stock at one location from the worst-ranked holders,
 * as a negative adjustment needs. Returns the take-backs and what could not be covered.
 */
export function planTakeBack(holdings: readonly Holding[], quantity: number): { grants: Grant[]; shortfall: number } {
  const grants: Grant[] = [];
  let left = quantity;
  for (const holding of holdings) {
    if (left === 0) break;
    const taken = Math.min(left, holding.quantity);
    grants.push({ lineId: holding.lineId, locationId: holding.locationId, quantity: taken });
    left -= taken;
  }
  return { grants, shortfall: left };
}

/**
 * Order entry of lines into the queue, for many lines at once. `queue` is every waiting
 * line from the front up to the last line being placed, best first; lines not being placed only
 * reserve their share of the free stock (it is owed to them), lines being placed take what is left.
 */
export function planEntry(
  queue: readonly WaitingLine[],
  placing: ReadonlySet<number>,
  supply: readonly LocationSupply[],
): Grant[] {
  const left = supply.map((s) => ({ ...s }));
  let budget = left.reduce((sum, s) => sum + Math.max(0, s.available), 0);
  const grants: Grant[] = [];
  for (const line of queue) {
    if (budget === 0) break;
    if (!placing.has(line.lineId)) {
      budget -= Math.min(budget, line.backordered);
      continue;
    }
    let need = Math.min(line.backordered, budget);
    budget -= need;
    for (const location of preferredFirst(left, line.preferredLocationId)) {
      if (need === 0) break;
      const quantity = Math.min(need, location.available);
      if (quantity <= 0) continue;
      grants.push({ lineId: line.lineId, locationId: location.locationId, quantity });
      location.available -= quantity;
      need -= quantity;
    }
  }
  return grants;
}
