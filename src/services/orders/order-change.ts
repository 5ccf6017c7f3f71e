import { promiseChangedItems } from '../../app/unit-of-work.js';
import { logEntries } from '../../app/journal.js';
import type { OrderChange } from '../../contract/orders.js';
import type { BackorderStrategy } from '../../domain/orders/fulfillment-policy.js';
import { refuse } from '../../domain/refusal.js';
import {
  findOrder,
  orderItemIds,
  orderLines,
  preorderedUnits,
  setOrderPriority,
  setOrderTerms,
  setPreventPartialDelivery,
  type OrderLineRow,
  type OrderRow,
} from '../../repositories/order-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { keepQueueMembership } from '../release/queue-membership.js';
import type { ServiceContext } from '../../app/context.js';
import { policyByCode } from '../../repositories/lookup.js';
import { toWaiting } from './order-entry.js';
import { refuseIfStrategySynced, syncIntercompanyStrategies } from './intercompany.js';
import { orderView, type OrderView } from '../../queries/order-view.js';
import { promiseNewLines } from '../promising/promise-refresh.js';
import { policyFromRow } from '../../repositories/policy-row.js';
import { amendOrder } from './order-amendment.js';

export { cancelOrder } from './order-cancellation.js';
export type { CancelInput, OrderChange } from '../../contract/orders.js';

/**
 * Changes an order's terms. A priority change moves its lines in every queue (priority changes):
 * raised lines take unreleased stock from lines now behind them; lowered lines give theirs up
 * to waiting lines now ahead. A policy change sets the header strategy and reaches the existing
 * lines' preventPartialDelivery flag; a strategy set by hand changes only the header. The
 * requested ship date and the order's own location are amendments (order-amendment.ts).
 */
export async function changeOrder(ctx: ServiceContext, orderId: number, change: OrderChange): Promise<OrderView> {
  const { requestedShipDate, location, ...terms } = change;
  const place = requestedShipDate !== undefined || location !== undefined;
  let view: OrderView | undefined;
  if (Object.keys(terms).length > 0 || !place) view = await changeTerms(ctx, orderId, terms);
  if (place) view = await amendOrder(ctx, orderId, { requestedShipDate, location });
  return view!;
}

async function changeTerms(ctx: ServiceContext, orderId: number, change: Omit<OrderChange, 'requestedShipDate' | 'location'>): Promise<OrderView> {
  const order = await existingOrder(ctx, orderId);
  if (change.backorderStrategy !== undefined || change.fulfillmentPolicy !== undefined) await refuseIfStrategySynced(ctx.db, order);
  const policy = change.fulfillmentPolicy === undefined ? undefined : await policyByCode(ctx.db, change.fulfillmentPolicy);
  const itemIds = await orderItemIds(ctx.db, order.id);
  await lockItems(ctx.db, itemIds);
  const current = (await findOrder(ctx.db, order.id))!;
  const log: LogEntry[] = [];
  const policyChanged = policy !== undefined && policy.id !== current.fulfillment_policy_id;
  const strategy = change.backorderStrategy ?? (policyChanged ? (policy.backorder_strategy as BackorderStrategy) : undefined);
  await setOrderTerms(ctx.db, order.id, { shipType: change.shipType, fulfillmentPolicyId: policy?.id, backorderStrategy: strategy });
  if (change.shipType !== undefined && change.shipType !== current.ship_type) {
    log.push({ entity: 'order', action: 'ship_type_changed', orderId: order.id, reason: `${current.ship_type} → ${change.shipType}` });
  }
  if (policyChanged) {
    await setPreventPartialDelivery(ctx.db, order.id, policy.prevent_partial_delivery);
    log.push({ entity: 'order', action: 'policy_changed', orderId: order.id, reason: `fulfillment policy set to ${policy.code}` });
  }
  if (strategy !== undefined && strategy !== current.backorder_strategy) {
    const how = change.backorderStrategy === undefined ? `with policy ${policy?.code}` : 'by hand';
    log.push({ entity: 'order', action: 'strategy_changed', orderId: order.id, reason: `${current.backorder_strategy} → ${strategy} (${how})` });
    logEntries(ctx, log.splice(0));
    await syncIntercompanyStrategies(ctx, order.id, strategy);
  }
  if (change.priority !== undefined && change.priority !== current.priority) {
    const raised = change.priority > current.priority;
    await setOrderPriority(ctx.db, order.id, change.priority);
    log.push({ entity: 'order', action: 'priority_changed', orderId: order.id, reason: `${current.priority} → ${change.priority}` });
    logEntries(ctx, log.splice(0));
    const reason = `order ${order.id} priority ${raised ? 'raised' : 'lowered'} to ${change.priority}`;
    const lines = await orderLines(ctx.db, order.id);
    for (const itemId of itemIds) {
      const engine = new AllocationEngine(ctx, itemId);
      const waiting = lines.filter((l) => l.item_id === itemId && l.backordered > 0).map(toWaiting);
      if (raised) await engine.place(waiting, reason);
      else await engine.settle(reason);
    }
    ctx.work.supplyOrQueueChanged(itemIds);
  }
  logEntries(ctx, log);
  // A new strategy or ship type may allow another release, or no further one.
  await keepQueueMembership(ctx, order.id);
  await promiseChangedItems(ctx);
  return orderView(ctx.db, order.id);
}

async function existingOrder(ctx: ServiceContext, orderId: number): Promise<OrderRow> {
  return (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
}

