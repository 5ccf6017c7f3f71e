import { actorFrom, type ActorLike } from '../domain/access/actor.js';
import type { RaisedEvent } from '../domain/events/event-types.js';
import type { LogEntry } from '../repositories/record-log-repository.js';

/** An event and where it stands among the journal's entries (its place in the transaction). */
export interface PlacedEvent {
  readonly event: RaisedEvent;
  readonly position: number;
  /** Raised by a service (placed before the entry at its position), not told by an entry. */
  readonly raised?: boolean;
}

/**
 * The events the record log already tells: each record-log entry that is an event of its own
 * (a cancelled line, a refused release, a launched preorder) or part of one (the lines of an
 * order that went on backorder, of a release, of a shipment). Events that need more than an
 * entry says (a line's location, a date's old value, what an arrival filled) are raised by their
 * services instead.
 */
export function eventsOfJournal(entries: readonly LogEntry[], actor: ActorLike): PlacedEvent[] {
  const placed: PlacedEvent[] = [];
  const grouped = new Map<string, { position: number; orderId: number; type: RaisedEvent['type']; lines: Record<string, unknown>[]; extra: Record<string, unknown> }>();
  const group = (key: string, position: number, orderId: number, type: RaisedEvent['type'], extra: Record<string, unknown> = {}) => {
    let g = grouped.get(key);
    if (!g) grouped.set(key, (g = { position, orderId, type, lines: [], extra }));
    return g;
  };
  entries.forEach((e, position) => {
    const orderId = e.orderId ?? null;
    if (e.entity === 'line' && orderId !== null && e.itemId != null) {
      const line = { lineNo: e.lineNo, itemId: e.itemId, quantity: e.quantity };
      if (e.action === 'backordered') group(`b:${orderId}`, position, orderId, 'order.backordered').lines.push(line);
      else if (e.action === 'released') group(`r:${orderId}`, position, orderId, 'order.released', { release: e.reason }).lines.push(line);
      else if (e.action === 'shipped' && e.shipmentId != null) group(`s:${e.shipmentId}:${orderId}`, position, orderId, 'shipment.shipped', { shipmentId: e.shipmentId }).lines.push(line);
      else if (e.action === 'short_picked' && e.shipmentId != null) {
        const g = group(`s:${e.shipmentId}:${orderId}`, position, orderId, 'shipment.shipped', { shipmentId: e.shipmentId });
        ((g.extra.shortPicks ??= []) as unknown[]).push({ ...line, reason: e.reason });
      } else if (e.action === 'cancelled') {
        const who = actorFrom(e.actor ?? actor);
        const by = { kind: who.identity.kind, name: who.onBehalfOf ?? who.identity.name };
        placed.push({ position, event: { type: 'line.cancelled', orderId, itemIds: [e.itemId], data: { ...line, reason: e.reason ?? null, by } } });
      } else if (e.action === 'preorder_launched') {
        placed.push({ position, event: { type: 'preorder.launched', orderId, itemIds: [e.itemId], data: { ...line, note: e.reason ?? null } } });
      }
    } else if (e.entity === 'order' && e.action === 'release_refused' && orderId !== null) {
      const reason = e.reason ?? '';
      const colon = reason.indexOf(':');
      const data = { rule: colon > 0 ? reason.slice(0, colon) : reason, detail: colon > 0 ? reason.slice(colon + 1).trim() : '' };
      placed.push({ position, event: { type: 'release.refused', orderId, itemIds: [], data } });
    }
  });
  for (const g of grouped.values()) {
    const itemIds = [...new Set(g.lines.map((l) => l.itemId as number))];
    const data = g.type === 'shipment.shipped' ? { shortPicks: [], ...g.extra, lines: g.lines } : { ...g.extra, lines: g.lines };
    placed.push({ position: g.position, event: { type: g.type, orderId: g.orderId, itemIds, data } });
  }
  return placed;
}

/** Lines entered in this unit of work: a line placed in full at entry was never "filled" from a backorder. */
export function linesEntered(entries: readonly LogEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entries) if (e.entity === 'line' && e.action === 'entered') keys.add(`${e.orderId}:${e.lineNo}`);
  return keys;
}
