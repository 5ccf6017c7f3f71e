import {
  planEntry,
  planSettle,
  planTakeBack,
  type Grant,
  type Holding,
  type LocationSupply,
  type Move,
  type WaitingLine,
} from '../../domain/allocation/allocation-plan.js';
import { compareRank, ranksAhead, type QueueRank } from '../../domain/allocation/queue-rank.js';
import { planRationedFill, withinCaps } from '../../domain/allocation/fair-share-plan.js';
import { outranksUnder, type Rationing } from '../../domain/allocation/rationing.js';
import { customersOfLines, rationedItems, rationingState } from '../../repositories/rationing-repository.js';
import { holdings, lineHoldings, pegAllocations, queueLine, waitingAhead, waitingBetween, worstHolder } from '../../repositories/queue-repository.js';
import {
  addAllocated,
  addOnHand,
  appendLedger,
  stockAndWorstHolder,
  stockLevels,
  type ItemStanding,
  type LedgerEntry,
  type StockLevel,
} from '../../repositories/stock-repository.js';
import { bookMovements, type LineRef } from './movement-booking.js';
import type { ServiceContext } from '../../app/context.js';
import { addPendingFill, keepPendingWithin, type BackorderProcess } from '../../repositories/pending-fill-repository.js';
import { fillQueues, type FilledLine, type FillResult } from './queue-fill.js';

const BATCH = 500;

export type { FilledLine } from './queue-fill.js';

/** A shipment line as shipping posts it: released to the warehouse, and what was picked of it. */
export interface ShippedLine {
  readonly itemId: number;
  readonly lineId: number;
  readonly released: number;
  readonly shipped: number;
}

/** What placing lines did: units taken from lines ranked behind them, and the free stock each placed line got, best location first. */
export interface Placement {
  readonly taken: number;
  readonly granted: ReadonlyMap<number, readonly { readonly location: string; readonly quantity: number }[]>;
  /**
   * The placed lines took free stock while other lines were waiting (scheduled mode: a receipt
   * waits for the backorder process): what those lines were owed, and so their dates, may have changed.
   */
  readonly tookOwedStock: boolean;
}

/**
 * Carries out the pure allocation plans for one item. Callers hold the item's lock
 * (`lockItems`) for the whole transaction, so every read here is current.
 */
export class AllocationEngine {
  /** The item's rationing, read once when first needed (null: a plain queue item). */
  private rationingRead?: Promise<Rationing | null>;

  /**
   * `rationing`: the item's rationing as the caller read it under the item's lock (a caller
   * placing many items reads them all in one statement); by default read when first needed.
   */
  constructor(
    private readonly ctx: ServiceContext,
    private readonly itemId: number,
    rationing?: Rationing | null,
  ) {
    if (rationing !== undefined) this.rationingRead = Promise.resolve(rationing);
  }

  /**
   * The backorder processes' way in: gives free stock to the waiting lines of many items at
   * once, in queue order, each item at most its budget of units (what its process owes it).
   */
  static async fillQueues(ctx: ServiceContext, budgets: ReadonlyMap<number, number>, reason: string): Promise<FillResult> {
    const result = await fillQueues(ctx, budgets, reason);
    ctx.work.supplyOrQueueChanged(new Set(result.filled.map((f) => f.itemId)));
    return result;
  }

  /**
   * Shipping from a location posts the issue: what left falls from on hand and allocated; what
   * was released but not found (a short pick) is deallocated and written off with an adjustment.
   * The lines' own quantities are the shipment's to settle.
   */
  static async issue(ctx: ServiceContext, locationId: number, reference: string, lines: readonly ShippedLine[]): Promise<void> {
    const ledger: LedgerEntry[] = [];
    const perItem = new Map<number, number>();
    for (const l of lines) {
      perItem.set(l.itemId, (perItem.get(l.itemId) ?? 0) + l.released);
      const base = { itemId: l.itemId, locationId, lineId: l.lineId, reference };
      const short = l.released - l.shipped;
      if (l.shipped > 0) ledger.push({ ...base, kind: 'issue', onHandDelta: -l.shipped, allocatedDelta: -l.shipped, reason: null });
      if (short > 0) {
        const reason = `short pick on ${reference}`;
        ledger.push({ ...base, kind: 'deallocation', onHandDelta: 0, allocatedDelta: -short, reason });
        ledger.push({ ...base, kind: 'adjustment', onHandDelta: -short, allocatedDelta: 0, reason });
      }
    }
    // Allocated falls first, so allocated ≤ on hand holds after each statement.
    for (const [itemId, quantity] of perItem) {
      await addAllocated(ctx.db, [{ itemId, locationId, delta: -quantity }]);
      await addOnHand(ctx.db, itemId, locationId, -quantity);
    }
    await appendLedger(ctx.db, ledger, ctx.actor, ctx.clock.now());
  }

