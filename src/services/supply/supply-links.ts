import { refuse } from '../../domain/refusal.js';
import type { ItemRow } from '../../repositories/master-data-repository.js';
import { findOrder, orderLines, type OrderLineRow } from '../../repositories/order-repository.js';
import type { ServiceContext } from '../../app/context.js';
import type { SupplyLineInput } from '../../contract/supply.js';

export type { SupplyLineInput } from '../../contract/supply.js';

/**
 * The order line a supply line is raised for, or null. The link pegs the supply to that line:
 * on arrival it takes what it lacks first. Refuses unknown orders and lines, and another item.
 */
export async function linkedOrderLine(ctx: ServiceContext, input: SupplyLineInput, item: ItemRow): Promise<OrderLineRow | null> {
  if (input.orderId === undefined && input.lineNo === undefined) return null;
  if (input.orderId === undefined || input.lineNo === undefined) {
    refuse('validation_failed', 'orderId and lineNo name an order line together: give both or neither.', { sku: input.sku });
  }
  const order = (await findOrder(ctx.db, input.orderId)) ?? refuse('order_not_found', `No order has id ${input.orderId}.`, { orderId: input.orderId });
  const line =
    (await orderLines(ctx.db, order.id)).find((l) => l.line_no === input.lineNo) ??
    refuse('line_not_found', `Order ${order.id} has no line ${input.lineNo}.`, { orderId: order.id, lineNo: input.lineNo });
  if (line.item_id !== item.id) {
    refuse('linked_line_item_mismatch', `Order ${order.id} line ${line.line_no} is not for item "${item.sku}".`, {
      orderId: order.id,
      lineNo: line.line_no,
      sku: item.sku,
    });
  }
  return line;
}

/** Refuses a service item: it holds no stock, so nothing is bought or moved for it. */
export function stockedItems(items: Iterable<ItemRow>): void {
  for (const item of items) {
    if (item.service) refuse('service_item_has_no_stock', `Item "${item.sku}" is a service and holds no stock.`, { sku: item.sku });
  }
}
