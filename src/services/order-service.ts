import type { WaitingLine } from '../domain/allocation-plan.js';
import { backorderAtEntry, defaultPolicy, type BackorderStrategy, type FulfillmentPolicy } from '../domain/fulfillment-policy.js';
import { refuse } from '../domain/refusal.js';
import { findPolicyById } from '../repositories/master-data-repository.js';
import {
  findOrder,
  insertLines,
  insertOrder,
  nextEntrySeq,
  orderItemIds,
  orderLines,
  setOrderPriority,
  setOrderTerms,
  setPreventPartialDelivery,
  type OrderLineRow,
  type OrderRow,
} from '../repositories/order-repository.js';
import { appendLog, type LogEntry } from '../repositories/record-log-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { AllocationEngine } from './allocation-engine.js';
import type { ServiceContext } from './context.js';
import { customerByCode, itemsBySku, policyByCode } from './lookup.js';
import { orderView, type OrderView } from './order-view.js';
import { policyFromRow } from './policy-row.js';

export { cancelOrder, type CancelInput } from './cancellation.js';

export interface OrderInput {
  readonly customer: string;
  readonly lines: readonly {
    readonly sku: string;
    readonly quantity: number;
    readonly unitPrice?: number | undefined;
    readonly preventPartialDelivery?: boolean | undefined;
  }[];
  readonly priority?: number | undefined;
  readonly shipType?: 'partial_ok' | 'complete' | undefined;
  readonly fulfillmentPolicy?: string | undefined;
  /** The header strategy set by hand; by default the policy's. */
  readonly backorderStrategy?: BackorderStrategy | undefined;
  readonly requestedShipDate?: string | undefined;
  readonly reference?: string | undefined;
}

/**
 * Order entry (Allocation 3): each line takes its place in the queue and gets what that place
 * entitles it to; the rest is backordered. A policy that may not backorder refuses instead.
 */
export async function enterOrder(ctx: ServiceContext, input: OrderInput): Promise<OrderView> {
  const customer = await customerByCode(ctx.db, input.customer);
  const items = await itemsBySku(ctx.db, input.lines.map((l) => l.sku));
  const policyRow = input.fulfillmentPolicy
    ? await policyByCode(ctx.db, input.fulfillmentPolicy)
    : customer.fulfillment_policy_id === null
      ? undefined
      : await findPolicyById(ctx.db, customer.fulfillment_policy_id);
  const policy = policyRow ? policyFromRow(policyRow) : defaultPolicy;
  const strategy = input.backorderStrategy ?? policy.backorderStrategy;

  const itemIds = [...new Set([...items.values()].map((i) => i.id))];
  await lockItems(ctx.db, itemIds);
  // Taken under the locks, so entry order and allocation order agree for every item.
  const entrySeq = await nextEntrySeq(ctx.db);
  const priority = input.priority ?? customer.priority;
  const order = await insertOrder(ctx.db, {
    customer_id: customer.id,
    priority,
    ship_type: input.shipType ?? customer.ship_type,
    fulfillment_policy_id: policyRow?.id ?? null,
    backorder_strategy: strategy,
    customer_policy_id: customer.fulfillment_policy_id,
    requested_ship_date: input.requestedShipDate ?? null,
    reference: input.reference ?? null,
    entry_seq: entrySeq,
    entered_at: ctx.clock.now(),
    warnings: '[]',
  });
  const lines = await insertLines(
    ctx.db,
    input.lines.map((line, index) => {
      const item = items.get(line.sku)!;
      return {
        order_id: order.id,
        line_no: index + 1,
        item_id: item.id,
        quantity: line.quantity,
        unit_price: line.unitPrice ?? item.unit_price,
        prevent_partial_delivery: line.preventPartialDelivery ?? policy.preventPartialDelivery,
        // A service is never backordered: there is no stock to wait for.
        allocated: item.service ? line.quantity : 0,
        priority,
        entry_seq: entrySeq,
      };
    }),
  );

  await appendLog(
    ctx.db,
    [
      { entity: 'order', action: 'entered', orderId: order.id, reason: `priority ${priority}, ship type ${order.ship_type}, strategy ${strategy}` },
      ...lines.map((l) => ({ entity: 'line' as const, action: 'entered', orderId: order.id, itemId: l.item_id, lineNo: l.line_no, quantity: l.quantity })),
    ],
    ctx.actor,
    ctx.clock.now(),
  );
  const reason = `order ${order.id} entered`;
  const serviceItems = new Set([...items.values()].filter((i) => i.service).map((i) => i.id));
  const stocked = lines.filter((l) => !serviceItems.has(l.item_id));
  for (const itemId of itemIds) {
    const queued = stocked.filter((l) => l.item_id === itemId).map(toWaiting);
    if (queued.length > 0) await new AllocationEngine(ctx, itemId).place(queued, reason);
  }
  const placed = await orderLines(ctx.db, order.id);
  await appendLog(
    ctx.db,
    placed
      .filter((l) => l.backordered > 0)
      .map((l) => ({ entity: 'line' as const, action: 'backordered', orderId: order.id, itemId: l.item_id, lineNo: l.line_no, quantity: l.backordered, reason: 'not enough free stock for its place in the queue' })),
    ctx.actor,
    ctx.clock.now(),
  );
  await enforceBackorderPolicy(ctx, placed, order, { ...policy, backorderStrategy: strategy });
  return orderView(ctx.db, order.id);
}

async function enforceBackorderPolicy(
  ctx: ServiceContext,
  lines: readonly OrderLineRow[],
  order: OrderRow,
  policy: FulfillmentPolicy,
): Promise<void> {
  const short = lines.filter((l) => l.backordered > 0);
  if (short.length === 0) return;
  const units = short.reduce((s, l) => s + l.backordered, 0);
  const verdict = backorderAtEntry(policy);
  if (verdict === 'allow') return;
  const message = `Policy "${policy.code}" does not allow backorders: ${units} unit(s) on ${short.length} line(s) cannot be filled now.`;
  if (verdict === 'refuse') {
    refuse('backorder_not_allowed', message, {
      lines: short.map((l) => ({ lineNo: l.line_no, backordered: l.backordered })),
    });
  }
  if (verdict === 'warn') await ctx.db.updateTable('orders').set({ warnings: JSON.stringify([message]) }).where('id', '=', order.id).execute();
  await appendLog(ctx.db, [{ entity: 'order', action: `policy_${verdict}`, orderId: order.id, reason: message }], ctx.actor, ctx.clock.now());
}

export interface OrderChange {
  readonly priority?: number | undefined;
  readonly shipType?: 'partial_ok' | 'complete' | undefined;
  readonly fulfillmentPolicy?: string | undefined;
  readonly backorderStrategy?: BackorderStrategy | undefined;
}

/**
 * Changes an order's terms. A priority change moves its lines in every queue (Allocation 5):
 * raised lines take unreleased stock from lines now behind them; lowered lines give theirs up
 * to waiting lines now ahead. A policy change sets the header strategy and reaches the existing
 * lines' preventPartialDelivery flag; a strategy set by hand changes only the header.
 */
export async function changeOrder(ctx: ServiceContext, orderId: number, change: OrderChange): Promise<OrderView> {
  const order = await existingOrder(ctx, orderId);
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

function toWaiting(line: OrderLineRow): WaitingLine {
  return {
    lineId: line.id,
    orderId: line.order_id,
    lineNo: line.line_no,
    priority: line.priority,
    entrySeq: line.entry_seq,
    backordered: line.backordered,
  };
}
