import { logEntries } from '../../app/journal.js';
import { cancellable } from '../../domain/allocation/line-quantities.js';
import { decideRelease, type ReleaseDecision } from '../../domain/release/release-decision.js';
import { describeShortages, type ReleaseRefusal } from '../../domain/release/release-line.js';
import { refusal, refuse, type Refusal } from '../../domain/refusal.js';
import { addOrderWarning, findOrder, lockCustomer, orderItemIds, orderLines, type OrderRow } from '../../repositories/order-repository.js';
import { lastOrderEntry, type LogEntry } from '../../repositories/record-log-repository.js';
import {
  insertShipment,
  insertShipmentLines,
  nextReleaseNo,
  pendingShipmentFor,
  shiftReleased,
  unreleasedByLocation,
  type NewShipmentLine,
} from '../../repositories/shipment-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { cancelQuantities } from '../orders/order-cancellation.js';
import { businessDay, type ServiceContext } from '../../app/context.js';
import { releaseCandidateOf, releaseTermsOf, type NotLaunched, type ReleaseLineRef } from '../../queries/release-state.js';
import { keepQueueMembership } from './queue-membership.js';

/** Deployment settings of release to warehouse. */
export interface ReleaseSettings {
  /** Append releases to any pending shipment of the customer at the location, not only the order's own. */
  readonly appendAcrossOrders: boolean;
  /** What an order may never ship after its last release (no_backorder, max_one_backorder) is cancelled at that release, not left for the cancel-backorders job. */
  readonly cancelNoBackorderRemainder: boolean;
}

export const defaultReleaseSettings: ReleaseSettings = { appendAcrossOrders: false, cancelNoBackorderRemainder: false };

export interface ReleaseResult {
  readonly orderId: number;
  readonly releaseNo: number;
  readonly released: { lineNo: number; quantity: number }[];
  readonly shipments: number[];
  readonly warnings: string[];
}

/**
 * Releases an order to the warehouse (docs/domain.md#release-to-warehouse): the order's backorder
 * strategy decides what may go, and the released quantities go onto pending shipments, one per
 * location. A refusal is returned as a value, after logging it, so the record log keeps it while
 * nothing else is written. Takes the customer's lock, then the order's items' locks.
 */