  /**
   * Stock became free for this item (a receipt, a return, a positive adjustment, a cancellation,
   * a drop shipment that made allocation unneeded): `quantity` units are the budget for the
   * queue. Immediate mode fills it in this unit of work; scheduled mode leaves the units for the
   * process that handles this kind of supply. Returns what was filled now.
   */
  async supplyRaised(process: BackorderProcess, quantity: number, reason: string): Promise<FilledLine[]> {
    if (quantity <= 0) return [];
    this.ctx.work.supplyOrQueueChanged([this.itemId]);
    if (this.ctx.fillMode === 'scheduled') {
      await addPendingFill(this.ctx.db, this.itemId, process, quantity);
      return [];
    }
    return this.fill(quantity, reason);
  }

  /**
   * Gives stock just arrived at a location to the line its supply was raised for (a purchase or
   * transfer order linked to it), ahead of the queue: a marked reservation, pegged so that lines
   * ranking ahead do not take it back. Supply raised for a line at its own location brings the
   * line there (that is what a shortage transfer is for): what it meanwhile holds unreleased at
   * other locations goes back to the queue as the arrival takes its place. Returns what it gave
   * (nothing: null); the rest of the arrival is ordinary supply.
   */
  async fillLinked(lineId: number, locationId: number, quantity: number, reason: string): Promise<FilledLine | null> {
    const line = await queueLine(this.ctx.db, this.itemId, lineId);
    if (!line) return null;
    const free = (await this.supply()).find((s) => s.locationId === locationId)?.available ?? 0;
    const elsewhere =
      line.preferredLocationId === locationId ? (await lineHoldings(this.ctx.db, lineId)).filter((h) => h.locationId !== locationId) : [];
    const given = Math.min(line.backordered + elsewhere.reduce((sum, h) => sum + h.quantity, 0), quantity, free);
    if (given <= 0) return null;
    let swapped = given - line.backordered;
    const released: Grant[] = [];
    for (const holding of elsewhere) {
      if (swapped <= 0) break;
      const take = Math.min(swapped, holding.quantity);
      released.push({ lineId, locationId: holding.locationId, quantity: take });
      swapped -= take;
    }
    const grants = [{ lineId, locationId, quantity: given }];
    if (released.length > 0) await this.book('deallocation', released, byLine([line]), `${reason}: it brings the line to its own location`);
    await this.book('allocation', grants, byLine([line]), reason);
    await pegAllocations(this.ctx.db, grants);
    this.ctx.work.supplyOrQueueChanged([this.itemId]);
    const freed = released.reduce((sum, g) => sum + g.quantity, 0);
    if (freed > 0) await this.supplyRaised('secondary', freed, `${reason}: stock it held elsewhere is free again`);
    return { itemId: this.itemId, lineId, orderId: line.orderId, lineNo: line.lineNo, quantity: given };
  }

