import type { ServiceContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import { promiseChangedItems } from '../../app/unit-of-work.js';
import { refuse } from '../../domain/refusal.js';
import { strategyRules, type BackorderStrategy } from '../../domain/strategies/registry.js';
import { findItemsById } from '../../repositories/master-data-repository.js';
import { releaseTermsOf } from '../../queries/release-state.js';
import { itemBySku, locationByCode } from '../../repositories/lookup.js';
import { findOrder, insertLine, orderItemIds, orderLines, setLinePreventPartialDelivery, setLineQuantity, setOrderPlace, type OrderLineRow, type OrderRow } from '../../repositories/order-repository.js';
import { lineHoldings } from '../../repositories/queue-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { orderView, type OrderView } from '../../queries/order-view.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { toWaiting } from './order-entry.js';
import { checkPreorderCap, preorderTermsToday } from './preorder-cap.js';

export interface LineAmendment {
  readonly quantity?: number | undefined;
  readonly preventPartialDelivery?: boolean | undefined;
}

export interface NewOrderLine {
  readonly sku: string;
  readonly quantity: number;
  readonly unitPrice?: number | undefined;
  readonly preventPartialDelivery?: boolean | undefined;
}

export interface OrderAmendment {
  /** A date, or null to clear it. */
  readonly requestedShipDate?: string | null | undefined;
  /** The order's own location (allocated from first), or null for none. */
  readonly location?: string | null | undefined;
}

/**
 * Changes a line (docs/domain.md#order-amendments). More units queue at the line's place: they
 * take what that place entitles them to, as at entry. Fewer units come off the backorder first,
 * then off the unreleased allocation, whose stock fills the queue; never below what is released,
 * shipped or cancelled.
 */
export async function amendLine(ctx: ServiceContext, orderId: number, lineNo: number, change: LineAmendment): Promise<OrderView> {
  const { order, line } = await lockedLine(ctx, orderId, lineNo);
  if (change.quantity !== undefined && change.quantity !== line.quantity) await changeQuantity(ctx, order, line, change.quantity);
  if (change.preventPartialDelivery !== undefined && change.preventPartialDelivery !== line.prevent_partial_delivery) {
    await setLinePreventPartialDelivery(ctx.db, line.id, change.preventPartialDelivery);
    logEntries(ctx, [lineEntry(line, 'prevent_partial_delivery_changed', null, `${line.prevent_partial_delivery} → ${change.preventPartialDelivery}`)]);
  }
  return answer(ctx, order.id);
}

/** Adds a line to an order: it queues by the order's entry, after the order's existing lines. */
export async function addOrderLine(ctx: ServiceContext, orderId: number, input: NewOrderLine): Promise<OrderView> {
  const order = await existingOrder(ctx, orderId);
  const item = await itemBySku(ctx.db, input.sku);
  if (!item.active) refuse('item_inactive', `Item "${item.sku}" is deactivated: it takes no new orders.`, { sku: item.sku });
  await lockItems(ctx.db, [...new Set([...(await orderItemIds(ctx.db, order.id)), item.id])]);
  const lines = await orderLines(ctx.db, order.id);
  refuseWhenClosed(order, lines);
  const terms = preorderTermsToday(ctx, item);
  if (terms) await checkPreorderCap(ctx, item, terms, input.quantity);
  const preventPartialDelivery = input.preventPartialDelivery ?? lines[0]?.prevent_partial_delivery ?? false;
  const line = await insertLine(ctx.db, order, {
    lineNo: Math.max(0, ...lines.map((l) => l.line_no)) + 1,
    itemId: item.id,
    quantity: input.quantity,
    unitPrice: input.unitPrice ?? item.unit_price,
    preventPartialDelivery,
    // A service is never backordered: there is no stock to wait for.
    allocated: item.service ? input.quantity : 0,
    preorder: terms !== null,
  });
  logEntries(ctx, [lineEntry(line, 'line_added', line.quantity, `${item.sku} × ${line.quantity}`)]);
  if (!item.service) await place(ctx, order, line, `order ${order.id} line ${line.line_no} added`);
  return answer(ctx, order.id);
}

/** Changes the requested ship date (the cancellation rules count from it) or the order's own location. */
export async function amendOrder(ctx: ServiceContext, orderId: number, change: OrderAmendment): Promise<OrderView> {
  const order = await existingOrder(ctx, orderId);
  const location = change.location === undefined || change.location === null ? change.location : await locationByCode(ctx.db, change.location);
  const itemIds = await orderItemIds(ctx.db, order.id);
  await lockItems(ctx.db, itemIds);
  const current = (await findOrder(ctx.db, order.id))!;
  const entries = [];
  if (change.requestedShipDate !== undefined && change.requestedShipDate !== current.requested_ship_date) {
    entries.push({ entity: 'order' as const, action: 'requested_ship_date_changed', orderId: order.id, reason: `${current.requested_ship_date ?? 'none'} → ${change.requestedShipDate ?? 'none'}` });
  }
  const locationId = location === undefined ? undefined : (location?.id ?? null);
  if (locationId !== undefined && locationId !== current.location_id) {
    entries.push({ entity: 'order' as const, action: 'location_changed', orderId: order.id, reason: `${await codeOf(ctx, current.location_id)} → ${location?.code ?? 'none'}` });
  }
  await setOrderPlace(ctx.db, order.id, { requestedShipDate: change.requestedShipDate, locationId });
  logEntries(ctx, entries);
  // Where waiting lines take stock from first moved: lines at the wrong place may now rank differently for it.
  if (locationId !== undefined) for (const itemId of itemIds) await new AllocationEngine(ctx, itemId).settle(`order ${order.id} location changed`);
  ctx.work.supplyOrQueueChanged(itemIds);
  return answer(ctx, order.id);
}

async function changeQuantity(ctx: ServiceContext, order: OrderRow, line: OrderLineRow, quantity: number): Promise<void> {
  const committed = line.shipped + line.released + line.cancelled;
  if (quantity < committed) {
    refuse('quantity_below_committed', `Line ${line.line_no} has ${committed} shipped, released or cancelled; its quantity cannot go below that.`, {
      lineNo: line.line_no,
      committed,
      requested: quantity,
    });
  }
  const reason = `order ${order.id} line ${line.line_no} quantity ${line.quantity} → ${quantity}`;
  logEntries(ctx, [lineEntry(line, 'quantity_changed', quantity, `${line.quantity} → ${quantity}`)]);
  const engine = new AllocationEngine(ctx, line.item_id);
  if (quantity > line.quantity) {
    refuseWhenClosed(order, await orderLines(ctx.db, order.id));
    const [item] = await findItemsById(ctx.db, [line.item_id]);
    const terms = line.preorder ? preorderTermsToday(ctx, item!) : null;
    if (terms) await checkPreorderCap(ctx, item!, terms, quantity - line.quantity);
    await setLineQuantity(ctx.db, line.id, quantity);
    if (!item!.service) await place(ctx, order, line, reason);
    return;
  }
  // Fewer: off the backorder first, then off the unreleased allocation (its stock fills the queue).
  let toFree = Math.max(0, line.quantity - quantity - line.backordered);
  const grants = [];
  for (const holding of await lineHoldings(ctx.db, line.id)) {
    if (toFree === 0) break;
    const take = Math.min(toFree, holding.quantity);
    grants.push({ lineId: line.id, locationId: holding.locationId, quantity: take });
    toFree -= take;
  }
  const freed = grants.reduce((sum, g) => sum + g.quantity, 0);
  if (freed > 0) await engine.deallocate(grants, new Map([[line.id, { lineId: line.id, orderId: order.id, lineNo: line.line_no }]]), reason);
  await setLineQuantity(ctx.db, line.id, quantity);
  ctx.work.supplyOrQueueChanged([line.item_id]);
  await engine.supplyRaised('secondary', freed, `${reason} (stock freed)`);
}

/** A line with more to wait for takes its place; an order that may not backorder refuses what it cannot fill now. */
async function place(ctx: ServiceContext, order: OrderRow, line: OrderLineRow, reason: string): Promise<void> {
  const fresh = (await orderLines(ctx.db, order.id)).find((l) => l.id === line.id)!;
  if (fresh.backordered > 0 && fresh.may_wait) await new AllocationEngine(ctx, fresh.item_id).place([toWaiting(fresh)], reason);
  ctx.work.supplyOrQueueChanged([fresh.item_id]);
  const after = (await orderLines(ctx.db, order.id)).find((l) => l.id === line.id)!;
  const policy = (await releaseTermsOf(ctx.db, order)).policy;
  if (after.backordered > 0 && !after.preorder && strategyRules(order.backorder_strategy as BackorderStrategy).atEntry(policy) === 'refuse') {
    refuse('backorder_not_allowed', `The order may not backorder: ${after.backordered} unit(s) on line ${after.line_no} cannot be filled now.`, {
      lines: [{ lineNo: after.line_no, backordered: after.backordered }],
    });
  }
}

/** Nothing more can be asked of an order that may not release again (nothing stranded). */
function refuseWhenClosed(order: OrderRow, lines: readonly OrderLineRow[]): void {
  if (lines.some((l) => !l.may_wait)) {
    refuse('order_closed', `Order ${order.id} may not release again: nothing can be added to it.`, { orderId: order.id });
  }
}

async function codeOf(ctx: ServiceContext, locationId: number | null): Promise<string> {
  if (locationId === null) return 'none';
  return (await ctx.db.selectFrom('locations').select('code').where('id', '=', locationId).executeTakeFirstOrThrow()).code;
}

async function lockedLine(ctx: ServiceContext, orderId: number, lineNo: number) {
  const order = await existingOrder(ctx, orderId);
  await lockItems(ctx.db, await orderItemIds(ctx.db, order.id));
  const line = (await orderLines(ctx.db, order.id)).find((l) => l.line_no === lineNo) ?? refuse('line_not_found', `Order ${order.id} has no line ${lineNo}.`, { orderId, lineNo });
  return { order: (await findOrder(ctx.db, order.id))!, line };
}

async function existingOrder(ctx: ServiceContext, orderId: number): Promise<OrderRow> {
  return (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
}

async function answer(ctx: ServiceContext, orderId: number): Promise<OrderView> {
  await promiseChangedItems(ctx);
  return orderView(ctx.db, orderId);
}

const lineEntry = (line: OrderLineRow, action: string, quantity: number | null, reason: string) =>
  ({ entity: 'line', action, orderId: line.order_id, itemId: line.item_id, lineNo: line.line_no, quantity, reason }) as const;
