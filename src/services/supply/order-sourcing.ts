import { addDays } from '../../domain/business-date.js';
import { shortagePurchase } from '../../domain/supply/replenishment.js';
import { refuse } from '../../domain/refusal.js';
import { findItemsById, type ItemRow } from '../../repositories/master-data-repository.js';
import { findOrder, orderLines, type OrderLineRow, type OrderRow } from '../../repositories/order-repository.js';
import { bestLocation, itemPositions, linkedInbound } from '../../repositories/replenishment-repository.js';
import { lockItems, stockLevels } from '../../repositories/stock-repository.js';
import { businessDay, type ServiceContext } from '../../app/context.js';
import { locationByCode } from '../../repositories/lookup.js';
import { createPurchaseOrder } from './purchase-orders.js';
import type { PurchaseOrderView } from '../../queries/purchase-order-view.js';
import type { SupplyLineInput } from '../../contract/supply.js';
import type { ShortagePurchaseInput, ShortageTransferInput } from '../../contract/sourcing.js';
import { createTransferOrder } from './transfer-orders.js';
import type { TransferOrderView } from '../../queries/transfer-order-view.js';

/**
 * Purchase the shortage (docs/domain.md#purchase-the-shortage; a drop ship with `dropShip`):
 * purchase orders for what the order's lines still lack beyond what is already raised for them,
 * linked to those lines, plus (not for a drop shipment) what each item needs besides to reach its
 * minimum level. One order per supplier, location and date.
 */
export async function purchaseShortage(ctx: ServiceContext, orderId: number, input: ShortagePurchaseInput): Promise<{ purchaseOrders: PurchaseOrderView[] }> {
  const { order, lines, items } = await lockedOrder(ctx, orderId);
  const dropShip = input.dropShip ?? false;
  const short = await uncovered(ctx, lines, items);
  const missing = short.filter(({ item }) => (input.supplier ?? item.supplier) === null).map(({ item }) => item.sku);
  if (missing.length > 0) refuse('no_supplier', `No supplier is set for ${missing.join(', ')}; name one.`, { skus: [...new Set(missing)] });
  const overrideLocation = input.location === undefined ? undefined : (await locationByCode(ctx.db, input.location)).id;
  const fallback = await bestLocation(ctx.db);
  const today = businessDay(ctx);

  const groups = new Map<string, { supplier: string; locationId: number | null; expectedDate: string; lines: SupplyLineInput[] }>();
  const groupOf = (item: ItemRow) => {
    const supplier = (input.supplier ?? item.supplier)!;
    const locationId = dropShip ? null : (overrideLocation ?? order.location_id ?? item.replenish_location_id ?? fallback ?? null);
    const expectedDate = input.expectedDate ?? addDays(today, item.lead_time_days);
    const key = `${supplier}\u0000${locationId}\u0000${expectedDate}`;
    if (!groups.has(key)) groups.set(key, { supplier, locationId, expectedDate, lines: [] });
    return groups.get(key)!;
  };
  for (const { line, item, quantity } of short) groupOf(item).lines.push({ sku: item.sku, quantity, orderId: order.id, lineNo: line.line_no });
  if (!dropShip) {
    const shortages = new Map<number, number>();
    for (const { item, quantity } of short) shortages.set(item.id, (shortages.get(item.id) ?? 0) + quantity);
    for (const position of await itemPositions(ctx.db, today, [...shortages.keys()])) {
      const item = items.get(position.itemId)!;
      const { topUp } = shortagePurchase(shortages.get(position.itemId)!, position);
      if (topUp > 0) groupOf(item).lines.push({ sku: item.sku, quantity: topUp });
    }
  }
  const purchaseOrders: PurchaseOrderView[] = [];
  const codes = new Map((await ctx.db.selectFrom('locations').select(['id', 'code']).execute()).map((l) => [l.id, l.code]));
  for (const group of groups.values()) {
    purchaseOrders.push(
      await createPurchaseOrder(ctx, {
        supplier: group.supplier,
        location: group.locationId === null ? undefined : codes.get(group.locationId),
        expectedDate: group.expectedDate,
        reference: `order ${order.id}`,
        dropShip,
        lines: group.lines,
      }),
    );
  }
  return { purchaseOrders };
}