  /**
   * Places lines that just took (or moved up to) their place in the queue: each gets free stock
   * not owed to lines ahead of it, then unreleased stock of lines that rank behind it. Any number
   * of lines at once: one walk of the queue's front, as far as the free stock reaches. Returns
   * the units taken from other lines and the free stock each placed line got. `standing`: the
   * item's standing read since the lines were written (a caller placing many items reads them all at once).
   */
  async place(lines: readonly WaitingLine[], reason: string, standing?: ItemStanding): Promise<Placement> {
    const granted = new Map<number, { location: string; quantity: number }[]>();
    if (lines.length === 0) return { taken: await this.settle(reason), granted, tookOwedStock: false };
    const rationing = await this.rationing();
    if (rationing) return this.placeRationed(lines, rationing, reason, standing);
    const { levels, worst, backordered } = standing ?? (await stockAndWorstHolder(this.ctx.db, this.itemId));
    const othersWait = backordered > lines.reduce((sum, l) => sum + l.backordered, 0);
    const supply = levels.map(supplyAt);
    let budget = total(supply);
    let waiting = lines;
    if (budget > 0) {
      const placing = new Set(lines.map((l) => l.lineId));
      const last = [...lines].sort(compareRank).at(-1)!;
      const front: WaitingLine[] = [];
      let reached = 0;
      while (budget > 0 && reached < placing.size) {
        const page = await waitingBetween(this.ctx.db, this.itemId, front.at(-1), last, BATCH);
        for (const line of page) {
          front.push(line);
          if (placing.has(line.lineId)) reached++;
          else budget -= Math.min(budget, line.backordered);
        }
        if (page.length < BATCH) break;
      }
      const grants = planEntry(front, placing, supply);
      await this.book('allocation', grants, byLine(front), reason);
      budget = total(supply) - grants.reduce((s, g) => s + g.quantity, 0);
      addGranted(granted, levels, grants, placing);
      const units = (lineId: number) => (granted.get(lineId) ?? []).reduce((sum, g) => sum + g.quantity, 0);
      waiting = lines.filter((l) => l.backordered > units(l.lineId));
    }
    // The worst holder was read before these lines got stock: they may now hold worse.
    const holders = [...(worst ? [worst] : []), ...lines.filter((l) => granted.has(l.lineId))];
    const worstNow = holders.sort(compareRank).at(-1) ?? null;
    // When the new lines took stock owed to others, any waiting line may be out of order.
    const tookOwedStock = othersWait && granted.size > 0;
    // Scheduled mode: free stock the new lines took is no longer there for the processes to hand out.
    if (granted.size > 0) await this.freeStockFell(budget);
    const taken = await this.settle(reason, { free: budget, suspects: tookOwedStock ? undefined : waiting, worst: worstNow });
    // Lines placed behind everyone move no one else's date; entry promises them itself.
    if (taken > 0 || tookOwedStock) this.ctx.work.supplyOrQueueChanged([this.itemId]);
    return { taken, granted, tookOwedStock };
  }

  /**
   * Places lines of a rationed item (docs/domain.md#rationing): they share, by its rule and caps,
   * only the free stock no other waiting line wants (in scheduled mode the backorder process shares
   * the rest), then take unreleased stock from lines they outrank under the rule.
   */
  private async placeRationed(lines: readonly WaitingLine[], rationing: Rationing, reason: string, standing?: ItemStanding): Promise<Placement> {
    const granted = new Map<number, { location: string; quantity: number }[]>();
    const { levels, backordered } = standing ?? (await stockAndWorstHolder(this.ctx.db, this.itemId));
    const supply = levels.map(supplyAt);
    const othersWant = backordered - lines.reduce((sum, l) => sum + l.backordered, 0);
    let free = total(supply);
    const budget = Math.max(0, free - othersWant);
    if (budget > 0) {
      const customers = await customersOfLines(this.ctx.db, lines.map((l) => l.lineId));
      const placing = [...lines].sort(compareRank).map((l) => ({ ...l, customerId: customers.get(l.lineId)! }));
      const grants = planRationedFill(placing, supply, budget, await rationingState(this.ctx.db, this.itemId, rationing));
      await this.book('allocation', grants, byLine(placing), reason);
      addGranted(granted, levels, grants, new Set(lines.map((l) => l.lineId)));
      free -= grants.reduce((sum, g) => sum + g.quantity, 0);
      if (grants.length > 0) await this.freeStockFell(free);
    }
    const taken = await this.settle(reason, { free });
    if (taken > 0) this.ctx.work.supplyOrQueueChanged([this.itemId]);
    return { taken, granted, tookOwedStock: false };
  }

