import type { RaisedEvent } from '../domain/events/event-types.js';
import { appendDomainEvents, namesOf } from '../repositories/domain-event-repository.js';
import type { LogEntry } from '../repositories/record-log-repository.js';
import type { ServiceContext } from './context.js';
import { eventsOfJournal, linesEntered } from './journal-events.js';

/**
 * Events a step raised. They join the unit of work's events, placed after the record-log entries
 * made so far, and are written at its end with the events those entries tell: in the same
 * transaction as the change (an outbox), so an event exists exactly when its change committed.
 */
export function raiseEvents(ctx: ServiceContext, events: readonly RaisedEvent[]): void {
  const position = ctx.work.journal.length;
  for (const event of events) ctx.work.events.push({ event, position, raised: true });
}

/**
 * Writes the unit of work's events: those its services raised and those its record-log entries
 * tell, in the order they happened. A line that was entered in this unit of work was never
 * "filled" from a backorder, so its `line.filled` is dropped.
 */
export async function writeEvents(ctx: ServiceContext, entries: readonly LogEntry[]): Promise<void> {
  const raised = ctx.work.events.splice(0);
  if (raised.length === 0 && entries.length === 0) return;
  const entered = linesEntered(entries);
  const placed = [...raised, ...eventsOfJournal(entries, ctx.actor)]
    .map((p, i) => ({ ...p, order: i }))
    .filter((p) => p.event.type !== 'line.filled' || !entered.has(`${p.event.orderId}:${p.event.data.lineNo}`))
    .sort((a, b) => a.position - b.position || Number(b.raised ?? false) - Number(a.raised ?? false) || a.order - b.order);
  if (placed.length === 0) return;
  const itemIds = new Set<number>();
  const locationIds = new Set<number>();
  for (const p of placed) collectIds(p.event.data, itemIds, locationIds);
  // Only the names the work has not read already; what is read joins them.
  const names = ctx.work.names;
  const read = await namesOf(
    ctx.db,
    [...itemIds].filter((id) => !names.items.has(id)),
    [...locationIds].filter((id) => !names.locations.has(id)),
  );
  for (const [id, sku] of read.items) names.items.set(id, sku);
  for (const [id, code] of read.locations) names.locations.set(id, code);
  const events = placed.map(({ event }) => ({ ...event, data: named(event.data, names) as Record<string, unknown> }));
  await appendDomainEvents(ctx.db, events, ctx.clock.now());
}

function collectIds(value: unknown, items: Set<number>, locations: Set<number>): void {
  if (Array.isArray(value)) for (const v of value) collectIds(v, items, locations);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'itemId' && typeof v === 'number') items.add(v);
      else if (key === 'locationId' && typeof v === 'number') locations.add(v);
      else collectIds(v, items, locations);
    }
  }
}

/** The data as readers see it: an item by its SKU, a location by its code. */
function named(value: unknown, names: { items: ReadonlyMap<number, string>; locations: ReadonlyMap<number, string> }): unknown {
  if (Array.isArray(value)) return value.map((v) => named(v, names));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'itemId') out.sku = typeof v === 'number' ? (names.items.get(v) ?? null) : null;
    else if (key === 'locationId') out.location = typeof v === 'number' ? (names.locations.get(v) ?? null) : null;
    else out[key] = named(v, names);
  }
  return out;
}
