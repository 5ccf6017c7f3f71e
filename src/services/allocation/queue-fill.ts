import { planFill, type LocationSupply } from '../../domain/allocation/allocation-plan.js';
import { planRationedFill } from '../../domain/allocation/fair-share-plan.js';
import type { Rationing } from '../../domain/allocation/rationing.js';
import { rationedItems, rationingState, rationQueue } from '../../repositories/rationing-repository.js';
import { queueFronts } from '../../repositories/queue-repository.js';
import { stockLevelsOf } from '../../repositories/stock-repository.js';
import { bookMovements, type Movement } from './movement-booking.js';
import type { ServiceContext } from '../../app/context.js';
import { publishFill } from '../../app/instruments.js';

const PAGE = 5000;

/** Units a fill gave one line (what a stock-arrival alert lists). */
export interface FilledLine {
  readonly itemId: number;
  readonly lineId: number;
  readonly orderId: number;
  readonly lineNo: number;
  readonly quantity: number;
}

export interface FillResult {
  readonly lines: number;
  readonly units: number;
  readonly filled: FilledLine[];
}

/**
 * Gives free stock to waiting lines in queue order (supply fills the queue), for any number of
 * items at once, each at most its budget of units. Callers hold the items' locks. Reads only the
 * lines that can be filled (each takes at least one unit), so the cost follows the lines filled,
 * not the length of the queues.
 */
export async function fillQueues(ctx: ServiceContext, budgets: ReadonlyMap<number, number>, reason: string): Promise<FillResult> {
  const left = new Map(budgets);
  let lines = 0;
  let units = 0;
  const filled: FilledLine[] = [];
  // Rationed items (docs/domain.md#rationing) share by customer: each is planned from its whole queue at once.
  for (const [itemId, rationing] of await rationedItems(ctx.db, [...budgets.keys()])) {
    const given = await fillRationed(ctx, itemId, left.get(itemId)!, rationing, reason);
    left.delete(itemId);
    filled.push(...given);
    units += given.reduce((s, g) => s + g.quantity, 0);
    lines += new Set(given.map((g) => g.lineId)).size;
  }
  while (left.size > 0) {
    const levels = await stockLevelsOf(ctx.db, [...left.keys()]);
    const supplies = new Map<number, LocationSupply[]>();
    for (const [itemId, budget] of left) {
      const supply = (levels.get(itemId) ?? []).map((l) => ({ locationId: l.locationId, available: l.onHand - l.allocated }));
      const free = supply.reduce((s, l) => s + Math.max(0, l.available), 0);
      left.set(itemId, Math.min(budget, free));
      if (free === 0 || budget <= 0) left.delete(itemId);
      else supplies.set(itemId, supply);
    }
    if (left.size === 0) break;
    const limits = [...left].map(([itemId, budget]) => ({ itemId, limit: Math.min(budget, PAGE) }));
    const fronts = await queueFronts(ctx.db, limits);
    const movements: Movement[] = [];
    for (const { itemId, limit } of limits) {
      const waiting = fronts.get(itemId) ?? [];
      const byLine = new Map(waiting.map((w) => [w.lineId, w]));
      const grants = planFill(waiting, supplies.get(itemId)!, left.get(itemId));
      for (const g of grants) {
        const line = byLine.get(g.lineId)!;
        movements.push({ lineId: g.lineId, locationId: g.locationId, quantity: g.quantity, itemId, line, reason });
        filled.push({ itemId, lineId: g.lineId, orderId: line.orderId, lineNo: line.lineNo, quantity: g.quantity });
      }
      const given = grants.reduce((s, g) => s + g.quantity, 0);
      units += given;
      lines += new Set(grants.map((g) => g.lineId)).size;
      // Done with an item when its queue ran out or its budget did.
      if (waiting.length < limit || given === left.get(itemId)) left.delete(itemId);
      else left.set(itemId, left.get(itemId)! - given);
    }
    await bookMovements(ctx, 'allocation', movements);
  }
  publishFill({ lines, units });
  return { lines, units, filled };
}

/** The fill of one rationed item: its shares of at most `budget` units of its free stock. */
async function fillRationed(ctx: ServiceContext, itemId: number, budget: number, rationing: Rationing, reason: string): Promise<FilledLine[]> {
  if (budget <= 0) return [];
  const levels = (await stockLevelsOf(ctx.db, [itemId])).get(itemId) ?? [];
  const supply = levels.map((l) => ({ locationId: l.locationId, available: l.onHand - l.allocated }));
  const waiting = await rationQueue(ctx.db, itemId);
  if (waiting.length === 0) return [];
  const grants = planRationedFill(waiting, supply, budget, await rationingState(ctx.db, itemId, rationing));
  const byLine = new Map(waiting.map((w) => [w.lineId, w]));
  const why = `${reason} (${rationing.rule === 'fair_share' ? 'fair share' : 'queue order'}${rationing.customerCap ? ', customer cap' : ''})`;
  await bookMovements(
    ctx,
    'allocation',
    grants.map((g) => ({ lineId: g.lineId, locationId: g.locationId, quantity: g.quantity, itemId, line: byLine.get(g.lineId)!, reason: why })),
  );
  return grants.map((g) => {
    const line = byLine.get(g.lineId)!;
    return { itemId, lineId: g.lineId, orderId: line.orderId, lineNo: line.lineNo, quantity: g.quantity };
  });
}
