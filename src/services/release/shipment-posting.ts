import { logEntries } from '../../app/journal.js';
import type { ShipInput } from '../../contract/shipments.js';
import { planPick, type PickedLine } from '../../domain/release/shipment-pick.js';
import { shipmentTransition, type ShipmentAction, type ShipmentStatus } from '../../domain/release/shipment-lifecycle.js';
import { refuse, Refused } from '../../domain/refusal.js';
import { lockCustomer } from '../../repositories/order-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import {
  closeShipment,
  findShipment,
  recordShipped,
  settleShippedLines,
  shiftReleased,
  shipmentLineTotals,
  type ShipmentLineTotal,
  type ShipmentRow,
} from '../../repositories/shipment-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { keepQueueMembership } from './queue-membership.js';
import type { ServiceContext } from '../../app/context.js';
import { shipmentView, type ShipmentView } from '../../queries/shipment-view.js';

export type { ShipInput } from '../../contract/shipments.js';

/**
 * Ships a pending shipment: posts the issue (on hand and allocated fall, the lines' shipped
 * quantity rises). A short pick sends the shortage back to the backorder queue and writes off
 * the missing stock with an adjustment.
 */
export async function shipShipment(ctx: ServiceContext, shipmentId: number, input: ShipInput): Promise<ShipmentView> {
  const { shipment, lines } = await openForTransition(ctx, shipmentId, 'ship');
  const plan = planPick(
    lines.map((l) => ({ orderId: l.orderId, lineNo: l.lineNo, quantity: l.quantity })),
    input.lines,
  );
  if (!Array.isArray(plan)) throw new Refused(plan);
  const picked = lines.map((line, i) => ({ ...line, pick: plan[i]! }));
  const location = shipment.location_id;
  await settleShippedLines(ctx.db, location, picked.map((l) => ({ lineId: l.lineId, released: l.quantity, issued: l.pick.shipped })));
  await recordShipped(ctx.db, shipment.id, picked.map((l) => ({ lineId: l.lineId, quantity: l.pick.shipped })));
  await AllocationEngine.issue(ctx, shipment.location_id, `shipment ${shipment.id}`, picked.map((l) => ({ itemId: l.itemId, lineId: l.lineId, released: l.quantity, shipped: l.pick.shipped })));
  await closeShipment(ctx.db, shipment.id, 'shipped', ctx.clock.now());
  logEntries(ctx, shippingLog(shipment.id, picked));
  // Lines short-picked wait again: they may outrank holders or find free stock elsewhere.
  const reason = `short pick on shipment ${shipment.id}`;
  for (const itemId of new Set(picked.filter((l) => l.pick.short > 0).map((l) => l.itemId))) await new AllocationEngine(ctx, itemId).rebalance(reason);
  return shipmentView(ctx.db, shipment.id);
}

/** Voids a pending shipment: its quantities return to allocated-unreleased (movable again). */
export async function voidShipment(ctx: ServiceContext, shipmentId: number, reason?: string): Promise<ShipmentView> {
  const { shipment, lines } = await openForTransition(ctx, shipmentId, 'void');
  await shiftReleased(ctx.db, lines.map((l) => ({ lineId: l.lineId, locationId: shipment.location_id, quantity: l.quantity })), -1);
  await closeShipment(ctx.db, shipment.id, 'voided', ctx.clock.now());
  const why = `shipment ${shipment.id} voided${reason ? `: ${reason}` : ''}`;
  logEntries(ctx, [
      { entity: 'shipment', action: 'voided', shipmentId: shipment.id, reason: reason ?? null },
      ...lines.map((l) => ({ ...lineRef(shipment.id, l), action: 'unreleased', quantity: l.quantity, reason: why })),
    ]);
  // Unreleased stock may be taken by lines that rank ahead (as at order entry).
  for (const itemId of new Set(lines.map((l) => l.itemId))) await new AllocationEngine(ctx, itemId).settle(why);
  // A voided release may be one the order can have again: its lines may wait again.
  for (const orderId of new Set(lines.map((l) => l.orderId))) await keepQueueMembership(ctx, orderId);
  return shipmentView(ctx.db, shipment.id);
}

/**
 * Locks what a transition touches — the customer (whose releases append to its shipments),
 * then the items — and checks the transition against the lifecycle with the current status.
 */
async function openForTransition(
  ctx: ServiceContext,
  shipmentId: number,
  action: ShipmentAction,
): Promise<{ shipment: ShipmentRow; lines: ShipmentLineTotal[] }> {
  const found = (await findShipment(ctx.db, shipmentId)) ?? refuse('shipment_not_found', `No shipment has id ${shipmentId}.`, { shipmentId });
  await lockCustomer(ctx.db, found.customer_id);
  const shipment = (await findShipment(ctx.db, shipmentId))!;
  const transition = shipmentTransition(shipment.status as ShipmentStatus, action);
  if (!transition.ok) refuse(transition.code, transition.detail, { shipmentId, status: shipment.status });
  const lines = await shipmentLineTotals(ctx.db, [shipment.id]);
  await lockItems(ctx.db, [...new Set(lines.map((l) => l.itemId))].sort((a, b) => a - b));
  return { shipment, lines };
}

type Picked = ShipmentLineTotal & { pick: PickedLine };

function shippingLog(shipmentId: number, picked: readonly Picked[]): LogEntry[] {
  const log: LogEntry[] = [{ entity: 'shipment', action: 'shipped', shipmentId }];
  for (const l of picked) {
    if (l.pick.shipped > 0) log.push({ ...lineRef(shipmentId, l), action: 'shipped', quantity: l.pick.shipped, reason: `shipment ${shipmentId}` });
    if (l.pick.short > 0) {
      const reason = `short pick on shipment ${shipmentId}: back to backorder, missing stock written off`;
      log.push({ ...lineRef(shipmentId, l), action: 'short_picked', quantity: l.pick.short, reason });
    }
  }
  return log;
}

const lineRef = (shipmentId: number, l: ShipmentLineTotal) =>
  ({ entity: 'line', orderId: l.orderId, itemId: l.itemId, lineNo: l.lineNo, shipmentId }) as const;