export async function releaseOrder(
  ctx: ServiceContext,
  orderId: number,
  settings: ReleaseSettings,
  refusalLog: 'always' | 'when_changed' = 'always',
): Promise<ReleaseResult | Refusal> {
  const order = (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  await lockCustomer(ctx.db, order.customer_id);
  await lockItems(ctx.db, await orderItemIds(ctx.db, order.id));
  const terms = await releaseTermsOf(ctx.db, order);
  const candidate = await releaseCandidateOf(ctx.db, order.id, businessDay(ctx));
  const stockedLines = candidate.lines.filter((l) => !l.service);
  if (stockedLines.length > 0 && stockedLines.every((l) => l.shipped + l.cancelled === l.quantity)) {
    refuse('order_closed', `Order ${order.id} is shipped or cancelled: nothing is left to release.`, { orderId: order.id });
  }
  const decision = decideRelease(terms, candidate);
  if (decision.kind === 'refuse') {
    const { code, detail, waitingFor, context } = preorderRefusal(candidate.notLaunched, decision.refusal);
    const reason = `${code}: ${detail}`;
    if (refusalLog === 'always' || (await lastReleaseRefusal(ctx, order.id)) !== code) {
      logEntries(ctx, [{ entity: 'order', action: 'release_refused', orderId: order.id, reason }]);
    }
    return refusal(code, detail, { orderId: order.id, strategy: decision.strategy, ...context, ...(waitingFor ? { waitingFor } : {}) });
  }
  const releaseNo = await nextReleaseNo(ctx.db, order.id);
  const shipments = await placeOnShipments(ctx, order, releaseNo, decision, candidate.lineIds, settings);
  const warnings = await recordRelease(ctx, order, releaseNo, decision, candidate.lineIds);
  // After its last release, what the order still lacks will never ship (nothing stranded).
  const { mayWait } = await keepQueueMembership(ctx, order.id);
  if (!mayWait && settings.cancelNoBackorderRemainder) {
    const stockedIds = new Set(stockedLines.map((l) => candidate.lineIds.get(l.lineNo)!.lineId));
    await cancelRemainder(ctx, order.id, stockedIds);
  }
  return { orderId: order.id, releaseNo, released: decision.lines.map((l) => ({ ...l })), shipments, warnings };
}

type Release = Extract<ReleaseDecision, { kind: 'release' }>;

async function placeOnShipments(
  ctx: ServiceContext,
  order: OrderRow,
  releaseNo: number,
  decision: Release,
  refs: ReadonlyMap<number, ReleaseLineRef>,
  settings: ReleaseSettings,
): Promise<number[]> {
  const wanted = new Map(decision.lines.map((l) => [refs.get(l.lineNo)!.lineId, l.quantity]));
  const moves: { lineId: number; locationId: number; quantity: number }[] = [];
  for (const at of await unreleasedByLocation(ctx.db, [...wanted.keys()])) {
    const left = wanted.get(at.lineId)!;
    const quantity = Math.min(left, at.quantity);
    if (quantity === 0) continue;
    moves.push({ lineId: at.lineId, locationId: at.locationId, quantity });
    wanted.set(at.lineId, left - quantity);
  }
  const shipmentAt = new Map<number, number>();
  for (const locationId of new Set(moves.map((m) => m.locationId))) {
    const target = { customerId: order.customer_id, locationId, orderId: order.id, acrossOrders: settings.appendAcrossOrders };
    const found = await pendingShipmentFor(ctx.db, target);
    shipmentAt.set(locationId, found ?? (await insertShipment(ctx.db, { customerId: order.customer_id, locationId, at: ctx.clock.now() })));
  }
  const rows: NewShipmentLine[] = moves.map((m) => ({
    shipmentId: shipmentAt.get(m.locationId)!,
    orderId: order.id,
    lineId: m.lineId,
    releaseNo,
    quantity: m.quantity,
  }));
  await insertShipmentLines(ctx.db, rows);
  await shiftReleased(ctx.db, moves, 1);
  return [...new Set(shipmentAt.values())].sort((a, b) => a - b);
}

/** The record log of a release; returns the warnings it raised (also kept on the order). */
async function recordRelease(
  ctx: ServiceContext,
  order: OrderRow,
  releaseNo: number,
  decision: Release,
  refs: ReadonlyMap<number, ReleaseLineRef>,
): Promise<string[]> {
  const log: LogEntry[] = decision.lines.map((l) => ({
    entity: 'line',
    action: 'released',
    orderId: order.id,
    itemId: refs.get(l.lineNo)!.itemId,
    lineNo: l.lineNo,
    quantity: l.quantity,
    reason: `release ${releaseNo} (${decision.strategy})`,
  }));
  for (const held of decision.heldBack) {
    log.push({
      entity: 'line',
      action: 'release_held',
      orderId: order.id,
      itemId: refs.get(held.lineNo)!.itemId,
      lineNo: held.lineNo,
      reason: `prevent partial delivery: waiting for ${describeShortages([held])}`,
    });
  }
  const warnings: string[] = [];
  const rate = decision.rate;
  if (rate) {
    const action = rate.met ? 'fulfillment_rate_met' : `fulfillment_rate_${rate.level}`;
    log.push({ entity: 'order', action, orderId: order.id, reason: rate.message });
    if (!rate.met && rate.level === 'warning') {
      warnings.push(rate.message);
      await addOrderWarning(ctx.db, order.id, rate.message);
    }
  }
  logEntries(ctx, log);
  return warnings;
}

/** After the last release, when configured: what the release did not send is cancelled at once. */
async function cancelRemainder(ctx: ServiceContext, orderId: number, stockedLineIds: ReadonlySet<number>): Promise<void> {
  const lines = await orderLines(ctx.db, orderId);
  const open = lines.filter((l) => stockedLineIds.has(l.id) && cancellable(l) > 0).map((line) => ({ line, quantity: cancellable(line) }));
  if (open.length > 0) await cancelQuantities(ctx, orderId, open, 'no backorder: remainder cancelled at release');
}

/**
 * Nothing to release because the stock it holds is for preorders: say so, and when they launch,
 * rather than "nothing to release".
 */
function preorderRefusal(notLaunched: readonly NotLaunched[], refused: ReleaseRefusal): ReleaseRefusal {
  const first = notLaunched[0];
  if (refused.code !== 'nothing_to_release' || !first) return refused;
  const launchDate = notLaunched.reduce((date, l) => (l.launchDate < date ? l.launchDate : date), first.launchDate);
  const lines = notLaunched.map((l) => l.lineNo).join(', ');
  return refusal('preorder_not_launched', `The stock this order holds is for preorders (line ${lines}), released from their launch on ${launchDate}.`, {
    launchDate,
    lines: notLaunched.map((l) => ({ ...l })),
  });
}

/** The code of the order's latest release refusal, unless a release followed it. */
async function lastReleaseRefusal(ctx: ServiceContext, orderId: number): Promise<string | undefined> {
  const last = await lastOrderEntry(ctx.db, orderId, ['release_refused', 'released']);
  return last?.action === 'release_refused' ? last.reason?.split(':')[0] : undefined;
}