/**
 * Transfer the shortage (docs/domain.md#transfer-the-shortage): a transfer to the order's
 * location of what its lines lack there, from another location: the lines' own unreleased
 * allocation there, then free stock there. Quantities already raised for a line are not raised
 * twice.
 */
export async function transferShortage(ctx: ServiceContext, orderId: number, input: ShortageTransferInput): Promise<TransferOrderView> {
  const { order, lines, items } = await lockedOrder(ctx, orderId);
  const from = await locationByCode(ctx.db, input.from);
  const toId = input.to === undefined ? order.location_id : (await locationByCode(ctx.db, input.to)).id;
  if (toId === null) refuse('order_has_no_location', `Order ${order.id} has no location to transfer to; name one (to).`, { orderId: order.id });
  if (toId === from.id) refuse('same_location', `A transfer moves stock between two locations; order ${order.id} is at ${from.code}.`, { location: from.code });
  const allocations = await ctx.db
    .selectFrom('line_allocations')
    .select(['line_id', 'location_id', 'quantity', 'released'])
    .where('line_id', 'in', lines.length > 0 ? lines.map((l) => l.id) : [0])
    .execute();
  const raised = await linkedInbound(ctx.db, lines.map((l) => l.id));
  const free = new Map<number, number>();
  const wanted: SupplyLineInput[] = [];
  for (const line of lines) {
    const item = items.get(line.item_id)!;
    if (item.service) continue;
    if (!free.has(item.id)) {
      const level = (await stockLevels(ctx.db, item.id)).find((l) => l.locationId === from.id);
      free.set(item.id, level ? level.onHand - level.allocated : 0);
    }
    const at = (locationId: number) => allocations.find((a) => a.line_id === line.id && a.location_id === locationId);
    const lacking = line.quantity - line.shipped - line.cancelled - (at(toId)?.quantity ?? 0) - (raised.get(line.id) ?? 0);
    const own = at(from.id) ? at(from.id)!.quantity - at(from.id)!.released : 0;
    const quantity = Math.max(0, Math.min(lacking, own + free.get(item.id)!));
    if (quantity === 0) continue;
    free.set(item.id, free.get(item.id)! - Math.max(0, quantity - own));
    wanted.push({ sku: item.sku, quantity, orderId: order.id, lineNo: line.line_no });
  }
  if (wanted.length === 0) {
    refuse('nothing_to_source', `Nothing that order ${order.id} lacks at its location can come from ${from.code}.`, { orderId: order.id, from: from.code });
  }
  const to = (await ctx.db.selectFrom('locations').select('code').where('id', '=', toId).executeTakeFirstOrThrow()).code;
  return createTransferOrder(ctx, { from: from.code, to, expectedDate: input.expectedDate, reference: `order ${order.id}`, lines: wanted });
}

async function lockedOrder(ctx: ServiceContext, orderId: number): Promise<{ order: OrderRow; lines: OrderLineRow[]; items: Map<number, ItemRow> }> {
  const order = (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  const itemIds = [...new Set((await orderLines(ctx.db, order.id)).map((l) => l.item_id))];
  await lockItems(ctx.db, itemIds);
  const items = new Map((await findItemsById(ctx.db, itemIds)).map((i) => [i.id, i]));
  return { order, lines: await orderLines(ctx.db, order.id), items };
}

/** What each waiting line lacks beyond the supply already raised for it. */
async function uncovered(ctx: ServiceContext, lines: readonly OrderLineRow[], items: ReadonlyMap<number, ItemRow>) {
  const waiting = lines.filter((l) => l.backordered > 0 && !items.get(l.item_id)!.service);
  const raised = await linkedInbound(ctx.db, waiting.map((l) => l.id));
  const short = waiting
    .map((line) => ({ line, item: items.get(line.item_id)!, quantity: line.backordered - (raised.get(line.id) ?? 0) }))
    .filter((s) => s.quantity > 0);
  if (short.length === 0) {
    refuse('nothing_to_source', 'Nothing on this order waits beyond what is already raised for it.', { orderId: lines[0]?.order_id ?? null });
  }
  return short;
}