  /**
   * Restores queue order: waiting lines that free stock does not cover take unreleased stock
   * from lines ranked behind them. Cheap when order holds: the worst holder, then an empty scan.
   * What the caller has just read saves reads: `free`, the item's free stock; `worst`, the worst
   * holder's rank (null: none); `suspects`, the only lines that may be out of order (the queue was
   * in order before they moved): if none ranks ahead of the worst holder, the queue need not be
   * read. Returns the units moved.
   */
  async settle(reason: string, known: { free?: number; suspects?: readonly WaitingLine[]; worst?: QueueRank | null } = {}): Promise<number> {
    const { suspects } = known;
    let free = known.free;
    let moved = 0;
    for (;;) {
      const worst = moved === 0 && known.worst !== undefined ? known.worst : await worstHolder(this.ctx.db, this.itemId);
      if (!worst) return moved;
      if (moved === 0 && suspects && !suspects.some((line) => ranksAhead(line, worst))) return moved;
      // Moves leave free stock as it was, so a figure the caller already read stays good.
      const covered = free ?? total(await this.supply());
      free = covered;
      const rationing = await this.rationing();
      // Under fair share, lines at the holder's own priority share with it: only higher priorities take.
      const ahead = rationing?.rule === 'fair_share' ? { priority: worst.priority, entrySeq: Number.MIN_SAFE_INTEGER, lineNo: 0 } : worst;
      const { waiting, takers } = await this.takersAhead(ahead, covered, rationing);
      if (takers.length === 0) return moved;
      const held = await holdings(this.ctx.db, this.itemId, BATCH);
      const moves = planSettle(takers, held, 0, outranksUnder(rationing?.rule ?? 'queue'));
      if (moves.length === 0) return moved;
      await this.move(moves, byLine(waiting), byLine(held), reason);
      moved += moves.reduce((s, m) => s + m.quantity, 0);
      this.ctx.work.supplyOrQueueChanged([this.itemId]);
    }
  }

  /**
   * After stock left a location and took lines' allocations with it (a negative adjustment, a
   * short pick, a transfer shipped): lines that lost stock may outrank holders at other locations,
   * and in immediate mode they take free stock in their turn.
   */
  async rebalance(reason: string): Promise<void> {
    this.ctx.work.supplyOrQueueChanged([this.itemId]);
    await this.settle(reason);
    if (this.ctx.fillMode === 'immediate') await this.fill(total(await this.supply()), reason);
  }

  /**
   * Frees `quantity` units of unreleased stock at a location from the worst-ranked lines.
   * Returns how much could not be freed (stock already released to the warehouse).
   */
  async takeBack(locationId: number, quantity: number, reason: string): Promise<number> {
    let left = quantity;
    // Stock that is physically gone is gone: pegged units go too, but only after the others.
    for (const pegged of ['without_pegged', 'with_pegged'] as const) {
      while (left > 0) {
        const held = await holdings(this.ctx.db, this.itemId, BATCH, locationId, pegged);
        const { grants, shortfall } = planTakeBack(held, left);
        if (grants.length === 0) break;
        await this.deallocate(grants, byLine(held), reason);
        left = shortfall;
        if (held.length < BATCH) break;
      }
    }
    return left;
  }

  /** Frees allocation from named lines (a cancellation). */
  async deallocate(grants: readonly Grant[], lines: ReadonlyMap<number, LineRef>, reason: string): Promise<void> {
    await this.book('deallocation', grants, lines, reason);
    this.ctx.work.supplyOrQueueChanged([this.itemId]);
  }

  /**
   * Free stock fell to `free` (placed lines took some, stock left the shelf): in scheduled mode
   * the units pending for the backorder processes shrink to what is there.
   */
  async freeStockFell(free?: number): Promise<void> {
    if (this.ctx.fillMode !== 'scheduled') return;
    await keepPendingWithin(this.ctx.db, this.itemId, free ?? total(await this.supply()));
  }

  /** Gives at most `budget` units of free stock to waiting lines in queue order. */
  private async fill(budget: number, reason: string): Promise<FilledLine[]> {
    if (budget <= 0) return [];
    return (await fillQueues(this.ctx, new Map([[this.itemId, budget]]), reason)).filled;
  }

