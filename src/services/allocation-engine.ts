import {
  entitlement,
  planFill,
  planSettle,
  planTakeBack,
  type Grant,
  type Holding,
  type LocationSupply,
  type Move,
  type WaitingLine,
} from '../domain/allocation-plan.js';
import { appendLog, type LogEntry } from '../repositories/record-log-repository.js';
import {
  holdings,
  owedAhead,
  pegAllocations,
  queueLine,
  shiftLineAllocations,
  waitingAhead,
  waitingLines,
} from '../repositories/queue-repository.js';
import { addAllocated, appendLedger, stockLevels, type LedgerEntry } from '../repositories/stock-repository.js';
import type { ServiceContext } from './context.js';

const BATCH = 500;

type LineRef = Pick<WaitingLine, 'lineId' | 'orderId' | 'lineNo'>;

/** Units a fill gave one line (what a stock-arrival alert lists). */
export interface FilledLine extends LineRef {
  readonly quantity: number;
}

/**
 * Carries out the pure allocation plans for one item. Callers hold the item's lock
 * (`lockItems`) for the whole transaction, so every read here is current.
 */
export class AllocationEngine {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly itemId: number,
  ) {}

  /** Gives free stock to waiting lines in queue order, at most `limit` units. Returns lines filled. */
  async fill(reason: string, limit = Number.POSITIVE_INFINITY): Promise<number> {
    return new Set((await this.fillReport(reason, limit)).map((f) => f.lineId)).size;
  }

  /** As `fill`, returning what each line got. */
  async fillReport(reason: string, limit = Number.POSITIVE_INFINITY): Promise<FilledLine[]> {
    let budget = limit;
    const filled: FilledLine[] = [];
    while (budget > 0) {
      const supply = await this.supply();
      if (total(supply) === 0) break;
      const waiting = await waitingLines(this.ctx.db, this.itemId, BATCH);
      const grants = planFill(waiting, supply, budget);
      if (grants.length === 0) break;
      const lines = byLine(waiting);
      await this.allocate(grants, lines, reason);
      for (const g of grants) {
        const { lineId, orderId, lineNo } = lines.get(g.lineId)!;
        filled.push({ lineId, orderId, lineNo, quantity: g.quantity });
      }
      budget -= sum(grants);
      if (waiting.length < BATCH) break;
    }
    return filled;
  }

  /**
   * Gives stock just arrived at a location to the line its supply was raised for (a purchase or
   * transfer order linked to it), ahead of the queue: a marked reservation, pegged so that lines
   * ranking ahead do not take it back. Returns what it gave (nothing: null); the rest is ordinary supply.
   */
  async fillLinked(lineId: number, locationId: number, quantity: number, reason: string): Promise<FilledLine | null> {
    const line = await queueLine(this.ctx.db, this.itemId, lineId);
    if (!line || line.backordered === 0) return null;
    const free = (await this.supply()).find((s) => s.locationId === locationId)?.available ?? 0;
    const given = Math.min(line.backordered, quantity, free);
    if (given <= 0) return null;
    const grants = [{ lineId, locationId, quantity: given }];
    await this.allocate(grants, byLine([line]), reason);
    await pegAllocations(this.ctx.db, grants);
    return { lineId, orderId: line.orderId, lineNo: line.lineNo, quantity: given };
  }

  /**
   * Places lines that just took (or moved up to) their place in the queue: each gets free stock
   * not owed to lines ahead of it, then unreleased stock of lines that rank behind it. Returns
   * the units taken from other lines.
   */
  async place(lines: readonly WaitingLine[], reason: string): Promise<number> {
    for (const line of lines) {
      const supply = await this.supply();
      const available = total(supply);
      if (available === 0) continue;
      const owed = await owedAhead(this.ctx.db, this.itemId, line);
      const share = entitlement(line.backordered, available, owed);
      if (share > 0) await this.allocate(planFill([{ ...line, backordered: share }], supply), byLine([line]), reason);
    }
    return this.settle(reason);
  }

  /**
   * Restores queue order: waiting lines that free stock does not cover take unreleased stock
   * from lines ranked behind them. Cheap when order holds: the worst holder, then an empty scan.
   * Returns the units moved.
   */
  async settle(reason: string): Promise<number> {
    let moved = 0;
    for (;;) {
      const [worst] = await holdings(this.ctx.db, this.itemId, 1);
      if (!worst) return moved;
      const covered = total(await this.supply());
      const waiting = await waitingAhead(this.ctx.db, this.itemId, worst, covered, BATCH);
      if (waiting.length === 0) return moved;
      const held = await holdings(this.ctx.db, this.itemId, BATCH);
      const moves = planSettle(waiting, held);
      if (moves.length === 0) return moved;
      await this.move(moves, byLine(waiting), byLine(held), reason);
      moved += moves.reduce((s, m) => s + m.quantity, 0);
    }
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
    await shiftLineAllocations(this.ctx.db, grants, -1);
    await addAllocated(this.ctx.db, this.itemId, perLocation(grants, -1));
    await this.record(grants, 'deallocation', lines, reason);
  }

  private async allocate(grants: readonly Grant[], lines: ReadonlyMap<number, LineRef>, reason: string): Promise<void> {
    await shiftLineAllocations(this.ctx.db, grants, 1);
    await addAllocated(this.ctx.db, this.itemId, perLocation(grants, 1));
    await this.record(grants, 'allocation', lines, reason);
  }

  private async move(
    moves: readonly Move[],
    takers: ReadonlyMap<number, LineRef>,
    holders: ReadonlyMap<number, LineRef>,
    reason: string,
  ): Promise<void> {
    const losses = moves.map((m) => ({ lineId: m.fromLineId, locationId: m.locationId, quantity: m.quantity }));
    const gains = moves.map((m) => ({ lineId: m.toLineId, locationId: m.locationId, quantity: m.quantity }));
    await shiftLineAllocations(this.ctx.db, losses, -1);
    await shiftLineAllocations(this.ctx.db, gains, 1);
    const lostTo = (m: Move) => {
      const taker = takers.get(m.toLineId)!;
      return `${reason}: taken by order ${taker.orderId} line ${taker.lineNo}, which ranks ahead`;
    };
    await this.record(losses, 'deallocation', holders, reason, moves.map(lostTo));
    await this.record(gains, 'allocation', takers, reason);
  }

  private async supply(): Promise<LocationSupply[]> {
    const levels = await stockLevels(this.ctx.db, this.itemId);
    return levels.map((l) => ({ locationId: l.locationId, available: l.onHand - l.allocated }));
  }

  private async record(
    grants: readonly Grant[],
    kind: 'allocation' | 'deallocation',
    lines: ReadonlyMap<number, LineRef>,
    reason: string,
    reasons?: readonly string[],
  ): Promise<void> {
    const sign = kind === 'allocation' ? 1 : -1;
    const ledger: LedgerEntry[] = grants.map((g) => ({
      itemId: this.itemId,
      locationId: g.locationId,
      kind,
      onHandDelta: 0,
      allocatedDelta: g.quantity * sign,
      lineId: g.lineId,
      reference: null,
      reason,
    }));
    // One log entry per line and reason, however many locations the stock came from.
    const log = new Map<string, LogEntry & { quantity: number }>();
    grants.forEach((g, i) => {
      const line = lines.get(g.lineId)!;
      const why = reasons?.[i] ?? reason;
      const key = `${g.lineId}\u0000${why}`;
      const entry = log.get(key);
      if (entry) entry.quantity += g.quantity;
      else {
        log.set(key, {
          entity: 'line',
          action: kind === 'allocation' ? 'allocated' : 'deallocated',
          orderId: line.orderId,
          itemId: this.itemId,
          lineNo: line.lineNo,
          quantity: g.quantity,
          reason: why,
        });
      }
    });
    const at = this.ctx.clock.now();
    await appendLedger(this.ctx.db, ledger, this.ctx.actor, at);
    await appendLog(this.ctx.db, [...log.values()], this.ctx.actor, at);
  }
}

function byLine<T extends LineRef | Holding>(lines: readonly T[]): Map<number, T> {
  return new Map(lines.map((l) => [l.lineId, l]));
}

function perLocation(grants: readonly Grant[], sign: 1 | -1): Map<number, number> {
  const deltas = new Map<number, number>();
  for (const g of grants) deltas.set(g.locationId, (deltas.get(g.locationId) ?? 0) + g.quantity * sign);
  return deltas;
}

const total = (supply: readonly LocationSupply[]) => supply.reduce((s, l) => s + Math.max(0, l.available), 0);
const sum = (grants: readonly Grant[]) => grants.reduce((s, g) => s + g.quantity, 0);
