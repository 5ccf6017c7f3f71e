import type { Grant } from '../domain/allocation-plan.js';
import { cancellable } from '../domain/line-quantities.js';
import { refuse } from '../domain/refusal.js';
import {
  cancelOnLine,
  findOrder,
  orderLines,
  setOrderPriority,
  setOrderTerms,
  setPreventPartialDelivery,
  type OrderLineRow,
  type OrderRow,
} from '../repositories/order-repository.js';
import { lineHoldings } from '../repositories/queue-repository.js';
import { appendLog, type LogEntry } from '../repositories/record-log-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { AllocationEngine } from './allocation-engine.js';
import type { ServiceContext } from './context.js';
import { policyByCode } from './lookup.js';
import { toWaiting } from './order-entry.js';
import { orderView, type OrderView } from './order-view.js';
import { supplyRaised } from './supply.js';

export interface CancelInput {
  readonly lines?: readonly { readonly lineNo: number; readonly quantity?: number | undefined }[] | undefined;
  readonly reason?: string | undefined;
}

/**
 * Cancels part of a line, whole lines, or the whole order. The backordered part goes first, then
 * unreleased allocation, which is freed and fills the queue (Allocation 4).
 */
export async function cancelOrder(ctx: ServiceContext, orderId: number, input: CancelInput): Promise<OrderView> {
  const order = await existingOrder(ctx, orderId);
  await lockItems(ctx.db, await orderItemIds(ctx, order.id));
  const lines = await orderLines(ctx.db, order.id);
  const wanted = cancellationsWanted(lines, input);
  const reason = `order ${order.id} cancelled${input.reason ? `: ${input.reason}` : ''}`;
  const freed = new Map<number, number>();
  const log: LogEntry[] = [];
  for (const { line, quantity } of wanted) {
    const fromBackorder = Math.min(quantity, line.backordered);
    let toFree = quantity - fromBackorder;
    const grants: Grant[] = [];
    for (const holding of await lineHoldings(ctx.db, line.id)) {
      if (toFree === 0) break;
      const take = Math.min(toFree, holding.quantity);
      grants.push({ lineId: line.id, locationId: holding.locationId, quantity: take });
      toFree -= take;
    }
    const deallocated = quantity - fromBackorder;
    const refs = new Map([[line.id, { lineId: line.id, orderId: order.id, lineNo: line.line_no }]]);
    if (grants.length > 0) await new AllocationEngine(ctx, line.item_id).deallocate(grants, refs, reason);
    // A service line's "allocation" holds no stock: it is simply given up here.
    await cancelOnLine(ctx.db, line.id, quantity, toFree);
    if (grants.length > 0) freed.set(line.item_id, (freed.get(line.item_id) ?? 0) + deallocated - toFree);
    log.push({ entity: 'line', action: 'cancelled', orderId: order.id, itemId: line.item_id, lineNo: line.line_no, quantity, reason: input.reason ?? null });
  }
  await appendLog(ctx.db, log, ctx.actor, ctx.clock.now());
  for (const [itemId, quantity] of freed) {
    await supplyRaised(ctx, itemId, 'secondary', quantity, `${reason} (stock freed)`);
  }
  return orderView(ctx.db, order.id);
}

function cancellationsWanted(lines: readonly OrderLineRow[], input: CancelInput): { line: OrderLineRow; quantity: number }[] {
  if (!input.lines) {
    const open = lines.filter((l) => cancellable(l) > 0).map((line) => ({ line, quantity: cancellable(line) }));
    if (open.length === 0) refuse('order_closed', 'Nothing on this order is open to cancel.');
    return open;
  }
  const seen = new Set<number>();
  return input.lines.map(({ lineNo, quantity }) => {
    if (seen.has(lineNo)) refuse('duplicate_line', `Line ${lineNo} is named twice.`, { lineNo });
    seen.add(lineNo);
    const line = lines.find((l) => l.line_no === lineNo) ?? refuse('line_not_found', `The order has no line ${lineNo}.`, { lineNo });
    const open = cancellable(line);
    const asked = quantity ?? open;
    if (open === 0) refuse('order_closed', `Line ${lineNo} has nothing open to cancel.`, { lineNo });
    if (asked > open) {
      refuse('cancel_exceeds_open', `Line ${lineNo} has ${open} open; cannot cancel ${asked}.`, { lineNo, open, requested: asked });
    }
    return { line, quantity: asked };
  });
}

export interface OrderChange {
  readonly priority?: number | undefined;
  readonly shipType?: 'partial_ok' | 'complete' | undefined;
  readonly fulfillmentPolicy?: string | undefined;
}

/**
 * Changes an order's terms. A priority change moves its lines in every queue (Allocation 5):
 * raised lines take unreleased stock from lines now behind them; lowered lines give theirs up
 * to waiting lines now ahead. A policy change reaches the existing lines' flag.
 */
export async function changeOrder(ctx: ServiceContext, orderId: number, change: OrderChange): Promise<OrderView> {
  const order = await existingOrder(ctx, orderId);
  const policy = change.fulfillmentPolicy === undefined ? undefined : await policyByCode(ctx.db, change.fulfillmentPolicy);
  const itemIds = await orderItemIds(ctx, order.id);
  await lockItems(ctx.db, itemIds);
  const current = (await findOrder(ctx.db, order.id))!;
  const log: LogEntry[] = [];
  await setOrderTerms(ctx.db, order.id, { shipType: change.shipType, fulfillmentPolicyId: policy?.id });
  if (change.shipType !== undefined && change.shipType !== current.ship_type) {
    log.push({ entity: 'order', action: 'ship_type_changed', orderId: order.id, reason: `${current.ship_type} → ${change.shipType}` });
  }
  if (policy && policy.id !== current.fulfillment_policy_id) {
    await setPreventPartialDelivery(ctx.db, order.id, policy.prevent_partial_delivery);
    log.push({ entity: 'order', action: 'policy_changed', orderId: order.id, reason: `fulfillment policy set to ${policy.code}` });
  }
  if (change.priority !== undefined && change.priority !== current.priority) {
    const raised = change.priority > current.priority;
    await setOrderPriority(ctx.db, order.id, change.priority);
    log.push({ entity: 'order', action: 'priority_changed', orderId: order.id, reason: `${current.priority} → ${change.priority}` });
    await appendLog(ctx.db, log.splice(0), ctx.actor, ctx.clock.now());
    const reason = `order ${order.id} priority ${raised ? 'raised' : 'lowered'} to ${change.priority}`;
    const lines = await orderLines(ctx.db, order.id);
    for (const itemId of itemIds) {
      const engine = new AllocationEngine(ctx, itemId);
      const waiting = lines.filter((l) => l.item_id === itemId && l.backordered > 0).map(toWaiting);
      if (raised) await engine.place(waiting, reason);
      else await engine.settle(reason);
    }
  }
  await appendLog(ctx.db, log, ctx.actor, ctx.clock.now());
  return orderView(ctx.db, order.id);
}

async function existingOrder(ctx: ServiceContext, orderId: number): Promise<OrderRow> {
  return (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
}

async function orderItemIds(ctx: ServiceContext, orderId: number): Promise<number[]> {
  const rows = await ctx.db.selectFrom('order_lines').select('item_id').distinct().where('order_id', '=', orderId).execute();
  return rows.map((r) => r.item_id);
}

