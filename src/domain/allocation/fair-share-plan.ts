import { planFill, type Grant, type LocationSupply, type WaitingLine } from './allocation-plan.js';
import type { AllocationRule } from './rationing.js';

/** A waiting line with the customer it is for: shares and caps are per customer. */
export interface CustomerLine extends WaitingLine {
  readonly customerId: number;
}

/** An item's rationing as it stands: its rule, its cap in units (null: none), what each customer holds of it. */
export interface RationingState {
  readonly rule: AllocationRule;
  readonly capUnits: number | null;
  /** Allocated and not yet shipped, per customer. */
  readonly held: ReadonlyMap<number, number>;
}

/**
 * How a rationed item hands out `budget` units of free stock to its waiting lines (best first),
 * as units per line. Priorities are served in turn. Within a priority, `queue` serves lines by
 * rank; `fair_share`, while the units do not cover the priority's demand, gives each customer
 * its proportion of them (rounded down), then one more unit to customers in queue order until the
 * remainder is gone; a customer's units go to its lines in queue order. A cap limits what a
 * customer may reach while others wait: capped demand is served first, and only what no one else
 * can take goes beyond the caps, by the same rule.
 */
export function rationedShares(waiting: readonly CustomerLine[], budget: number, state: RationingState): Map<number, number> {
  const given = new Map<number, number>();
  const room = new Map<number, number>();
  if (state.capUnits !== null) {
    for (const line of waiting) room.set(line.customerId, Math.max(0, state.capUnits - (state.held.get(line.customerId) ?? 0)));
  }
  const left = shareOut(waiting, budget, state.rule, room, given);
  if (left > 0 && state.capUnits !== null) shareOut(waiting, left, state.rule, new Map(), given);
  return given;
}

/** The fill of a rationed item: its shares, each line drawing from its own location first, then by location priority. */
export function planRationedFill(
  waiting: readonly CustomerLine[],
  supply: readonly LocationSupply[],
  budget: number,
  state: RationingState,
): Grant[] {
  const free = supply.reduce((sum, s) => sum + Math.max(0, s.available), 0);
  const shares = rationedShares(waiting, Math.min(budget, free), state);
  return planFill(
    waiting.filter((l) => (shares.get(l.lineId) ?? 0) > 0).map((l) => ({ ...l, backordered: shares.get(l.lineId)! })),
    supply,
  );
}

/**
 * Waiting lines as far as their customers' caps let them take stock from other lines (a settle):
 * each line lacks at most what its customer may still reach, in queue order; lines whose
 * customer is at its cap drop out. Without a cap, the lines as they are.
 */
export function withinCaps<T extends CustomerLine>(waiting: readonly T[], state: RationingState): T[] {
  if (state.capUnits === null) return [...waiting];
  const room = new Map<number, number>();
  const capped: T[] = [];
  for (const line of waiting) {
    const left = room.get(line.customerId) ?? Math.max(0, state.capUnits - (state.held.get(line.customerId) ?? 0));
    const take = Math.min(line.backordered, left);
    room.set(line.customerId, left - take);
    if (take > 0) capped.push({ ...line, backordered: take });
  }
  return capped;
}

/** Hands out `budget` units priority by priority; `room` (per customer, missing: no limit) shrinks as it goes. Returns what is left. */
function shareOut(
  waiting: readonly CustomerLine[],
  budget: number,
  rule: AllocationRule,
  room: Map<number, number>,
  given: Map<number, number>,
): number {
  let left = budget;
  for (const tier of priorities(waiting)) {
    if (left === 0) break;
    const wants = (line: CustomerLine) => line.backordered - (given.get(line.lineId) ?? 0);
    // Each customer's demand at this priority, capped, in queue order of its first line.
    const demand = new Map<number, number>();
    for (const line of tier) demand.set(line.customerId, (demand.get(line.customerId) ?? 0) + wants(line));
    for (const [customer, units] of demand) demand.set(customer, Math.min(units, room.get(customer) ?? Number.POSITIVE_INFINITY));
    const total = [...demand.values()].reduce((sum, units) => sum + units, 0);
    if (total === 0) continue;
    const allowance = rule === 'fair_share' && left < total ? proportional(demand, total, left) : demand;
    for (const line of tier) {
      const take = Math.min(wants(line), allowance.get(line.customerId)!, left);
      if (take === 0) continue;
      given.set(line.lineId, (given.get(line.lineId) ?? 0) + take);
      allowance.set(line.customerId, allowance.get(line.customerId)! - take);
      if (room.has(line.customerId)) room.set(line.customerId, room.get(line.customerId)! - take);
      left -= take;
    }
  }
  return left;
}

/**
 * `units` shared in proportion to each customer's demand (which they do not cover): each gets
 * its proportion rounded down, then customers in queue order one more unit each while any is left.
 */
function proportional(demand: ReadonlyMap<number, number>, total: number, units: number): Map<number, number> {
  const shares = new Map<number, number>();
  let rest = units;
  for (const [customer, wanted] of demand) {
    const share = Math.floor((units * wanted) / total);
    shares.set(customer, share);
    rest -= share;
  }
  // Fewer units than customers are left, and each share is below its demand: one more each fits.
  for (const [customer, wanted] of demand) {
    if (rest === 0) break;
    if (shares.get(customer)! < wanted) {
      shares.set(customer, shares.get(customer)! + 1);
      rest--;
    }
  }
  return shares;
}

/** Waiting lines (best first) in runs of equal priority. */
function priorities(waiting: readonly CustomerLine[]): CustomerLine[][] {
  const runs: CustomerLine[][] = [];
  for (const line of waiting) {
    const run = runs.at(-1);
    if (run && run[0]!.priority === line.priority) run.push(line);
    else runs.push([line]);
  }
  return runs;
}