  private async move(
    moves: readonly Move[],
    takers: ReadonlyMap<number, LineRef>,
    holders: ReadonlyMap<number, LineRef>,
    reason: string,
  ): Promise<void> {
    const losses = moves.map((m) => {
      const taker = takers.get(m.toLineId)!;
      return {
        itemId: this.itemId,
        lineId: m.fromLineId,
        locationId: m.locationId,
        quantity: m.quantity,
        line: holders.get(m.fromLineId)!,
        reason: `${reason}: taken by order ${taker.orderId} line ${taker.lineNo}, which ranks ahead`,
      };
    });
    await bookMovements(this.ctx, 'deallocation', losses);
    await this.book(
      'allocation',
      moves.map((m) => ({ lineId: m.toLineId, locationId: m.locationId, quantity: m.quantity })),
      takers,
      reason,
    );
  }

  private book(kind: 'allocation' | 'deallocation', grants: readonly Grant[], lines: ReadonlyMap<number, LineRef>, reason: string) {
    return bookMovements(
      this.ctx,
      kind,
      grants.map((g) => ({ ...g, itemId: this.itemId, line: lines.get(g.lineId)!, reason })),
    );
  }

  private rationing(): Promise<Rationing | null> {
    this.rationingRead ??= rationedItems(this.ctx.db, [this.itemId]).then((items) => items.get(this.itemId) ?? null);
    return this.rationingRead;
  }

  /**
   * The first page of waiting lines ahead of `ahead` that may take stock from others (beyond the
   * `covered` units free stock covers). Under a cap, lines of customers at their cap may not: when a
   * whole page is theirs, the next page is read, so a line behind more than a page of them still
   * takes its turn. `waiting`: every line read (for the record log).
   */
  private async takersAhead(ahead: QueueRank, covered: number, rationing: Rationing | null): Promise<{ waiting: WaitingLine[]; takers: WaitingLine[] }> {
    const waiting: WaitingLine[] = [];
    for (;;) {
      const page = await waitingAhead(this.ctx.db, this.itemId, ahead, covered, BATCH, waiting.at(-1));
      waiting.push(...page);
      // A page with no taker: every customer in it is at its cap, and stays so for the pages after.
      const takers = rationing ? await this.withinCaps(page, rationing) : page;
      if (takers.length > 0 || page.length < BATCH) return { waiting, takers };
    }
  }

  /** Waiting lines as far as their customers' caps let them take stock from others. */
  private async withinCaps(waiting: readonly WaitingLine[], rationing: Rationing): Promise<WaitingLine[]> {
    if (rationing.customerCap === null) return [...waiting];
    const customers = await customersOfLines(this.ctx.db, waiting.map((w) => w.lineId));
    const state = await rationingState(this.ctx.db, this.itemId, rationing);
    return withinCaps(
      waiting.map((w) => ({ ...w, customerId: customers.get(w.lineId)! })),
      state,
    );
  }

  private async supply(): Promise<LocationSupply[]> {
    return (await stockLevels(this.ctx.db, this.itemId)).map(supplyAt);
  }
}

const supplyAt = (level: StockLevel): LocationSupply => ({ locationId: level.locationId, available: level.onHand - level.allocated });

function byLine<T extends LineRef | Holding>(lines: readonly T[]): Map<number, T> {
  return new Map(lines.map((l) => [l.lineId, l]));
}

const total = (supply: readonly LocationSupply[]) => supply.reduce((s, l) => s + Math.max(0, l.available), 0);

/** What placed lines got, per line, best location first, one entry per location (as the line's allocations read back). */
function addGranted(
  granted: Map<number, { location: string; quantity: number }[]>,
  levels: readonly StockLevel[],
  grants: readonly Grant[],
  placing: ReadonlySet<number>,
): void {
  for (const level of levels) {
    for (const g of grants) {
      if (g.locationId !== level.locationId || !placing.has(g.lineId)) continue;
      const got = granted.get(g.lineId) ?? [];
      const here = got.find((x) => x.location === level.location);
      if (here) here.quantity += g.quantity;
      else granted.set(g.lineId, [...got, { location: level.location, quantity: g.quantity }]);
    }
  }
}
