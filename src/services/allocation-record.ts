import type { Grant, WaitingLine } from '../domain/allocation-plan.js';
import { movementDelta } from '../domain/stock-movement.js';
import { shiftLineAllocations } from '../repositories/queue-repository.js';
import type { LogEntry } from '../repositories/record-log-repository.js';
import { addAllocated, appendLedger, type CounterDelta, type LedgerEntry } from '../repositories/stock-repository.js';
import type { ServiceContext } from './context.js';
import { logEntries } from './journal.js';

export type LineRef = Pick<WaitingLine, 'lineId' | 'orderId' | 'lineNo'>;

/** Stock moved onto (allocation) or off (deallocation) one line at one location, and why. */
export interface Movement extends Grant {
  readonly itemId: number;
  readonly line: LineRef;
  readonly reason: string;
}

/**
 * Books movements of allocation, for any number of items, in a fixed number of statements: the
 * lines and their per-location split, the (item, location) counters, one ledger row per item,
 * location and reason, and one record-log entry per line and reason.
 */
export async function bookMovements(ctx: ServiceContext, kind: 'allocation' | 'deallocation', movements: readonly Movement[]) {
  if (movements.length === 0) return;
  const sign = movementDelta(kind, 1).allocated as 1 | -1;
  await shiftLineAllocations(ctx.db, movements, sign);

  const counters = new Map<string, { -readonly [K in keyof CounterDelta]: CounterDelta[K] }>();
  const ledger = new Map<string, { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } & { lines: Set<number> }>();
  const log = new Map<string, LogEntry & { quantity: number }>();
  for (const m of movements) {
    const delta = m.quantity * sign;
    const place = `${m.itemId}:${m.locationId}`;
    const counter = counters.get(place);
    if (counter) counter.delta += delta;
    else counters.set(place, { itemId: m.itemId, locationId: m.locationId, delta });

    const ledgerKey = `${place}:${m.reason}`;
    const entry = ledger.get(ledgerKey);
    if (entry) {
      entry.allocatedDelta += delta;
      entry.lines.add(m.lineId);
    } else {
      ledger.set(ledgerKey, {
        itemId: m.itemId,
        locationId: m.locationId,
        kind,
        onHandDelta: 0,
        allocatedDelta: delta,
        lineId: m.lineId,
        reference: null,
        reason: m.reason,
        lines: new Set([m.lineId]),
      });
    }

    const logKey = `${m.lineId}:${m.reason}`;
    const line = log.get(logKey);
    if (line) line.quantity += m.quantity;
    else {
      log.set(logKey, {
        entity: 'line',
        action: kind === 'allocation' ? 'allocated' : 'deallocated',
        orderId: m.line.orderId,
        itemId: m.itemId,
        lineNo: m.line.lineNo,
        quantity: m.quantity,
        reason: m.reason,
      });
    }
  }
  await addAllocated(ctx.db, [...counters.values()]);
  const at = ctx.clock.now();
  // A ledger row names its line when it moved stock for one line only.
  const rows = [...ledger.values()].map(({ lines, ...entry }) =>
    lines.size === 1 ? entry : { ...entry, lineId: null, reference: `${lines.size} lines` },
  );
  await appendLedger(ctx.db, rows, ctx.actor, at);
  await logEntries(ctx, [...log.values()]);
}
