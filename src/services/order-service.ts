import type { Grant, WaitingLine } from '../domain/allocation-plan.js';
import { backorderAtEntry, defaultPolicy, type FulfillmentPolicy } from '../domain/fulfillment-policy.js';
import { cancellable } from '../domain/line-quantities.js';
import { preorderRoom, takesPreorders, type PreorderTerms } from '../domain/preorder.js';
import { refuse } from '../domain/refusal.js';
import { findPolicyById, type ItemRow } from '../repositories/master-data-repository.js';
import {
  cancelOnLine,
  findOrder,
  insertLines,
  insertOrder,
  nextEntrySeq,
  orderLines,
  preorderedUnits,
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
import { businessDay, type ServiceContext } from './context.js';
import { preorderTermsOf } from './item-terms.js';
import { customerByCode, itemsBySku, locationByCode, policyByCode } from './lookup.js';
import { orderView, type OrderView } from './order-view.js';
import { promiseNewLines, refreshPromises } from './promise-service.js';
import { policyFromRow } from './policy-row.js';
import { supplyRaised } from './supply.js';

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
  readonly requestedShipDate?: string | undefined;
  readonly reference?: string | undefined;
  /** The order's own location: allocated from first, then the others by priority. */
  readonly location?: string | undefined;
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
  const location = input.location === undefined ? undefined : await locationByCode(ctx.db, input.location);

  const itemIds = [...new Set([...items.values()].map((i) => i.id))];
  await lockItems(ctx.db, itemIds);
  const preorders = await preorderItems(ctx, input, items);
  // Taken under the locks, so entry order and allocation order agree for every item.
  const entrySeq = await nextEntrySeq(ctx.db);
  const priority = input.priority ?? customer.priority;
  const order = await insertOrder(ctx.db, {
    customer_id: customer.id,
    priority,
    ship_type: input.shipType ?? customer.ship_type,
    fulfillment_policy_id: policyRow?.id ?? null,
    requested_ship_date: input.requestedShipDate ?? null,
    reference: input.reference ?? null,
    entry_seq: entrySeq,
    entered_at: ctx.clock.now(),
    warnings: '[]',
    location_id: location?.id ?? null,
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
        preorder: preorders.has(item.id),
        preferred_location_id: location?.id ?? null,
      };
    }),
  );

  await appendLog(
    ctx.db,
    [
      { entity: 'order', action: 'entered', orderId: order.id, reason: `priority ${priority}, ship type ${order.ship_type}` },
      ...lines.map((l) => ({
        entity: 'line' as const,
        action: 'entered',
        orderId: order.id,
        itemId: l.item_id,
        lineNo: l.line_no,
        quantity: l.quantity,
        reason: l.preorder ? `preorder: launches ${preorders.get(l.item_id)!.launchDate}` : null,
      })),
    ],
    ctx.actor,
    ctx.clock.now(),
  );
  const reason = `order ${order.id} entered`;
  const serviceItems = new Set([...items.values()].filter((i) => i.service).map((i) => i.id));
  const stocked = lines.filter((l) => !serviceItems.has(l.item_id));
  const tookFromOthers = new Set<number>();
  for (const itemId of itemIds) {
    const queued = stocked.filter((l) => l.item_id === itemId).map(toWaiting);
    if (queued.length > 0 && (await new AllocationEngine(ctx, itemId).place(queued, reason)) > 0) tookFromOthers.add(itemId);
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
  await enforceBackorderPolicy(ctx, placed, order, policy);
  // Lines that lost stock to this order wait again: their item's whole queue is promised anew.
  await refreshPromises(ctx, tookFromOthers);
  for (const itemId of itemIds) {
    if (!serviceItems.has(itemId) && !tookFromOthers.has(itemId)) await promiseNewLines(ctx, itemId, placed.filter((l) => l.item_id === itemId));
  }
  return orderView(ctx.db, order.id);
}

/**
 * The items of this order that take preorders today, with their terms; refuses units beyond an
 * item's preorder cap (counted under the item's lock, so two orders cannot both take the last).
 */
async function preorderItems(
  ctx: ServiceContext,
  input: OrderInput,
  items: ReadonlyMap<string, ItemRow>,
): Promise<Map<number, PreorderTerms>> {
  const today = businessDay(ctx);
  const open = new Map<number, PreorderTerms>();
  for (const item of items.values()) {
    const terms = preorderTermsOf(item);
    if (item.service || !terms || !takesPreorders(terms, today)) continue;
    open.set(item.id, terms);
    const wanted = input.lines.filter((l) => l.sku === item.sku).reduce((s, l) => s + l.quantity, 0);
    if (terms.cap === null) continue;
    const preordered = await preorderedUnits(ctx.db, item.id);
    const room = preorderRoom(terms, preordered);
    if (wanted > room) {
      refuse('preorder_cap_exceeded', `Item "${item.sku}" takes at most ${terms.cap} preordered units; ${room} left, ${wanted} asked.`, {
        sku: item.sku,
        cap: terms.cap,
        preordered,
        requested: wanted,
      });
    }
  }
  return open;
}

async function enforceBackorderPolicy(
  ctx: ServiceContext,
  lines: readonly OrderLineRow[],
  order: OrderRow,
  policy: FulfillmentPolicy,
): Promise<void> {
  // Preorders are taken whatever the strategy: they wait for their launch, not for a backorder.
  const short = lines.filter((l) => l.backordered > 0 && !l.preorder);
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
  await refreshPromises(ctx, wanted.map((w) => w.line.item_id));
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
    await refreshPromises(ctx, itemIds);
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

export function toWaiting(line: OrderLineRow): WaitingLine {
  return {
    lineId: line.id,
    orderId: line.order_id,
    lineNo: line.line_no,
    priority: line.priority,
    entrySeq: line.entry_seq,
    backordered: line.backordered,
    preferredLocationId: line.preferred_location_id,
  };
}
