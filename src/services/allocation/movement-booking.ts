import type { Grant, WaitingLine } from '../../domain/allocation/allocation-plan.js';
import { movementDelta } from '../../domain/allocation/stock-movement.js';
import { shiftLineAllocations } from '../../repositories/queue-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { addAllocated, appendLedger, type CounterDelta, type LedgerEntry } from '../../repositories/stock-repository.js';
import type { ServiceContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import { raiseEvents } from '../../app/outbox.js';
import type { RaisedEvent } from '../../domain/events/event-types.js';

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
  const { filledLineIds } = await shiftLineAllocations(ctx.db, movements, sign);
  if (kind === 'allocation') raiseEvents(ctx, allocationEvents(movements, filledLineIds));

  // Keyed by reason, then item, location or line: numbers, not strings built per movement.
  const ledger = new Map<string, Map<number, Map<number, LedgerTotal>>>();
  const log = new Map<string, Map<number, LogEntry & { quantity: number }>>();
  for (const m of movements) {
    const delta = m.quantity * sign;
    const place = getOrAdd(getOrAdd(ledger, m.reason, () => new Map()), m.itemId, () => new Map());
    const entry = place.get(m.locationId);
    if (entry) {
      entry.allocatedDelta += delta;
      entry.lines.add(m.lineId);
    } else {
      place.set(m.locationId, {
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

    const lines = getOrAdd(log, m.reason, () => new Map());
    const line = lines.get(m.lineId);
    if (line) line.quantity += m.quantity;
    else {
      lines.set(m.lineId, {
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
  const totals = [...ledger.values()].flatMap((items) => [...items.values()].flatMap((places) => [...places.values()]));
  const counters = new Map<string, CounterDelta>();
  for (const t of totals) {
    const key = `${t.itemId}:${t.locationId}`;
    counters.set(key, { itemId: t.itemId, locationId: t.locationId, delta: (counters.get(key)?.delta ?? 0) + t.allocatedDelta });
  }
  await addAllocated(ctx.db, [...counters.values()]);
  const at = ctx.clock.now();
  // A ledger row names its line when it moved stock for one line only.
  const rows = totals.map(({ lines, ...entry }) =>
    lines.size === 1 ? entry : { ...entry, lineId: null, reference: `${lines.size} lines` },
  );
  await appendLedger(ctx.db, rows, ctx.actor, at);
  logEntries(ctx, [...log.values()].flatMap((lines) => [...lines.values()]));
}

/**
 * `line.allocated` per line and location (with the reason), then `line.filled` for each line
 * these movements left waiting for nothing more.
 */
function allocationEvents(movements: readonly Movement[], filledLineIds: ReadonlySet<number>): RaisedEvent[] {
  const byPlace = new Map<string, { m: Movement; quantity: number }>();
  for (const m of movements) {
    const key = `${m.lineId}:${m.locationId}:${m.reason}`;
    const seen = byPlace.get(key);
    if (seen) seen.quantity += m.quantity;
    else byPlace.set(key, { m, quantity: m.quantity });
  }
  const events: RaisedEvent[] = [...byPlace.values()].map(({ m, quantity }) => ({
    type: 'line.allocated',
    orderId: m.line.orderId,
    itemIds: [m.itemId],
    data: { lineNo: m.line.lineNo, itemId: m.itemId, locationId: m.locationId, quantity, reason: m.reason },
  }));
  const filled = new Map<number, Movement>();
  for (const m of movements) if (filledLineIds.has(m.lineId) && !filled.has(m.lineId)) filled.set(m.lineId, m);
  for (const m of filled.values()) {
    events.push({ type: 'line.filled', orderId: m.line.orderId, itemIds: [m.itemId], data: { lineNo: m.line.lineNo, itemId: m.itemId } });
  }
  return events;
}

type LedgerTotal = { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } & { lines: Set<number> };

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
